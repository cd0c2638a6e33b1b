package io.github.mpgrade.harness.analysis;

import io.github.mpgrade.multiprocessing.coordinator.Task;

/** Names of tasks as the analyses key them: {@code Process-1/main}; a process as a whole is {@code Process-1/-}. */
final class Tasks {
    private Tasks() {
    }

    static String name(Task task) {
        return task.processName() + "/" + task.threadName();
    }
}
