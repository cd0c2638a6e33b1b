package io.github.mpgrade.agent;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The classes this JVM rewrote, by the class path they were loaded from. A reused JVM loads the
 * program's classes afresh for every process, each time in a new loader over the same class path:
 * the same class file seen over the same class path rewrites the same way, so ASM runs once per
 * class and JVM instead of once per process. Only URL class loaders are remembered, by their URLs;
 * any other loader's classes are rewritten every time.
 */
final class RewriteCache {
    private record Key(String loaderKind, List<String> classPath, String className) {
    }

    /** The class file as it was loaded, and as rewritten: null if there was nothing to rewrite. */
    private record Entry(byte[] original, byte[] rewritten) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    /** Each loader's class path as text, made once: a process's loader loads many classes. */
    private final Map<ClassLoader, List<String>> classPaths = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * The rewritten class file, or null if the class has nothing to rewrite: remembered from an
     * earlier load of the same bytes over the same class path, or made by {@code rewrite} now.
     */
    byte[] rewritten(ClassLoader loader, String className, byte[] classFile, Supplier<byte[]> rewrite) {
        if (!(loader instanceof URLClassLoader urls)) {
            return rewrite.get();
        }
        // As text: URL's own equality may ask a name server.
        Key key = new Key(loader.getClass().getName(), classPaths.computeIfAbsent(loader,
                any -> Arrays.stream(urls.getURLs()).map(URL::toString).toList()), className);
        Entry entry = entries.get(key);
        if (entry == null || !Arrays.equals(entry.original(), classFile)) {
            entry = new Entry(classFile.clone(), rewrite.get());
            entries.put(key, entry);
        }
        return entry.rewritten() == null ? null : entry.rewritten().clone();
    }
}
