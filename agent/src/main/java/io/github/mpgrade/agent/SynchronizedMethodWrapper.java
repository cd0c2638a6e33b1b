package io.github.mpgrade.agent;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * A {@code synchronized} method loses the flag and takes the controlled monitor instead: of
 * {@code this}, or of its class for a static one, released on every way out as the JVM would.
 */
final class SynchronizedMethodWrapper extends BodyWrapper {
    private final boolean isStatic;
    private final String owner;

    SynchronizedMethodWrapper(MethodVisitor next, int access, String owner) {
        super(next, (access & Opcodes.ACC_STATIC) != 0 ? new Object[0] : new Object[] {owner});
        this.isStatic = (access & Opcodes.ACC_STATIC) != 0;
        this.owner = owner;
    }

    static boolean isSynchronized(int access) {
        return (access & Opcodes.ACC_SYNCHRONIZED) != 0 && (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0;
    }

    @Override
    void onEntry() {
        monitor("monitorEnter");
    }

    @Override
    void onReturn() {
        monitor("monitorExit");
    }

    @Override
    void onThrow() {
        monitor("monitorExit");
    }

    private void monitor(String hook) {
        if (isStatic) {
            super.visitLdcInsn(Type.getObjectType(owner));
        } else {
            super.visitVarInsn(Opcodes.ALOAD, 0);
        }
        super.visitMethodInsn(Opcodes.INVOKESTATIC, Replacements.HOOKS, hook, "(Ljava/lang/Object;)V", false);
    }
}
