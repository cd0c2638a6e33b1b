package io.github.mpgrade.agent;

import java.util.Map;
import java.util.Set;

/**
 * The one table of JDK classes the program's {@code new} (and {@code extends}) is redirected from,
 * to the runtime's controlled subclasses with the same constructors, and of the JDK's static
 * factories redirected to methods of the same name and descriptor. A replacement the program's
 * class path lacks is not made.
 */
final class Replacements {
    static final String INSTRUMENT = "io/github/mpgrade/multiprocessing/internal/instrument/";
    static final String HOOKS = INSTRUMENT + "Hooks";
    static final String THREAD = "java/lang/Thread";
    private static final String JUC = INSTRUMENT + "juc/";
    private static final String EXECUTORS = "java/util/concurrent/Executors";

    private static final Map<String, String> CLASSES = Map.of(
            THREAD, INSTRUMENT + "ControlledThread",
            "java/util/concurrent/locks/ReentrantLock", JUC + "ControlledReentrantLock",
            "java/util/concurrent/locks/ReentrantReadWriteLock", JUC + "ControlledReentrantReadWriteLock",
            "java/util/concurrent/Semaphore", JUC + "ControlledSemaphore",
            "java/util/concurrent/CountDownLatch", JUC + "ControlledCountDownLatch",
            "java/util/concurrent/CyclicBarrier", JUC + "ControlledCyclicBarrier",
            "java/util/concurrent/ArrayBlockingQueue", JUC + "ControlledArrayBlockingQueue",
            "java/util/concurrent/LinkedBlockingQueue", JUC + "ControlledLinkedBlockingQueue");

    /** {@code Executors}' factories, by name and descriptor. */
    private static final Set<String> EXECUTOR_FACTORIES = Set.of(
            "newFixedThreadPool(I)Ljava/util/concurrent/ExecutorService;",
            "newCachedThreadPool()Ljava/util/concurrent/ExecutorService;",
            "newSingleThreadExecutor()Ljava/util/concurrent/ExecutorService;");
    private static final String CONTROLLED_EXECUTORS = JUC + "ControlledExecutors";

    private final ClassFiles classFiles;

    Replacements(ClassFiles classFiles) {
        this.classFiles = classFiles;
    }

    /** The controlled class to make or extend instead of {@code jdkClass}, or null. */
    String classFor(String jdkClass) {
        String replacement = CLASSES.get(jdkClass);
        return replacement != null && classFiles.exists(replacement) ? replacement : null;
    }

    /** The class whose static method of the same name and descriptor replaces this call, or null. */
    String factoryOwnerFor(String owner, String name, String descriptor) {
        return owner.equals(EXECUTORS) && EXECUTOR_FACTORIES.contains(name + descriptor)
                && classFiles.exists(CONTROLLED_EXECUTORS) ? CONTROLLED_EXECUTORS : null;
    }

    /** Whether the program's class path has this class of the runtime's. */
    boolean hasClass(String internalName) {
        return classFiles.exists(internalName);
    }

    /** Whether calls on {@code owner} are calls on a thread: {@code Thread} or a subclass. */
    boolean isThread(String owner) {
        return owner.equals(THREAD) || !owner.startsWith("java/") && classFiles.isSubclass(owner, THREAD);
    }
}
