package io.github.mpgrade.multiprocessing.coordinator;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How children are launched: a program's own with the quick compiler only, the grader's with both;
 * and which class a free run's pooled JVMs load before their first process: the one the launcher ran.
 */
class LaunchSpecTest {
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    @Test
    void aProgramsChildrenCompileWithC1Only_theGradersWithBothCompilers() {
        assertTrue(LaunchSpec.ofCurrentJvm().jvmOptions().contains(C1_ONLY));
        assertFalse(LaunchSpec.withClassPath(List.of("classes")).jvmOptions().contains(C1_ONLY));
        assertTrue(LaunchSpec.ofCurrentJvm().jvmOptions().containsAll(LaunchSpec.DEFAULT_JVM_OPTIONS));
    }

    @Test
    void theMainClassIsTheLaunchersFirstWord_orTheClassAfterAModule_andNoneForAJar() {
        assertAll(
                () -> assertEquals(Optional.of("lab.pingpong.PingPong"), LaunchSpec.mainClassOf("lab.pingpong.PingPong 3")),
                () -> assertEquals(Optional.of("Main$Inner"), LaunchSpec.mainClassOf("Main$Inner")),
                () -> assertEquals(Optional.of("lab.Main"), LaunchSpec.mainClassOf("lab.module/lab.Main a b")),
                () -> assertEquals(Optional.empty(), LaunchSpec.mainClassOf("target/app.jar 3")),
                () -> assertEquals(Optional.empty(), LaunchSpec.mainClassOf("C:\\work\\app.jar")),
                () -> assertEquals(Optional.empty(), LaunchSpec.mainClassOf("  ")));
    }
}
