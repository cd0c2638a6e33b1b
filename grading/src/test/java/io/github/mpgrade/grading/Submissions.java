package io.github.mpgrade.grading;

import io.github.mpgrade.multiprocessing.Process;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The submissions of these tests: sources under {@code src/test/resources/submissions/<name>},
 * compiled here against the runtime into a folder of their own, so they are never on the grader's
 * class path, as in real grading.
 */
final class Submissions {
    private Submissions() {
    }

    /** The runtime's jar or classes folder: what a submission compiles and runs against. */
    static Path runtime() {
        try {
            return Path.of(Process.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This JVM's class path: the test checks, the harness, JUnit and this module. */
    static List<Path> graderClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
    }

    /** Compiles a submission into {@code into}, with its sources copied to {@code into/src}. */
    static Compiled compile(String name, Path into) {
        Path sources = Path.of("src/test/resources/submissions", name);
        Path src = into.resolve("src");
        Path classes = into.resolve("classes");
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(sources)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path copy = src.resolve(sources.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
                files.add(copy.toString());
            }
            Files.createDirectories(classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", runtime().toString()));
        args.addAll(files);
        if (javac.run(null, null, null, args.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the submission " + name + " does not compile");
        }
        return new Compiled(classes, src);
    }

    record Compiled(Path classes, Path sources) {
    }
}
