package io.github.mpgrade.agent;

import java.lang.instrument.Instrumentation;

/**
 * The agent's entry point ({@code -javaagent:mpgrade-agent.jar}): from now on every class of the
 * program is rewritten as it loads, so its threads, monitors and exits go through the coordinator.
 */
public final class Premain {
    private Premain() {
    }

    public static void premain(String arguments, Instrumentation instrumentation) {
        instrumentation.addTransformer(new ProgramClassTransformer());
        WarmUp.rewriteOnce();
    }
}
