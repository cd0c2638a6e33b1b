package io.github.mpgrade.grading.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mpgrade.grading.report.html.Timeline.Lane;
import io.github.mpgrade.grading.report.html.Timeline.LockInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Lanes and locks named as the student knows them, from what the program printed and its source lines. */
class NamesTest {
    @Test
    void aTaskIsNamedByWhatItsLinesBeginWithUpToItsNumber() {
        assertEquals(Optional.of("phil 2"), LaneNames.printedName(List.of("phil 2 is eating", "phil 2 is thinking")));
        assertEquals(Optional.of("phil 2"), LaneNames.printedName(List.of("phil 2 is hungry")));
        assertEquals(Optional.of("ping"), LaneNames.printedName(List.of("ping 10", "ping 11")));
        assertEquals(Optional.of("hello a"), LaneNames.printedName(List.of("hello a 11", "hello a 12")));
        assertEquals(Optional.empty(), LaneNames.printedName(List.of("ping 10")), "a counter is not a name");
        assertEquals(Optional.empty(), LaneNames.printedName(List.of("done", "done")));
        assertEquals(Optional.empty(), LaneNames.printedName(List.of("ping 10", "pong 10")));
    }

    @Test
    void twoTasksThatPrintAlikeKeepTheirTaskNames() {
        List<Lane> lanes = LaneNames.unique(List.of(new Lane("Process-1", "main", "hello"),
                new Lane("Process-2", "main", "hello"), new Lane("Process-3", "main", "phil 3")));
        assertEquals(List.of("Process-1", "Process-2", "phil 3"),
                lanes.stream().map(l -> l.printedName() != null ? l.printedName() : l.taskName()).toList());
    }

    @Test
    void aLockIsNamedByTheVariableOrArrayElementItsLineAssigns() {
        assertEquals(List.of("imut", "omut"), LockNames.fromLine("        Lock imut = new Lock(), omut = new Lock();", 2));
        assertEquals(List.of("fork 0", "fork 1", "fork 2"), LockNames.fromLine("forks[i] = new Lock();", 3));
        assertEquals(List.of("mutex"), LockNames.fromLine("private final RLock mutex = new RLock();", 1));
        assertEquals(List.of(), LockNames.fromLine("return new Lock();", 1), "no variable, no name");
        assertEquals(List.of(), LockNames.fromLine("Lock a = new Lock();", 2), "made twice at a line naming one");
    }

    @Test
    void aLockKeepsItsLogNameWhereTheSourcesSayNothingAndNoNameIsUsedTwice() {
        Map<String, String> lines = Map.of(
                "lab.A.main(A.java:3)", "Lock lock = new Lock();",
                "lab.B.main(B.java:7)", "Lock lock = new Lock();");
        List<LockInfo> locks = List.of(new LockInfo("Lock-1", "Lock", "lab.A.main(A.java:3)"),
                new LockInfo("Lock-2", "Lock", "lab.B.main(B.java:7)"), new LockInfo("Lock-3", "Lock", null),
                new LockInfo("Lock-4", "Lock", "lab.C.main(C.java:1)"));
        assertEquals(List.of("lock (Lock-1)", "lock (Lock-2)", "Lock-3", "Lock-4"),
                LockNames.of(locks, site -> Optional.ofNullable(lines.get(site))));
    }
}
