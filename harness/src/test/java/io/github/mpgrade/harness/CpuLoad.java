package io.github.mpgrade.harness;

import java.util.ArrayList;
import java.util.List;

/**
 * Busy threads that keep every core of the machine loaded while a test runs, so child JVMs start
 * late and run in bursts: whatever a run's log depends on besides its schedule shows up.
 */
final class CpuLoad implements AutoCloseable {
    private final List<Thread> burners = new ArrayList<>();
    private volatile boolean stopped;

    private CpuLoad(int threads) {
        for (int i = 0; i < threads; i++) {
            Thread burner = new Thread(this::burn, "cpu-load-" + i);
            burner.setDaemon(true);
            burner.setPriority(Thread.MIN_PRIORITY);
            burners.add(burner);
            burner.start();
        }
    }

    /** One busy thread per core. */
    static CpuLoad onEveryCore() {
        return new CpuLoad(Runtime.getRuntime().availableProcessors());
    }

    private void burn() {
        long x = 1;
        while (!stopped) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        if (x == 42) {
            System.out.print(""); // keeps the loop from being optimised away
        }
    }

    @Override
    public void close() {
        stopped = true;
        for (Thread burner : burners) {
            try {
                burner.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
