package io.github.mpgrade.multiprocessing.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How a child JVM that cannot be started is explained to the program's author. */
class JvmLauncherExplanationsTest {

    @Test
    void aProcessLimitReachedAtForkSaysTheSystemRefusedAnotherProcessAndWhatToDo() {
        String reason = "Cannot run program \"/usr/bin/java\": error=11, Resource temporarily unavailable";
        String text = JvmLauncher.explainLaunchFailure("Process-3", reason);
        assertEquals("cannot start Process-3: the operating system refused to create another process (its limit on"
                + " processes or threads for your user is reached; " + reason + ")."
                + " Start fewer processes at once, or end leftover ones.", text);
    }

    @Test
    void noMemoryAtForkSaysSo() {
        String text = JvmLauncher.explainLaunchFailure("Process-2",
                "Cannot run program \"java\": error=12, Cannot allocate memory");
        assertTrue(text.startsWith("cannot start Process-2: there is not enough free memory for another JVM ("), text);
    }

    @Test
    void aMissingJavaSaysSo() {
        String text = JvmLauncher.explainLaunchFailure("Process-1",
                "Cannot run program \"/nope/java\": error=2, No such file or directory");
        assertTrue(text.startsWith("cannot start Process-1: the java program to run it was not found ("), text);
    }

    @Test
    void anyOtherReasonIsPassedOnAsIs() {
        assertEquals("cannot start Process-1: something odd", JvmLauncher.explainLaunchFailure("Process-1", "something odd"));
        assertEquals("cannot start Process-1: null", JvmLauncher.explainLaunchFailure("Process-1", null));
    }

    @Test
    void aJvmThatCouldNotReserveItsHeapRanOutOfMemory() {
        String tail = "Error occurred during initialization of VM\n"
                + "Could not reserve enough space for 104857600000KB object heap";
        assertEquals("cannot start Process-1: its JVM ran out of memory while starting. The JVM said:\n" + tail,
                JvmLauncher.explainEarlyExit("Process-1", 1, tail));
    }

    /** What a JDK 17 JVM prints when {@code ulimit -u} stops it creating its first threads (seen on Linux). */
    private static final String THREAD_LIMIT_TAIL = "[0.016s][warning][os,thread] Failed to start thread \"Unknown"
            + " thread\" - pthread_create failed (EAGAIN) for attributes: stacksize: 1024k, guardsize: 0k, detached.\n"
            + "Error occurred during initialization of VM\n"
            + "java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource"
            + " limits reached";

    @Test
    void aJvmThatCouldNotCreateAThreadHitTheProcessLimit_thoughItsErrorMentionsMemory() {
        assertEquals("cannot start Process-4: its JVM could not create a thread: the limit on processes or threads is"
                + " reached. The JVM said:\n" + THREAD_LIMIT_TAIL,
                JvmLauncher.explainEarlyExit("Process-4", 1, THREAD_LIMIT_TAIL));
    }

    @Test
    void resourceTemporarilyUnavailableInTheJvmsOwnWordsIsTheThreadLimit() {
        assertEquals("cannot start Process-1: its JVM could not create a thread: the limit on processes or threads"
                        + " is reached. The JVM said:\nfork: error=11, Resource temporarily unavailable",
                JvmLauncher.explainEarlyExit("Process-1", 1, "fork: error=11, Resource temporarily unavailable"));
    }

    @Test
    void aJvmThatSaidNothingIsDescribedByItsExitCode() {
        assertEquals("cannot start Process-1: its JVM exited with code 134 before it could run.",
                JvmLauncher.explainEarlyExit("Process-1", 134, ""));
    }
}
