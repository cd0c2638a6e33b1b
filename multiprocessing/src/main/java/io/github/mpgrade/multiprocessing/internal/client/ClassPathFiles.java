package io.github.mpgrade.multiprocessing.internal.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.security.CodeSigner;
import java.security.CodeSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class files of a reused JVM's class path, each read once per JVM: every process's
 * {@link ProgramClassLoader} defines its classes afresh from the same bytes instead of opening the
 * class path's jars and folders again (a fresh {@link URLClassLoader} does, for every process).
 * The class path does not change while a JVM lives: its pool belongs to one run of one program.
 */
final class ClassPathFiles {
    /**
     * A class file, the class path entry it came from (unsigned: a program's jars are not signed),
     * and whether it gives its class {@linkplain StaticState static state}.
     */
    record ClassFile(byte[] bytes, CodeSource codeSource, boolean staticState) {
    }

    private final URL[] classPath;
    /** Finds class files, and defines no class. */
    private final URLClassLoader finder;
    private final Map<String, Optional<ClassFile>> files = new ConcurrentHashMap<>();

    ClassPathFiles(URL[] classPath) {
        this.classPath = classPath.clone();
        this.finder = new URLClassLoader(this.classPath, null);
    }

    /** The class file of a binary class name, or empty if no entry of the class path has it. */
    Optional<ClassFile> find(String className) {
        return files.computeIfAbsent(className, this::read);
    }

    URL[] classPath() {
        return classPath.clone();
    }

    private Optional<ClassFile> read(String className) {
        String path = className.replace('.', '/') + ".class";
        URL found = finder.findResource(path);
        if (found == null) {
            return Optional.empty();
        }
        try (InputStream in = found.openStream()) {
            byte[] bytes = in.readAllBytes();
            return Optional.of(new ClassFile(bytes, new CodeSource(entryOf(found, path), (CodeSigner[]) null),
                    StaticState.of(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("the class file of " + className + " cannot be read from " + found, e);
        }
    }

    /**
     * The class path entry a found file is in: a folder's URL, or a jar's (the file is then
     * {@code jar:<entry>!/path}); the file's own URL if no entry spells it so, which no class loads
     * worse for (only a program that asks where its class came from would see it).
     */
    private URL entryOf(URL file, String path) {
        String text = file.toString();
        for (URL entry : classPath) {
            String root = entry.toString();
            if (text.equals(root + path) || text.equals("jar:" + root + "!/" + path)) {
                return entry;
            }
        }
        return file;
    }
}
