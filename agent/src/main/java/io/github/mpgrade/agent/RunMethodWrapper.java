package io.github.mpgrade.agent;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Every {@code run()} of the program begins with {@code Hooks.runBegins()} and tells
 * {@code Hooks.runEnds()} or {@code runFails(e)} when it is over: the runtime decides whether this
 * is the outermost {@code run()} of a thread started through the agent (its start barrier and its
 * end), or nothing (a {@code run()} called directly, a nested one).
 */
final class RunMethodWrapper extends BodyWrapper {
    RunMethodWrapper(MethodVisitor next) {
        super(next, new Object[0]);
    }

    static boolean isRun(int access, String name, String descriptor) {
        return name.equals("run") && descriptor.equals("()V")
                && (access & (Opcodes.ACC_STATIC | Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0;
    }

    @Override
    void onEntry() {
        hook("runBegins", "()V");
    }

    @Override
    void onReturn() {
        hook("runEnds", "()V");
    }

    @Override
    void onThrow() {
        super.visitInsn(Opcodes.DUP);
        hook("runFails", "(Ljava/lang/Throwable;)V");
    }

    private void hook(String name, String descriptor) {
        super.visitMethodInsn(Opcodes.INVOKESTATIC, Replacements.HOOKS, name, descriptor, false);
    }
}
