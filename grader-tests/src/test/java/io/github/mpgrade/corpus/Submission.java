package io.github.mpgrade.corpus;

import java.io.IOException;
import java.io.Reader;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * One submission of the corpus: the reference solution's sources with the folder's
 * {@code src/main/java} laid over them (same path replaces, new path adds), and the checks it must
 * fail ({@code expected.properties}: {@code description}, and {@code fail} — {@link CheckId}s
 * {@code exercise/checkMethodName}, comma separated, empty for a correct submission).
 */
record Submission(String name, String description, Set<CheckId> fail, Path folder) {
    private static final Set<String> KEYS = Set.of("description", "fail");

    static Submission read(Path folder) {
        String name = folder.getFileName().toString();
        Properties expected = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve("expected.properties"))) {
            expected.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("corpus entry " + name + " needs an expected.properties", e);
        }
        Set<String> unknown = new TreeSet<>(expected.stringPropertyNames());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty() || !expected.containsKey("fail")) {
            throw new IllegalArgumentException("the expected.properties of " + name + " takes a description and "
                    + "a fail list; it has " + new TreeSet<>(expected.stringPropertyNames()));
        }
        Set<CheckId> fail = new TreeSet<>();
        Arrays.stream(expected.getProperty("fail").split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(CheckId::parse).forEach(fail::add);
        return new Submission(name, expected.getProperty("description", ""), fail, folder);
    }

    boolean correct() {
        return fail.isEmpty();
    }

    /** The packages under {@code lab} whose sources the overlay replaces or adds to. */
    Set<String> changedPackages() throws IOException {
        Path lab = folder.resolve("src/main/java/lab");
        Set<String> packages = new TreeSet<>();
        if (Files.isDirectory(lab)) {
            try (Stream<Path> dirs = Files.list(lab)) {
                dirs.filter(Files::isDirectory).forEach(d -> packages.add(d.getFileName().toString()));
            }
        }
        return packages;
    }

    /** Lays the overlay over the reference in {@code work/src}, compiles into {@code work/classes}. */
    Path compile(Path reference, Path runtime, Path work) throws IOException {
        Path sources = work.resolve("src");
        copyTree(reference, sources);
        Path overlay = folder.resolve("src/main/java");
        if (Files.isDirectory(overlay)) {
            copyTree(overlay, sources);
        }
        return compileTree(name, sources, runtime, work.resolve("classes"));
    }

    /** Compiles every source file under {@code sources} against the runtime, as javac would for a student. */
    static Path compileTree(String name, Path sources, Path runtime, Path classes) throws IOException {
        Files.createDirectories(classes);
        List<String> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of("-d", classes.toString(), "-classpath", runtime.toString(),
                "--release", "17", "-proc:none", "-nowarn", "-encoding", "UTF-8"));
        args.addAll(files);
        int status = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException(name + " does not compile:\n"
                    + diagnostics.toString(java.nio.charset.StandardCharsets.UTF_8));
        }
        return classes;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
