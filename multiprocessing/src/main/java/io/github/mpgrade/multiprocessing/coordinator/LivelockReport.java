package io.github.mpgrade.multiprocessing.coordinator;

import java.util.List;

/**
 * In a controlled run, the tasks kept taking steps while none of them made progress (nothing
 * printed, no lock taken in a new way, ...) for {@code steps} steps in a row.
 *
 * @param loops every task that took steps in that stretch: what it repeats, and where
 * @param steps how many steps in a row showed no progress
 * @param text  the whole report, as printed for the program's author
 */
public record LivelockReport(List<Loop> loops, int steps, String text) {
    public LivelockReport {
        loops = List.copyOf(loops);
    }

    /**
     * One task that keeps going round.
     *
     * @param task     who loops
     * @param repeats  the steps it repeats, most frequent first: {@code tryAcquire of Lock-2 (500 times)}
     * @param holds    the locks and semaphores it holds
     * @param codeLine the line of the program's own code where it waits for its next step (a call
     *                 inside its loop), or null
     */
    public record Loop(Task task, List<String> repeats, List<String> holds, String codeLine) {
        public Loop {
            repeats = List.copyOf(repeats);
            holds = List.copyOf(holds);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
