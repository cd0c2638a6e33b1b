package io.github.mpgrade.multiprocessing.coordinator;

import java.util.List;

/**
 * Every live task of a program was blocked, and nothing could wake any of them.
 *
 * @param waits  every blocked task: what it waits for, what it holds, where in its code
 * @param cycle  the waits that form a cycle, in order (each waits for what the next holds);
 *               empty when the tasks wait for something no one will ever give (an orphaned lock,
 *               an empty queue)
 * @param text   the whole report, as printed for the program's author
 */
public record DeadlockReport(List<Wait> waits, List<Wait> cycle, String text) {
    public DeadlockReport {
        waits = List.copyOf(waits);
        cycle = List.copyOf(cycle);
    }

    /**
     * One blocked task.
     *
     * @param task     who waits
     * @param waitsFor {@code Lock-2}, {@code Queue-1}, {@code Process-3 to end}, ...
     * @param heldBy   who holds what it waits for (empty if no one does)
     * @param holds    the locks and semaphores it holds
     * @param codeLine the first line of the program's own code on its stack, or null
     */
    public record Wait(Task task, String waitsFor, List<Task> heldBy, List<String> holds, String codeLine) {
        public Wait {
            heldBy = List.copyOf(heldBy);
            holds = List.copyOf(holds);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
