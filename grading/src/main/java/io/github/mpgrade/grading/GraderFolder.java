package io.github.mpgrade.grading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jacoco.agent.AgentJar;

/**
 * The grader JVM's working folder, {@code <output>/work}: its argument file, its results file,
 * and for coverage the JaCoCo agent and the data the child JVMs write. Child JVMs inherit it as
 * their working folder, so the agent's options name these files by relative paths: no spaces
 * from the project's path can break the space-separated {@code mpgrade.jvmOptions}, and the
 * options stay the same from run to run (the runtime's class data archive is keyed on them).
 */
record GraderFolder(Path work) {
    static final String AGENT_JAR = "jacocoagent.jar";
    static final String COVERAGE_DATA = "jacoco.exec";

    static GraderFolder prepare(GradingRequest request) throws GradingException {
        GraderFolder folder = new GraderFolder(request.outputDirectory().resolve("work").toAbsolutePath());
        try {
            Files.createDirectories(folder.work());
            Files.deleteIfExists(folder.results());
            Files.deleteIfExists(folder.coverageData()); // the agent appends: start from nothing
            if (request.coverage().enabled()) {
                try (InputStream agent = AgentJar.getResourceAsStream()) {
                    Files.copy(agent, folder.work().resolve(AGENT_JAR), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new GradingException("cannot prepare the grader's folder " + folder.work() + ": " + e.getMessage(),
                    null, e);
        }
        return folder;
    }

    Path argumentFile() {
        return work.resolve("grader.args");
    }

    Path results() {
        return work.resolve("grader-results.signed");
    }

    Path coverageData() {
        return work.resolve(COVERAGE_DATA);
    }
}
