package io.github.mpgrade.agent;

import java.util.Map;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Calls on threads become the hooks that make them requests: {@code start}, {@code join},
 * {@code isAlive}, {@code interrupt} on {@code Thread} or a subclass (as far as the class files
 * tell), and the static {@code sleep}, {@code yield}, {@code onSpinWait} and {@code holdsLock}. A call the receiver's
 * class overrides still reaches it: the hook calls the method virtually when it does not take over.
 */
final class ThreadCalls extends MethodVisitor {
    private static final String THREAD_ARG = "(Ljava/lang/Thread;";

    /** name + descriptor of an instance call → the hook's name and descriptor, the thread first. */
    private static final Map<String, String[]> INSTANCE = Map.of(
            "start()V", new String[] {"start", THREAD_ARG + ")V"},
            "join()V", new String[] {"join", THREAD_ARG + ")V"},
            "join(J)V", new String[] {"join", THREAD_ARG + "J)V"},
            "join(JI)V", new String[] {"join", THREAD_ARG + "JI)V"},
            "isAlive()Z", new String[] {"isAlive", THREAD_ARG + ")Z"},
            "interrupt()V", new String[] {"interrupt", THREAD_ARG + ")V"});
    private static final Map<String, String[]> STATIC = Map.of(
            "sleep(J)V", new String[] {"sleep", "(J)V"},
            "sleep(JI)V", new String[] {"sleep", "(JI)V"},
            "yield()V", new String[] {"yieldThread", "()V"},
            "onSpinWait()V", new String[] {"yieldThread", "()V"},
            "holdsLock(Ljava/lang/Object;)Z", new String[] {"holdsLock", "(Ljava/lang/Object;)Z"});

    private final Replacements replacements;
    private final Rewrites rewrites;

    ThreadCalls(MethodVisitor next, Replacements replacements, Rewrites rewrites) {
        super(Opcodes.ASM9, next);
        this.replacements = replacements;
        this.rewrites = rewrites;
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        String[] hook = opcode == Opcodes.INVOKEVIRTUAL ? INSTANCE.get(name + descriptor)
                : opcode == Opcodes.INVOKESTATIC ? STATIC.get(name + descriptor) : null;
        if (hook != null && replacements.isThread(owner)) {
            rewrites.made();
            super.visitMethodInsn(Opcodes.INVOKESTATIC, Replacements.HOOKS, hook[0], hook[1], false);
            return;
        }
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    }
}
