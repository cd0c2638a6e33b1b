package io.github.mpgrade.multiprocessing.internal.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A class has static state when a static field can change or a static initializer runs; only a
 * process whose classes have none may pass them on to the next process of its JVM.
 */
class StaticStateTest {
    @SuppressWarnings("unused")
    static final class Stateless {
        static final int LIMIT = 3;
        static final String NAME = "fork";
        static final long BIG = 1L << 40;
        static final double HALF = 0.5;
        private int meals;
        private final int id = 2;

        Runnable eat() {
            return () -> meals++;
        }

        String describe() {
            return NAME + id + BIG + HALF + 1234567890123L;
        }
    }

    @SuppressWarnings("unused")
    static final class WithCounter {
        static int counter;
    }

    @SuppressWarnings("unused")
    static final class WithStaticObject {
        static final Object LOCK = new Object();
    }

    enum Fork { LEFT, RIGHT }

    interface Limits {
        int MAX = 5;
    }

    @Test
    void constantsInstanceFieldsAndLambdas_areNoStaticState() throws Exception {
        assertFalse(StaticState.of(classFile(Stateless.class)));
        assertFalse(StaticState.of(classFile(Limits.class)));
    }

    @Test
    void aStaticFieldThatCanChange_aStaticInitializer_orAnEnum_areStaticState() throws Exception {
        assertTrue(StaticState.of(classFile(WithCounter.class)));
        assertTrue(StaticState.of(classFile(WithStaticObject.class)));
        assertTrue(StaticState.of(classFile(Fork.class)));
    }

    @Test
    void aFileThatIsNoClassFile_countsAsState() {
        assertTrue(StaticState.of(new byte[] {1, 2, 3}));
        assertTrue(StaticState.of(new byte[0]));
    }

    @Test
    void aLoaderServesAnotherProcess_untilItDefinesAClassWithState() throws Exception {
        URL testClasses = Path.of(StaticStateTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toUri().toURL();
        try (ProgramClassLoader loader = ProgramClassLoader.forProcess(new ClassPathFiles(new URL[] {testClasses}),
                Set.of())) {
            loader.loadClass(Stateless.class.getName());
            assertTrue(loader.mayServeAnotherProcess());
            loader.loadClass(WithCounter.class.getName());
            assertFalse(loader.mayServeAnotherProcess());
        }
    }

    private static byte[] classFile(Class<?> type) throws Exception {
        try (InputStream in = type.getResourceAsStream("/" + type.getName().replace('.', '/') + ".class")) {
            return in.readAllBytes();
        }
    }
}
