package io.github.mpgrade.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.agent.fixtures.Counter;
import io.github.mpgrade.agent.fixtures.Greeter;
import io.github.mpgrade.agent.fixtures.Plain;
import io.github.mpgrade.agent.fixtures.Starter;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;

/** The shape of the code the agent writes, construct by construct. */
class ProgramClassRewriterTest {
    private static final String HOOKS = "io/github/mpgrade/multiprocessing/internal/instrument/Hooks.";
    private static final String CONTROLLED_THREAD = "io/github/mpgrade/multiprocessing/internal/instrument/ControlledThread";

    /** Class files as a program's class path shows them, with the runtime's replacements on it or not. */
    private static ClassFiles classPath(boolean withRuntime) {
        URL somewhere = ProgramClassRewriterTest.class.getResource("ProgramClassRewriterTest.class");
        return new ClassFiles(new ClassLoader(ProgramClassRewriterTest.class.getClassLoader()) {
            @Override
            public URL getResource(String name) {
                if (name.startsWith(Replacements.INSTRUMENT)) {
                    return withRuntime ? somewhere : null;
                }
                return super.getResource(name);
            }
        });
    }

    private static Bytecode rewritten(Class<?> type, boolean withRuntime) {
        byte[] rewritten = ProgramClassTransformer.rewrite(Bytecode.original(type), classPath(withRuntime));
        assertTrue(rewritten != null, type + " was left as it was");
        return Bytecode.of(rewritten);
    }

    private static long count(List<String> calls, String call) {
        return calls.stream().filter(call::equals).count();
    }

    @Test
    void aSynchronizedMethodLosesItsFlagAndTakesTheControlledMonitorOnEveryWayOut() {
        Bytecode counter = rewritten(Counter.class, true);
        Bytecode.Method increment = counter.method("increment");
        assertEquals(0, increment.access() & Opcodes.ACC_SYNCHRONIZED);
        assertEquals(1, count(increment.calls(), HOOKS + "monitorEnter(Ljava/lang/Object;)V"));
        assertEquals(2, count(increment.calls(), HOOKS + "monitorExit(Ljava/lang/Object;)V"), "the return and the throw");
        assertEquals(0, counter.method("register").access() & Opcodes.ACC_SYNCHRONIZED);
    }

    @Test
    void synchronizedBlocksWaitAndNotifyUseTheHooksAndNoJvmMonitorIsLeft() {
        Bytecode.Method await = rewritten(Counter.class, true).method("awaitPositive");
        assertFalse(await.opcodes().contains(Opcodes.MONITORENTER));
        assertFalse(await.opcodes().contains(Opcodes.MONITOREXIT));
        assertTrue(await.calls().contains(HOOKS + "await(Ljava/lang/Object;J)V"), await.calls().toString());
        assertTrue(await.calls().contains(HOOKS + "notifyEvery(Ljava/lang/Object;)V"), await.calls().toString());
        assertFalse(await.calls().stream().anyMatch(c -> c.startsWith("java/lang/Object.")), await.calls().toString());
    }

    @Test
    void everyRunBeginsAtTheStartBarrierAndReportsItsEndOnEveryWayOut() {
        Bytecode.Method run = rewritten(Counter.class, true).method("run");
        assertEquals(HOOKS + "runBegins()V", run.calls().get(0));
        assertEquals(1, count(run.calls(), HOOKS + "runEnds()V"));
        assertEquals(1, count(run.calls(), HOOKS + "runFails(Ljava/lang/Throwable;)V"));
    }

    @Test
    void rewrittenCodeStillPassesTheVerifier() throws Exception {
        byte[] rewritten = ProgramClassTransformer.rewrite(Bytecode.original(Counter.class), classPath(true));
        Class<?> loaded = new ClassLoader(null) {
            Class<?> define() {
                return defineClass(Counter.class.getName(), rewritten, 0, rewritten.length);
            }
        }.define();
        assertEquals(4, loaded.getDeclaredMethods().length);
        Class.forName(loaded.getName(), true, loaded.getClassLoader()); // links: the verifier checks every frame
    }

    @Test
    void callsOnThreadsAreHooked_butAStartOfAClassThatIsNoThreadIsNot() {
        List<String> calls = rewritten(Starter.class, true).method("main").calls();
        assertEquals(2, count(calls, HOOKS + "start(Ljava/lang/Thread;)V"), calls.toString());
        assertTrue(calls.contains("io/github/mpgrade/agent/fixtures/Starter$Engine.start()V"), calls.toString());
        assertTrue(calls.contains(HOOKS + "sleep(J)V"), calls.toString());
        assertTrue(calls.contains(HOOKS + "join(Ljava/lang/Thread;)V"), calls.toString());
        assertTrue(calls.contains(HOOKS + "join(Ljava/lang/Thread;J)V"), calls.toString());
        assertFalse(calls.stream().anyMatch(c -> c.startsWith("java/lang/Thread.")), calls.toString());
    }

    @Test
    void newThreadAndExtendsThreadBecomeTheControlledThreadWithTheSameConstructors() {
        Bytecode.Method main = rewritten(Starter.class, true).method("main");
        assertTrue(main.news().contains(CONTROLLED_THREAD), main.news().toString());
        assertTrue(main.calls().contains(CONTROLLED_THREAD + ".<init>(Ljava/lang/Runnable;Ljava/lang/String;)V"),
                main.calls().toString());
        Bytecode worker = rewritten(Starter.Worker.class, true);
        assertEquals(CONTROLLED_THREAD, worker.superName());
        assertTrue(worker.method("<init>").calls().contains(CONTROLLED_THREAD + ".<init>(Ljava/lang/String;)V"));
        assertTrue(worker.method("run").calls().contains(HOOKS + "yieldThread()V"));
    }

    @Test
    void theConcurrencyClassesAndExecutorsComeFromTheControlledOnesOfTheTable() {
        Bytecode.Method main = rewritten(Starter.class, true).method("main");
        String lock = "io/github/mpgrade/multiprocessing/internal/instrument/juc/ControlledReentrantLock";
        assertTrue(main.news().contains(lock), main.news().toString());
        assertTrue(main.calls().contains(lock + ".<init>(Z)V"), main.calls().toString());
        assertTrue(main.calls().contains("io/github/mpgrade/multiprocessing/internal/instrument/juc/ControlledExecutors"
                + ".newFixedThreadPool(I)Ljava/util/concurrent/ExecutorService;"), main.calls().toString());
    }

    @Test
    void aReplacementTheClassPathLacksIsNotMade() {
        Bytecode starter = rewritten(Starter.class, false);
        assertTrue(starter.method("main").news().contains("java/lang/Thread"));
        assertTrue(starter.method("main").news().contains("java/util/concurrent/locks/ReentrantLock"));
        assertEquals("java/lang/Thread", rewritten(Starter.Worker.class, false).superName());
    }

    @Test
    void exitsAndAtomicsAreSchedulingPoints() {
        List<String> calls = rewritten(Starter.class, true).method("main").calls();
        assertTrue(calls.contains(HOOKS + "exit(I)V"), calls.toString());
        assertTrue(calls.contains(HOOKS + "halt(Ljava/lang/Runtime;I)V"), calls.toString());
        int increment = calls.indexOf("java/util/concurrent/atomic/AtomicInteger.incrementAndGet()I");
        assertEquals(HOOKS + "beforeAtomic()V", calls.get(increment - 1));
        assertFalse(calls.contains("java/lang/System.exit(I)V"));
    }

    @Test
    void aClassWithNothingToRewriteIsLeftAsItWas() {
        assertNull(ProgramClassTransformer.rewrite(Bytecode.original(Plain.class), classPath(true)));
    }

    @Test
    void aStringConcatenationIsLinkedByTheRuntimesSharedBootstrap_whereTheClassPathHasIt() {
        assertEquals(List.of(ConcatCalls.SHARED + ".makeConcatWithConstants"),
                rewritten(Greeter.class, true).method("greet").bootstraps());
        assertNull(ProgramClassTransformer.rewrite(Bytecode.original(Greeter.class), classPath(false)),
                "without the runtime the JDK's bootstrap stays");
    }
}
