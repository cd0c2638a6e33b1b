package io.github.mpgrade.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A reused JVM rewrites each class of the program once, though every process loads it afresh. */
class RewriteCacheTest {
    private static final byte[] CLASS_FILE = {1, 2, 3};
    private static final byte[] REWRITTEN = {4, 5, 6};

    private final RewriteCache cache = new RewriteCache();
    private final AtomicInteger rewrites = new AtomicInteger();
    private final Supplier<byte[]> rewrite = () -> {
        rewrites.incrementAndGet();
        return REWRITTEN.clone();
    };

    @Test
    void theSameClassFileOverTheSameClassPath_isRewrittenOnce_forEveryFreshLoader() throws Exception {
        for (int process = 0; process < 3; process++) {
            try (URLClassLoader loader = loaderOver("classes")) {
                assertArrayEquals(REWRITTEN, cache.rewritten(loader, "lab/Fork", CLASS_FILE, rewrite));
            }
        }
        assertEquals(1, rewrites.get());
    }

    @Test
    void aChangedClassFile_anotherClassPath_orAnotherClass_isRewrittenAgain() throws Exception {
        try (URLClassLoader loader = loaderOver("classes"); URLClassLoader other = loaderOver("elsewhere")) {
            cache.rewritten(loader, "lab/Fork", CLASS_FILE, rewrite);
            cache.rewritten(loader, "lab/Fork", new byte[] {1, 2, 3, 4}, rewrite);
            cache.rewritten(other, "lab/Fork", CLASS_FILE, rewrite);
            cache.rewritten(loader, "lab/Philosopher", CLASS_FILE, rewrite);
        }
        assertEquals(4, rewrites.get());
    }

    @Test
    void aClassWithNothingToRewrite_isRememberedAsSuch() throws Exception {
        Supplier<byte[]> nothing = () -> {
            rewrites.incrementAndGet();
            return null;
        };
        for (int process = 0; process < 2; process++) {
            try (URLClassLoader loader = loaderOver("classes")) {
                assertNull(cache.rewritten(loader, "lab/Plain", CLASS_FILE, nothing));
            }
        }
        assertEquals(1, rewrites.get());
    }

    @Test
    void whatOneLoadGetsIsItsOwnCopy() throws Exception {
        try (URLClassLoader loader = loaderOver("classes")) {
            cache.rewritten(loader, "lab/Fork", CLASS_FILE, rewrite)[0] = 99;
            assertArrayEquals(REWRITTEN, cache.rewritten(loader, "lab/Fork", CLASS_FILE, rewrite));
        }
    }

    @Test
    void aLoaderThatIsNotOverURLs_getsItsClassesRewrittenEveryTime() {
        ClassLoader loader = new ClassLoader(null) {
        };
        cache.rewritten(loader, "lab/Fork", CLASS_FILE, rewrite);
        cache.rewritten(loader, "lab/Fork", CLASS_FILE, rewrite);
        assertEquals(2, rewrites.get());
    }

    private static URLClassLoader loaderOver(String folder) throws Exception {
        return new URLClassLoader(new URL[] {Path.of(folder).toAbsolutePath().toUri().toURL()}, null);
    }
}
