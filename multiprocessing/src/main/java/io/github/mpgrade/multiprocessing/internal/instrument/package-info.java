/**
 * What the code the agent ({@code mpgrade-agent}) rewrote calls instead of Java's own concurrency:
 * {@link io.github.mpgrade.multiprocessing.internal.instrument.Hooks} and what it is built from.
 * Each construct becomes a request the coordinator sees and schedules, so a thread program runs
 * one thread at a time between scheduling points and replays exactly. Without the agent nothing
 * here is used.
 */
package io.github.mpgrade.multiprocessing.internal.instrument;
