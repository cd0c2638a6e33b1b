package io.github.mpgrade.benchmarks.sct;

/**
 * What one search of one program found.
 *
 * @param end       why it stopped
 * @param schedules how many schedules it ran (with {@link End#FOUND}: the first that showed the bug is the last)
 * @param nanos     its wall time
 */
public record Outcome(End end, int schedules, long nanos) {
    /** Why a search stopped. */
    public enum End {
        /** A schedule showed the bug. */
        FOUND,
        /** It ran its budget of schedules. */
        BUDGET,
        /** Its time ran out first. */
        TIME,
        /** It ran every schedule it can make (a bounded exhaustive search), none showing the bug. */
        EXHAUSTED
    }

    public boolean found() {
        return end == End.FOUND;
    }

    /** The table's cell: the schedule that first showed the bug, or how many showed none and why they stopped. */
    public String cell() {
        return switch (end) {
            case FOUND -> Integer.toString(schedules);
            case BUDGET -> "none/" + schedules;
            case TIME -> "none/" + schedules + "t";
            case EXHAUSTED -> "none/all " + schedules;
        };
    }
}
