package io.github.mpgrade.agent;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Wraps a method's body: code on entry, before every return, and when an exception leaves it
 * (then rethrown), as a try/finally would. The handler is added last, so the method's own
 * handlers, listed before it, still come first. Needs expanded frames ({@code EXPAND_FRAMES}).
 */
abstract class BodyWrapper extends MethodVisitor {
    private final Label start = new Label();
    private final Label end = new Label();
    private final Label handler = new Label();
    /** The handler's locals: only what its code uses ({@code this}, or nothing). */
    private final Object[] handlerLocals;

    BodyWrapper(MethodVisitor next, Object[] handlerLocals) {
        super(Opcodes.ASM9, next);
        this.handlerLocals = handlerLocals.clone();
    }

    /** Code run first. */
    abstract void onEntry();

    /** Code run before each return; the return value, if any, is on the stack and must stay. */
    abstract void onReturn();

    /** Code run as an exception leaves; the exception is on the stack and must stay. */
    abstract void onThrow();

    @Override
    public void visitCode() {
        super.visitCode();
        onEntry();
        super.visitLabel(start);
    }

    @Override
    public void visitInsn(int opcode) {
        if (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) {
            onReturn();
        }
        super.visitInsn(opcode);
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        super.visitLabel(end);
        super.visitLabel(handler);
        super.visitFrame(Opcodes.F_NEW, handlerLocals.length, handlerLocals.clone(), 1,
                new Object[] {"java/lang/Throwable"});
        onThrow();
        super.visitInsn(Opcodes.ATHROW);
        super.visitTryCatchBlock(start, end, handler, null);
        super.visitMaxs(maxStack, maxLocals);
    }
}
