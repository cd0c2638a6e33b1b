package io.github.mpgrade.multiprocessing.coordinator;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * What the log, reports and schedulers call each task: its process's and its thread's names
 * ({@link Task}), and a name that is the same in every run of the same schedule. Guarded by the
 * state lock.
 */
final class TaskNames {
    private final IntFunction<ProcessRecord> processes;
    private final Map<TaskKey, String> threadNames = new HashMap<>();
    private final Map<TaskKey, String> stableNames = new HashMap<>();
    private final Map<String, Integer> nameCopies = new HashMap<>();
    /** Each task as the log names it, once its process is known: a busy free run logs millions of events of a few tasks. */
    private final Map<TaskKey, Task> tasks = new HashMap<>();

    /** @param processes the process with a number, or null */
    TaskNames(IntFunction<ProcessRecord> processes) {
        this.processes = processes;
    }

    Task task(TaskKey key) {
        Task known = tasks.get(key);
        if (known != null) {
            return known;
        }
        ProcessRecord p = processes.apply(key.processId());
        String processName = p == null ? "process " + key.processId() : p.name;
        String threadName = key.threadId() < 0 ? "-" : threadNames.get(key);
        if (threadName == null) { // not with getOrDefault: the default would be made for every event
            threadName = "thread " + key.threadId();
        }
        Task task = new Task(key.processId(), processName, key.threadId(), threadName);
        if (p != null) {
            tasks.put(key, task);
        }
        return task;
    }

    /** A thread said its name, before its first call. */
    void nameThread(TaskKey key, String name) {
        threadNames.put(key, name);
        tasks.remove(key);
        if (!stableNames.containsKey(key)) {
            // Java numbers threads in the order they are created, which a schedule fixes; the order
            // in which they first call the library it does not, so only a repeated name gets a suffix.
            String stable = processes.apply(key.processId()) + "/" + name;
            int copies = nameCopies.merge(stable, 1, Integer::sum);
            stableNames.put(key, copies == 1 ? stable : stable + "#" + copies);
        }
    }

    /**
     * The task's name that is the same in every run of the same schedule ({@code Process-1/main},
     * {@code MainProcess/Thread-0}): thread ids differ from JVM to JVM, thread names do not.
     */
    String stableName(TaskKey key) {
        String stable = stableNames.get(key);
        return stable != null ? stable : processes.apply(key.processId()) + "/thread" + key.threadId();
    }

    void clear() {
        threadNames.clear();
        stableNames.clear();
        nameCopies.clear();
        tasks.clear();
    }
}
