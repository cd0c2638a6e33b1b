package io.github.mpgrade.agent;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A class whose code has one of each construct the agent rewrites. It is never loaded: at the
 * agent's start its class file is rewritten once, so that ASM and the rewriters are loaded while a
 * pooled JVM waits for work, not when the program's first class loads on the run's critical path.
 */
final class WarmUp {
    private static int counter;
    private final AtomicInteger atomic = new AtomicInteger();
    private int field;

    private WarmUp() {
    }

    /** Rewrites this class's own class file; a failure only means the warm-up did not happen. */
    static void rewriteOnce() {
        try (InputStream in = WarmUp.class.getResourceAsStream("WarmUp.class")) {
            if (in != null) {
                ProgramClassTransformer.rewrite(in.readAllBytes(), new ClassFiles(WarmUp.class.getClassLoader()));
            }
        } catch (IOException | RuntimeException | LinkageError ignored) {
            // the first program class pays for the loading instead
        }
    }

    @SuppressWarnings("unused") // read as bytes, never run
    private synchronized void constructs() throws InterruptedException {
        Thread thread = new Thread(() -> field++);
        thread.start();
        thread.join();
        synchronized (this) {
            counter += atomic.incrementAndGet();
            wait(1);
            notifyAll();
        }
        Thread.sleep(1);
        System.exit(counter);
    }
}
