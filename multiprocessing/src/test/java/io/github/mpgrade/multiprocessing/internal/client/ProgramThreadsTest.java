package io.github.mpgrade.multiprocessing.internal.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The program's threads are those it made; the JVM's and this library's are not. */
class ProgramThreadsTest {
    @Test
    void aThreadTheProgramMakesIsTheProgramsAndOneOfTheLibrarysIsNot() {
        assertTrue(ProgramThreads.isProgramThread(new Thread(() -> { }, "worker")));
        assertTrue(ProgramThreads.isProgramThread(new Thread(new ThreadGroup("pool"), () -> { }, "pool-1")));
        assertFalse(ProgramThreads.isProgramThread(new Thread(() -> { }, "mpgrade-reader")));
    }

    @Test
    void theJvmsOwnThreadsAreNotTheProgramsThreads() {
        ThreadGroup system = Thread.currentThread().getThreadGroup();
        while (system.getParent() != null) {
            system = system.getParent();
        }
        assertFalse(ProgramThreads.isProgramThread(new Thread(system, () -> { }, "Reference Handler")));
    }

    @Test
    void liveThreadsAreThoseStartedAndNotEnded_withWhatTheyAreDoing() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Thread waiting = new Thread(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "waiting");
        Thread notStarted = new Thread(() -> { }, "not started");
        waiting.start();
        try {
            ProgramThreads.Seen seen = awaitWaiting(ProgramThreads.ofCurrentThread(), waiting);
            assertTrue(seen.waitsOutsideLibrary());
            assertFalse(ProgramThreads.ofCurrentThread().live().stream().anyMatch(s -> s.thread() == notStarted));
        } finally {
            release.countDown();
            waiting.join();
        }
        assertFalse(ProgramThreads.ofCurrentThread().live().stream().anyMatch(s -> s.thread() == waiting));
    }

    private static ProgramThreads.Seen awaitWaiting(ProgramThreads threads, Thread thread) throws InterruptedException {
        for (int i = 0; i < 1000; i++) {
            for (ProgramThreads.Seen seen : threads.live()) {
                if (seen.thread() == thread && seen.state() == Thread.State.WAITING) {
                    return seen;
                }
            }
            Thread.sleep(5);
        }
        return fail("the thread never waited; it is " + thread.getState());
    }
}
