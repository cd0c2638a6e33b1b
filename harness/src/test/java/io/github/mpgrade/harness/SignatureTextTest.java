package io.github.mpgrade.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What of a printed line a signature leaves out: only what differs from JVM to JVM. */
class SignatureTextTest {

    @Test
    void identityHashesAreLeftOut() {
        assertEquals("got [I@<hash> and a.B$C@<hash>", SignatureText.of("got [I@1b6d3586 and a.B$C@7a81197d", Map.of()));
        assertEquals("[Ljava.lang.String;@<hash>", SignatureText.of("[Ljava.lang.String;@5ca881b5", Map.of()));
    }

    @Test
    void aLambdasClassIsLeftWithoutItsNumberAndAddress() {
        assertEquals("Main$$Lambda@<hash>", SignatureText.of("Main$$Lambda$14/0x0000000800c03000@6d06d69c", Map.of()));
        assertEquals("Main$$Lambda@<hash>", SignatureText.of("Main$$Lambda/0x000071a1c8001000@6d06d69c", Map.of()));
    }

    @Test
    void aPidOfTheRunIsNamedByItsProcess_otherNumbersStay() {
        Map<Long, String> pids = Map.of(4711L, "Process-1");
        assertEquals("<Process name='Process-1' pid=<pid of Process-1> started>",
                SignatureText.of("<Process name='Process-1' pid=4711 started>", pids));
        assertEquals("counter 47110 47 x4711", SignatureText.of("counter 47110 47 x4711", pids));
    }

    @Test
    void aLineOfCodeInAStackTraceIsNeverTakenForAPid() {
        assertEquals("\tat lab.pingpong.PingPong.ping(PingPong.java:24) pid <pid of Process-2>",
                SignatureText.of("\tat lab.pingpong.PingPong.ping(PingPong.java:24) pid 24", Map.of(24L, "Process-2")));
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        assertEquals("write to user@example.com, phil 3 is eating",
                SignatureText.of("write to user@example.com, phil 3 is eating", Map.of(4711L, "Process-1")));
        assertNull(SignatureText.of(null, Map.of()));
    }
}
