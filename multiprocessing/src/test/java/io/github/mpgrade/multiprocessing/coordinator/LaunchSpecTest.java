package io.github.mpgrade.multiprocessing.coordinator;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How children are launched: with the quick compiler only; and which class a free run's pooled
 * JVMs load before their first process: the one the launcher ran.
 */
class LaunchSpecTest {
    @Test
    void everyChildCompilesWithC1Only() {
        assertTrue(LaunchSpec.withClassPath(List.of("classes")).jvmOptions().contains("-XX:TieredStopAtLevel=1"));
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
