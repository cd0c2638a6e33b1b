package io.github.mpgrade.benchmarks.sct;

import io.github.mpgrade.multiprocessing.Lock;
import io.github.mpgrade.multiprocessing.Process;
import io.github.mpgrade.multiprocessing.Value;
import java.util.List;

/**
 * SCTBench's account: a deposit of 2 and a withdrawal of 4 from a balance of 1, each under one
 * lock; a checker, started first, asserts the balance once both are done. The published assertion
 * is wrong ({@code x - y - z}), so the bug shows whenever the checker runs last. Arguments:
 * {@code bug|fixed}; the fixed checker asserts {@code x + y - z}.
 */
public final class Account {
    private static final int INITIAL = 1;
    private static final int DEPOSIT = 2;
    private static final int WITHDRAWAL = 4;

    private Account() {
    }

    public static void main(String[] args) {
        Variant variant = Variant.of(args);
        Lock lock = new Lock();
        Value<Integer> balance = new Value<>(INITIAL);
        Value<Boolean> deposited = new Value<>(false);
        Value<Boolean> withdrawn = new Value<>(false);
        Process check = new Process(() -> {
            lock.acquire();
            if (deposited.get() && withdrawn.get()) {
                int expected = variant == Variant.BUG ? INITIAL - DEPOSIT - WITHDRAWAL : INITIAL + DEPOSIT - WITHDRAWAL;
                int seen = balance.get();
                Assertion.check(seen == expected, "the balance is " + seen + ", the check expected " + expected);
            }
            lock.release();
        });
        Process deposit = new Process(() -> {
            lock.acquire();
            balance.set(balance.get() + DEPOSIT);
            deposited.set(true);
            lock.release();
        });
        Process withdraw = new Process(() -> {
            lock.acquire();
            balance.set(balance.get() - WITHDRAWAL);
            withdrawn.set(true);
            lock.release();
        });
        List<Process> processes = List.of(check, deposit, withdraw);
        processes.forEach(Process::start);
        processes.forEach(Process::join);
    }
}
