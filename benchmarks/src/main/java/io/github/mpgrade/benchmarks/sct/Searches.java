package io.github.mpgrade.benchmarks.sct;

import io.github.mpgrade.harness.schedule.Strategy;
import java.util.List;

/** The searches the SCT benchmark compares, in its columns' order: add a strategy here to give it a column. */
public final class Searches {
    public static final List<Search> ALL = List.of(
            Search.seeds("random walk", steps -> Strategy.randomWalk()),
            Search.seeds("PCT d=1", steps -> Strategy.pct(1, steps)),
            Search.seeds("PCT d=2", steps -> Strategy.pct(2, steps)),
            Search.seeds("PCT d=3", steps -> Strategy.pct(3, steps)),
            Search.seeds("directed", steps -> Strategy.directed()),
            Search.seeds("start orders", steps -> Strategy.startOrders()),
            Search.exhaustive(2),
            Search.portfolio());

    private Searches() {
    }
}
