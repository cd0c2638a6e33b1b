package io.github.mpgrade.multiprocessing.internal.client;

/** Finds the line of the program's own code that called into the library. */
public final class Callers {
    private static final String RUNTIME_PACKAGE = "io.github.mpgrade.multiprocessing.";

    private Callers() {
    }

    /** The first frame of the program's code in this stack, as {@code Class.method(File.java:12)}; or null. */
    public static String firstProgramFrame(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            String c = frame.getClassName();
            if (isProgram(c)) {
                return c + "." + frame.getMethodName() + "(" + frame.getFileName() + ":" + frame.getLineNumber() + ")";
            }
        }
        return null;
    }

    private static boolean isProgram(String c) {
        return !c.startsWith(RUNTIME_PACKAGE) && !c.startsWith("java.") && !c.startsWith("javax.")
                && !c.startsWith("jdk.") && !c.startsWith("sun.");
    }

    /**
     * Where the current thread's program code is now, found by walking the stack only as far as
     * its first frame of the program: cheap enough for every call and every line printed, where a
     * whole stack trace (a Throwable's) costs as much as the call itself.
     */
    public static String site() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> isProgram(f.getClassName()))
                .findFirst()
                .map(f -> f.getClassName() + "." + f.getMethodName() + "(" + f.getFileName() + ":" + f.getLineNumber() + ")")
                .orElse(null));
    }
}
