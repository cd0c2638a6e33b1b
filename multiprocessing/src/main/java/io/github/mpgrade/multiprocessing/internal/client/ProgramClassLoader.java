package io.github.mpgrade.multiprocessing.internal.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.stream.Stream;

/**
 * The class loader of one process in a reused JVM: the program's classes (and any library of the
 * class path) load afresh from the class path, so their statics start from their initial values as
 * with Python's spawn; the runtime's own classes are the host's, loaded once per JVM, warm from the
 * JIT and from the class-data archive. Which classes are the runtime's is decided by where they come
 * from (the runtime's jar or folder), not by their package: a test's sample program may share a
 * package with the runtime and must still start fresh.
 */
final class ProgramClassLoader extends URLClassLoader {
    private final ClassLoader host;
    private final Set<String> runtimeClasses;
    private final ClassPathFiles classFiles;
    /** Set once this loader defined a class with static state: its classes are then one process's alone. */
    private volatile boolean staticState;

    private ProgramClassLoader(ClassPathFiles classFiles, ClassLoader host, Set<String> runtimeClasses) {
        super(classFiles.classPath(), ClassLoader.getPlatformClassLoader());
        this.host = host;
        this.runtimeClasses = runtimeClasses;
        this.classFiles = classFiles;
    }

    /**
     * A loader for the next process, which defines its classes from the JVM's class files;
     * {@code runtimeClasses} as {@link #runtimeClassNames()} lists them.
     */
    static ProgramClassLoader forProcess(ClassPathFiles classFiles, Set<String> runtimeClasses) {
        return new ProgramClassLoader(classFiles, ProgramClassLoader.class.getClassLoader(), runtimeClasses);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (runtimeClasses.contains(name)) {
            return host.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }

    /** Resources still come from the class path itself; classes from the bytes read once per JVM. */
    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        ClassPathFiles.ClassFile file;
        try {
            file = classFiles.find(name).orElseThrow(() -> new ClassNotFoundException(name));
        } catch (UncheckedIOException unreadable) {
            throw new ClassNotFoundException(name, unreadable.getCause()); // as a URLClassLoader says it
        }
        Class<?> defined = defineClass(name, file.bytes(), 0, file.bytes().length, file.codeSource());
        staticState |= file.staticState();
        return defined;
    }

    /**
     * Whether the next process may use this loader's classes as they are: none it defined so far
     * has static state, so a fresh loader would give that process the same classes, only slower
     * (loaded, linked, made serializable and compiled again). A class with state that the next
     * process loads is its own first load, and ends the sharing after it.
     */
    boolean mayServeAnotherProcess() {
        return !staticState;
    }

    /** The binary names of every class in the runtime's jar or class folder (also what a class-data archive holds). */
    static Set<String> runtimeClassNames() {
        Path location;
        try {
            location = Path.of(ProgramClassLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("the runtime's own classes cannot be located: " + e, e);
        }
        Set<String> names = new HashSet<>();
        try {
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    files.map(location::relativize).map(Path::toString).forEach(file -> addClass(names, file));
                }
            } else {
                try (JarInputStream jar = new JarInputStream(Files.newInputStream(location))) {
                    for (JarEntry entry = jar.getNextJarEntry(); entry != null; entry = jar.getNextJarEntry()) {
                        addClass(names, entry.getName());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the runtime's own classes cannot be listed from " + location, e);
        }
        return Set.copyOf(names);
    }

    /** A class file's name, unless it is a descriptor (module-info, package-info) or under META-INF. */
    private static void addClass(Set<String> names, String file) {
        String unified = file.replace('\\', '/');
        if (unified.endsWith(".class") && !unified.contains("-")) {
            names.add(unified.substring(0, unified.length() - ".class".length()).replace('/', '.'));
        }
    }
}
