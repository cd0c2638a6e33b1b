package io.github.mpgrade.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Several runs at once find the witness that one run at a time would: the first failing schedule
 * in their numbering, whichever run ends first. The runs here are numbers that take some time;
 * the slow ones are the failing ones, so a later failure always ends before an earlier one.
 */
class OrderedSearchTest {
    private final ExecutorService runners = Executors.newCachedThreadPool();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    @AfterEach
    void stopRunners() {
        runners.shutdownNow();
    }

    /** Schedule n takes {@code millis(n)}, and its run is n. */
    private IntFunction<Integer> taking(IntFunction<Long> millis) {
        return n -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(millis.apply(n));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return n;
        };
    }

    @Test
    void theWitnessIsTheFirstFailingScheduleInTheNumbering_evenWhenALaterOneFailsFirst() {
        Set<Integer> failing = Set.of(7, 8, 30);
        OrderedSearch.Found<Integer> found = new OrderedSearch(runners, 3).first(1, 200,
                taking(n -> n == 7 ? 150L : 5L), failing::contains, () -> false);
        assertEquals(Optional.of(7), found.witness());
        assertEquals(7, found.schedules(), "schedules 1 to 7, as one run at a time counts them");
        assertEquals(3, mostAtOnce.get(), "three runs went on at once");
    }

    @Test
    void oneRunAtATimeFindsTheSameWitness() {
        OrderedSearch.Found<Integer> found = new OrderedSearch(runners, 1).first(1, 200,
                taking(n -> 1L), Set.of(7, 8, 30)::contains, () -> false);
        assertEquals(Optional.of(7), found.witness());
        assertEquals(7, found.schedules());
        assertEquals(1, mostAtOnce.get());
    }

    @Test
    void withoutAFailureEveryScheduleRuns() {
        OrderedSearch.Found<Integer> found = new OrderedSearch(runners, 4).first(1, 50, taking(n -> 1L), n -> false,
                () -> false);
        assertEquals(Optional.empty(), found.witness());
        assertEquals(49, found.schedules());
    }

    @Test
    void aRunThatThrowsIsThrown_unlessAScheduleBeforeItFailed() {
        IllegalStateException broken = new IllegalStateException("the scheduler broke");
        IntFunction<Integer> throwingAt5 = n -> {
            if (n == 5) {
                throw broken;
            }
            return taking(m -> m == 3 ? 100L : 1L).apply(n);
        };
        OrderedSearch search = new OrderedSearch(runners, 3);
        assertEquals(Optional.of(3), search.first(1, 100, throwingAt5, n -> n == 3, () -> false).witness());
        assertSame(broken, assertThrows(IllegalStateException.class,
                () -> search.first(1, 100, throwingAt5, n -> n == 9, () -> false)));
    }

    @Test
    void noScheduleStartsOnceTheTimeIsUp() {
        AtomicInteger started = new AtomicInteger();
        OrderedSearch.Found<Integer> found = new OrderedSearch(runners, 3).first(1, 100, n -> {
            started.incrementAndGet();
            return n;
        }, n -> false, () -> started.get() >= 10);
        assertEquals(Optional.empty(), found.witness());
        assertTrue(found.schedules() >= 10 && found.schedules() < 13, "stopped once the time was up: " + found.schedules());
    }
}
