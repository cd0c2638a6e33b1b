package io.github.mpgrade.agent;

import java.util.List;

/**
 * Which classes are the program's own, the only ones the agent rewrites: not the JDK's, not the
 * runtime's, the harness's or the grader's, not the agent's, ASM's or JaCoCo's. The runtime's own
 * sample programs ({@code io.github.mpgrade.samples}) are programs like any student's.
 */
final class ProgramClasses {
    private static final String SAMPLES = "io/github/mpgrade/samples/";
    private static final List<String> NOT_THE_PROGRAM = List.of("java/", "javax/", "jdk/", "sun/", "com/sun/",
            "io/github/mpgrade/", "org/objectweb/asm/", "org/jacoco/", "org/junit/", "org/opentest4j/",
            "org/apiguardian/");

    private ProgramClasses() {
    }

    /** @param className the internal name, {@code lab/Fork}; null for a hidden class */
    static boolean isProgramClass(String className, ClassLoader loader) {
        if (className == null || loader == null || loader == ClassLoader.getPlatformClassLoader()) {
            return false; // a hidden class (a lambda's), or a class of the JDK
        }
        return isProgramClassName(className);
    }

    /** Whether a class of this name, if a program's loader loads it, is the program's own. */
    static boolean isProgramClassName(String className) {
        if (className.startsWith(SAMPLES)) {
            return true;
        }
        for (String prefix : NOT_THE_PROGRAM) {
            if (className.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }
}
