package io.github.mpgrade.grading.grader;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Loads, without initializing, every class on the grader's class path and exits: the JVM that
 * writes the grader JVM's class-data archive runs this instead of a grading, so no submission is
 * anywhere near it. Classes that cannot load (an optional dependency missing) are skipped.
 */
public final class GraderClassLoading {
    private GraderClassLoading() {
    }

    public static void main(String[] args) throws IOException {
        ClassLoader loader = GraderClassLoading.class.getClassLoader();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            for (String name : classNames(Path.of(entry))) {
                try {
                    Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError skipped) {
                    // not in the archive: the grader loads it (or fails on it) as without one
                }
            }
        }
    }

    /** The binary names of the classes in a jar or a class folder. */
    static List<String> classNames(Path entry) throws IOException {
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(entry)) {
            try (Stream<Path> files = Files.walk(entry)) {
                files.filter(Files::isRegularFile).map(file -> entry.relativize(file).toString().replace(File.separatorChar, '/'))
                        .forEach(file -> addIfClass(file, names));
            }
        } else if (Files.isRegularFile(entry)) {
            try (JarFile jar = new JarFile(entry.toFile())) {
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    addIfClass(entries.nextElement().getName(), names);
                }
            }
        }
        return names;
    }

    private static void addIfClass(String file, List<String> names) {
        if (file.endsWith(".class") && !file.startsWith("META-INF/") && !file.endsWith("module-info.class")
                && !file.endsWith("package-info.class")) {
            names.add(file.substring(0, file.length() - ".class".length()).replace('/', '.'));
        }
    }
}
