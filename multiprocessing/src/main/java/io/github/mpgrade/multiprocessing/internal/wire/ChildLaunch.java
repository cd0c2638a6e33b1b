package io.github.mpgrade.multiprocessing.internal.wire;

/**
 * How a coordinator starts a child JVM, as both ends read it: the main class the JVM runs, and
 * the environment that tells it where its coordinator is and which launched JVM it is. The
 * coordinator names the main class rather than linking to it, so that it does not depend on the
 * process side of the runtime.
 */
public final class ChildLaunch {
    /** The main class of every child JVM: {@code client.ChildMain}. */
    public static final String MAIN_CLASS = "io.github.mpgrade.multiprocessing.internal.client.ChildMain";
    /** The coordinator's address, as {@link Transport#describe} writes it. */
    public static final String ADDRESS_VARIABLE = "MPGRADE_COORDINATOR";
    /** The secret with which the child's HELLO proves which launched JVM it is. */
    public static final String TOKEN_VARIABLE = "MPGRADE_TOKEN";
    /** Set when a JVM is started only to load the runtime's classes, for a class-data archive. */
    public static final String WARM_UP_VARIABLE = "MPGRADE_WARM_UP";
    /**
     * Set when the JVM may run one process after another, each in a fresh class loader, going
     * back to the coordinator's pool after each clean end.
     */
    public static final String REUSE_VARIABLE = "MPGRADE_REUSE";

    /**
     * A class of the program that the JVM loads and links, without initializing it, before it
     * says it is ready: a free run's main class, whose unpacking a JVM's first process would
     * otherwise pay (2-5 ms of a start+join).
     */
    public static final String PRELOAD_VARIABLE = "MPGRADE_PRELOAD";

    private ChildLaunch() {
    }
}
