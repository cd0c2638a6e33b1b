package io.github.mpgrade.benchmarks.sct;

import io.github.mpgrade.harness.Program;
import java.util.List;
import java.util.Optional;

/**
 * The ported SCTBench programs (concurrency-software benchmarks, "CS"), each under its SCTBench
 * name with its arguments, the sign its bug leaves in a run, and its bug-free variant where it has
 * one.
 */
public final class SctPrograms {
    /**
     * @param name  the SCTBench name (without {@code _bad})
     * @param buggy the program as published
     * @param fixed the same program with its bug fixed, if it has one
     * @param sign  how a run shows the bug
     */
    public record SctProgram(String name, Program buggy, Optional<Program> fixed, BugSign sign) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** In the order the runner prints them: the cheapest (fewest processes) first within a family. */
    public static final List<SctProgram> ALL = List.of(
            withFix("reorder_3", BugSign.ASSERTION, Reorder.class, "2"),
            withFix("reorder_4", BugSign.ASSERTION, Reorder.class, "3"),
            withFix("reorder_5", BugSign.ASSERTION, Reorder.class, "4"),
            withFix("reorder_10", BugSign.ASSERTION, Reorder.class, "9"),
            withFix("twostage", BugSign.ASSERTION, TwoStage.class, "1", "1"),
            withFix("account", BugSign.ASSERTION, Account.class),
            without("lazy01", BugSign.ASSERTION, Lazy01.class),
            withFix("circular_buffer", BugSign.ASSERTION, CircularBuffer.class),
            withFix("wronglock_3", BugSign.ASSERTION, WrongLock.class, "1", "3"),
            withFix("wronglock", BugSign.ASSERTION, WrongLock.class, "1", "7"),
            without("token_ring", BugSign.ASSERTION, TokenRing.class),
            withFix("deadlock01", BugSign.DEADLOCK, Deadlock01.class),
            without("carter01", BugSign.DEADLOCK, Carter01.class),
            withFix("queue", BugSign.ASSERTION, FlagQueue.class),
            withFix("stack", BugSign.ASSERTION, FlagStack.class),
            without("bluetooth_driver", BugSign.ASSERTION, BluetoothDriver.class));

    private SctPrograms() {
    }

    /** The program by its SCTBench name. */
    public static SctProgram named(String name) {
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no ported program " + name + "; there are " + ALL));
    }

    private static SctProgram withFix(String name, BugSign sign, Class<?> main, String... args) {
        return new SctProgram(name, variant(main, Variant.BUG, args), Optional.of(variant(main, Variant.FIXED, args)), sign);
    }

    private static SctProgram without(String name, BugSign sign, Class<?> main) {
        return new SctProgram(name, Program.main(main.getName()), Optional.empty(), sign);
    }

    private static Program variant(Class<?> main, Variant variant, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = variant.argument();
        System.arraycopy(args, 0, all, 1, args.length);
        return Program.main(main.getName()).args(all);
    }
}
