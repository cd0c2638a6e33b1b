package io.github.mpgrade.grading.batch;

import io.github.mpgrade.grading.ProcessTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the processes of each submission being graded: the grader JVM, which this JVM started
 * with the submission's scratch folder in its command line, and everything under it. A
 * submission whose processes and threads together pass the limit (a fork or thread bomb) has them
 * all killed at once; when its grading ends, every process it ever had that is still alive is
 * killed, even one whose parent died first and so left the tree.
 *
 * <p>The operating system's per-user limits ({@code ulimit -u}) cannot do this: they count every
 * process of the user, other submissions and the build included.
 */
final class ProcessGuard implements AutoCloseable {
    private static final Path PROC = Path.of("/proc");
    /** Looks for processes started while the tree was being stopped: a fork bomb gains a generation per look at most. */
    private static final int STOP_ROUNDS = 50;

    private final int maxTasks;
    private final List<Watch> watches = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mpgrade-process-guard");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param maxTasks processes and threads one submission may have at once
     * @param interval how often they are counted
     */
    ProcessGuard(int maxTasks, Duration interval) {
        this.maxTasks = maxTasks;
        ticker.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts watching the processes whose command line names a path under this folder, and their descendants. */
    Watch watch(Path scratch) {
        Watch watch = new Watch(scratch);
        watches.add(watch);
        return watch;
    }

    private void tick() {
        for (Watch watch : watches) {
            watch.count();
        }
    }

    /** Kills every process of every watch: the batch is ending (Ctrl-C). */
    void killAll() {
        watches.forEach(Watch::killEverything);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }

    /**
     * Kills every process whose command line names a path under {@code folder}: what a batch that
     * was killed itself left behind, before a new one uses the folder.
     */
    static int killProcessesNaming(Path folder) {
        String path = under(folder);
        List<ProcessHandle> found = ProcessHandle.allProcesses()
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .filter(process -> names(process, path))
                .toList();
        found.forEach(ProcessHandle::destroyForcibly);
        return found.size();
    }

    /** The prefix of every path under a folder: with the separator, so that {@code bob} is not {@code bobby}. */
    private static String under(Path folder) {
        return folder.toAbsolutePath().normalize() + java.io.File.separator;
    }

    private static boolean names(ProcessHandle process, String path) {
        ProcessHandle.Info info = process.info();
        return info.arguments().map(args -> Stream.of(args).anyMatch(arg -> arg.contains(path)))
                .orElseGet(() -> info.commandLine().map(line -> line.contains(path)).orElse(false));
    }

    /** Processes and threads of a process: its threads on Linux, else 1. */
    private static int tasks(ProcessHandle process) {
        Path tasks = PROC.resolve(Long.toString(process.pid())).resolve("task");
        if (!Files.isDirectory(tasks)) {
            return 1;
        }
        try (Stream<Path> threads = Files.list(tasks)) {
            return (int) threads.count();
        } catch (IOException | java.io.UncheckedIOException ended) {
            return 0; // the process ended while being counted
        }
    }

    /** One submission's processes. */
    final class Watch implements AutoCloseable {
        private final Path scratch;
        private final String under;
        /** Every process seen in the submission's tree: killed at the end if still alive (a ProcessHandle knows its start time, so a reused pid is safe). */
        private final Set<ProcessHandle> seen = new LinkedHashSet<>();
        private volatile int mostTasks;
        private volatile boolean exceeded;

        private Watch(Path scratch) {
            this.scratch = scratch;
            this.under = under(scratch);
        }

        /** Whether its processes and threads passed the limit, so that all were killed. */
        boolean exceeded() {
            return exceeded;
        }

        /** The most processes and threads it had at once. */
        int mostTasks() {
            return mostTasks;
        }

        private synchronized void count() {
            if (exceeded) {
                stopAndKill();
                return;
            }
            List<ProcessHandle> tree = tree();
            seen.addAll(tree);
            int tasks = tree.stream().mapToInt(ProcessGuard::tasks).sum();
            mostTasks = Math.max(mostTasks, tasks);
            if (tasks > maxTasks) {
                exceeded = true;
                stopAndKill();
            }
        }

        /** The grader JVM and everything under it, and under any process seen before whose parent died. */
        private List<ProcessHandle> tree() {
            Set<ProcessHandle> tree = new LinkedHashSet<>();
            Stream.concat(ProcessHandle.current().children().filter(child -> names(child, under)),
                    seen.stream().filter(ProcessHandle::isAlive).toList().stream()).forEach(root -> {
                        tree.add(root);
                        root.descendants().forEach(tree::add);
                    });
            return new ArrayList<>(tree);
        }

        /**
         * Past the limit: a kill that reads the tree once misses what its processes start while it
         * kills (a fork bomb starts more all the time). So every process is first stopped, which
         * freezes the tree, the tree is read again until it holds no new process, and then all
         * are killed. Where processes cannot be stopped, the tree is killed until it is empty.
         */
        private void stopAndKill() {
            Set<ProcessHandle> found = new LinkedHashSet<>();
            for (int round = 0; round < STOP_ROUNDS; round++) {
                List<ProcessHandle> fresh = tree().stream().filter(process -> !found.contains(process)).toList();
                if (fresh.isEmpty()) {
                    break;
                }
                found.addAll(fresh);
                if (!Signals.stop(fresh)) {
                    ProcessTree.killLeavesFirst(fresh);
                }
            }
            seen.addAll(found);
            killEverything();
        }

        private synchronized void killEverything() {
            ProcessTree.killLeavesFirst(List.copyOf(seen));
        }

        /** Stops watching; kills what is left of its processes, tree or not. */
        @Override
        public void close() {
            watches.remove(this);
            killEverything();
            killProcessesNaming(scratch);
        }
    }

    /** The number of tasks allowed, for messages. */
    int maxTasks() {
        return maxTasks;
    }
}
