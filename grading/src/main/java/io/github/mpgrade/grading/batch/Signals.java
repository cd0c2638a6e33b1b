package io.github.mpgrade.grading.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stopping processes (SIGSTOP), which Java cannot do itself: a stopped process starts nothing
 * more until it is killed. Through the system's {@code kill} command, so on Linux and macOS only.
 */
final class Signals {
    private static final long KILL_COMMAND_SECONDS = 5;

    private Signals() {
    }

    /** Stops these processes; false when they could not be stopped here (no {@code kill} command: Windows). */
    static boolean stop(List<ProcessHandle> processes) {
        List<String> command = new ArrayList<>(List.of("kill", "-STOP"));
        processes.forEach(process -> command.add(Long.toString(process.pid())));
        try {
            java.lang.Process kill = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!kill.waitFor(KILL_COMMAND_SECONDS, TimeUnit.SECONDS)) {
                kill.destroyForcibly();
                return false;
            }
            return true; // a non-zero status only says some had ended already
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
