package io.github.mpgrade.agent;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.ClassReader;

/**
 * What the class files a loader can see say about a class, read without loading it (loading a
 * class while another is being transformed may load it before the agent could rewrite it).
 */
final class ClassFiles {
    private final ClassLoader loader;
    /** Each class's superclass as its class file names it; empty for one without, or not found. */
    private final Map<String, Optional<String>> superclasses = new ConcurrentHashMap<>();
    private final Map<String, Boolean> existing = new ConcurrentHashMap<>();

    ClassFiles(ClassLoader loader) {
        this.loader = loader;
    }

    /** Whether {@code className} is {@code ancestor} or extends it, as far as the class files can tell. */
    boolean isSubclass(String className, String ancestor) {
        String c = className;
        for (int depth = 0; c != null && depth < 64; depth++) {
            if (c.equals(ancestor)) {
                return true;
            }
            if (c.equals("java/lang/Object") || c.startsWith("[")) {
                return false;
            }
            c = superclass(c).orElse(null);
        }
        return false;
    }

    /** Whether the loader can find the class: a replacement is used only where it exists. */
    boolean exists(String className) {
        return existing.computeIfAbsent(className, c -> loader.getResource(c + ".class") != null);
    }

    private Optional<String> superclass(String className) {
        return superclasses.computeIfAbsent(className, c -> {
            try (InputStream in = loader.getResourceAsStream(c + ".class")) {
                return in == null ? Optional.empty() : Optional.ofNullable(new ClassReader(in).getSuperName());
            } catch (IOException | RuntimeException unreadable) {
                return Optional.empty();
            }
        });
    }
}
