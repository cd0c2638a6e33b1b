package io.github.mpgrade.grading;

import io.github.mpgrade.grading.grader.GraderMain;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The grader JVM's command line, as a JDK 9+ argument file ({@code java @file}): a class path of
 * any length, and paths with spaces, quoted once.
 */
final class GraderCommand {
    /** In the output folder: the child JVMs' class-data archives, kept from grading to grading. */
    static final String CLASS_DATA_FOLDER = "cds";

    private GraderCommand() {
    }

    /** The grader JVM's options: ours, then the request's. */
    static List<String> jvmOptions(GradingRequest request) {
        List<String> options = new ArrayList<>(GradingSession.GRADER_JVM_OPTIONS);
        options.addAll(request.graderJvmOptions());
        return options;
    }

    /**
     * Every argument after {@code java}, in order.
     *
     * @param classDataOptions the options that map the grader JVM's class-data archive, if any
     */
    static List<String> arguments(GradingRequest request, List<String> classDataOptions) {
        List<String> args = jvmOptions(request);
        args.addAll(classDataOptions);
        List<String> childOptions = new ArrayList<>();
        if (request.coverage().enabled()) {
            childOptions.add("-javaagent:" + GraderFolder.AGENT_JAR + "=destfile=" + GraderFolder.COVERAGE_DATA
                    + ",append=true,includes=" + request.coverage().includes());
        }
        childOptions.addAll(request.childJvmOptions());
        if (!childOptions.isEmpty()) {
            args.add("-D" + GradingRequest.CHILD_JVM_OPTIONS_PROPERTY + "=" + String.join(" ", childOptions));
        }
        if (!request.systemProperties().containsKey(GradingRequest.CLASS_DATA_PROPERTY)) {
            // beside the reports, so the next grading of the project finds it: a sandbox shows no user cache folder
            args.add("-D" + GradingRequest.CLASS_DATA_FOLDER_PROPERTY + "="
                    + request.outputDirectory().resolve(CLASS_DATA_FOLDER).toAbsolutePath());
        }
        for (Map.Entry<String, String> property : request.systemProperties().entrySet()) {
            args.add("-D" + property.getKey() + "=" + property.getValue());
        }
        args.add("-cp");
        args.add(request.graderClassPath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        args.add(GraderMain.class.getName());
        return args;
    }

    static String argumentFile(GradingRequest request, List<String> classDataOptions) {
        return arguments(request, classDataOptions).stream().map(GraderCommand::quote).collect(Collectors.joining("\n", "", "\n"));
    }

    /** One argument in an argument file: in double quotes, where a backslash escapes. */
    static String quote(String argument) {
        return '"' + argument.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t") + '"';
    }
}
