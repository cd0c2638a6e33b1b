package io.github.mpgrade.agent;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} become a scheduling point
 * first, so the exit has its place in the schedule; the process then ends with the same status.
 */
final class ExitCalls extends MethodVisitor {
    private static final String RUNTIME = "java/lang/Runtime";
    private final Rewrites rewrites;

    ExitCalls(MethodVisitor next, Rewrites rewrites) {
        super(Opcodes.ASM9, next);
        this.rewrites = rewrites;
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        if (opcode == Opcodes.INVOKESTATIC && owner.equals("java/lang/System") && name.equals("exit")
                && descriptor.equals("(I)V")) {
            hook("exit", "(I)V");
        } else if (opcode == Opcodes.INVOKEVIRTUAL && owner.equals(RUNTIME) && descriptor.equals("(I)V")
                && (name.equals("exit") || name.equals("halt"))) {
            hook(name, "(L" + RUNTIME + ";I)V");
        } else {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        }
    }

    private void hook(String name, String descriptor) {
        rewrites.made();
        super.visitMethodInsn(Opcodes.INVOKESTATIC, Replacements.HOOKS, name, descriptor, false);
    }
}
