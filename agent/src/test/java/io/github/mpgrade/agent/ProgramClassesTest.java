package io.github.mpgrade.agent;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Only the program's own classes are rewritten. */
class ProgramClassesTest {
    private final ClassLoader app = ClassLoader.getSystemClassLoader();

    @Test
    void aStudentsClassAndTheRuntimesSamplesAreThePrograms() {
        assertTrue(ProgramClasses.isProgramClass("lab/philosophers/Philosopher", app));
        assertTrue(ProgramClasses.isProgramClass("ThreadHello", app));
        assertTrue(ProgramClasses.isProgramClass("io/github/mpgrade/samples/CertainDeadlock", app));
    }

    @Test
    void theJdkTheRuntimeTheToolsAndHiddenClassesAreNot() {
        assertFalse(ProgramClasses.isProgramClass("java/util/ArrayList", app));
        assertFalse(ProgramClasses.isProgramClass("lab/Fork", null), "the bootstrap loader's");
        assertFalse(ProgramClasses.isProgramClass("lab/Fork", ClassLoader.getPlatformClassLoader()));
        assertFalse(ProgramClasses.isProgramClass(null, app), "a hidden class");
        for (String tool : new String[] {"io/github/mpgrade/multiprocessing/Lock", "io/github/mpgrade/harness/Run",
                "io/github/mpgrade/grading/Grading", "io/github/mpgrade/agent/Premain", "org/objectweb/asm/ClassReader",
                "org/jacoco/agent/rt/RT"}) {
            assertFalse(ProgramClasses.isProgramClass(tool, app), tool);
        }
    }
}
