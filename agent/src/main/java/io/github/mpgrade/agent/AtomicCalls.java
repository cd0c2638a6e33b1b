package io.github.mpgrade.agent;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Each call on a {@code java.util.concurrent.atomic} object is preceded by a scheduling point, so
 * a schedule decides how atomic operations of different threads interleave; the call itself is
 * unchanged.
 */
final class AtomicCalls extends MethodVisitor {
    private static final String ATOMIC = "java/util/concurrent/atomic/";
    private final Rewrites rewrites;

    AtomicCalls(MethodVisitor next, Rewrites rewrites) {
        super(Opcodes.ASM9, next);
        this.rewrites = rewrites;
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        if (opcode == Opcodes.INVOKEVIRTUAL && owner.startsWith(ATOMIC)) {
            rewrites.made();
            super.visitMethodInsn(Opcodes.INVOKESTATIC, Replacements.HOOKS, "beforeAtomic", "()V", false);
        }
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    }
}
