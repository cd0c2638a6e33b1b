package io.github.mpgrade.multiprocessing.internal.client;

/**
 * Reports each exception that ends a thread of the program to the coordinator, then lets the
 * handler that was there before do its part, or prints the stack trace as the JVM does.
 */
final class UncaughtReporter implements Thread.UncaughtExceptionHandler {
    /** Longer descriptions are cut: the stack trace on standard error has the rest. */
    static final int MAX_DESCRIPTION_CHARS = 1000;

    private final Client client;
    private final Thread.UncaughtExceptionHandler before;

    private UncaughtReporter(Client client, Thread.UncaughtExceptionHandler before) {
        this.client = client;
        this.before = before;
    }

    static void install(Client client) {
        Thread.setDefaultUncaughtExceptionHandler(
                new UncaughtReporter(client, Thread.getDefaultUncaughtExceptionHandler()));
    }

    /** {@code java.lang.IllegalStateException: the worker gave up}, as Java's stack traces begin. */
    static String describe(Throwable exception) {
        String text = exception.toString();
        return text.length() > MAX_DESCRIPTION_CHARS ? text.substring(0, MAX_DESCRIPTION_CHARS) + "…" : text;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable exception) {
        OneProcess.errorThrown(exception);
        if (ProgramThreads.isProgramThread(thread)) {
            try {
                client.uncaught(thread, exception);
            } catch (RuntimeException lost) {
                // the coordinator is gone: the stack trace below is all that is left to say
            }
        }
        if (before != null) {
            before.uncaughtException(thread, exception);
        } else {
            // What the JVM does without a default handler; its thread group would call this one again.
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            exception.printStackTrace(System.err);
        }
    }
}
