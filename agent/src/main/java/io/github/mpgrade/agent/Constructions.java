package io.github.mpgrade.agent;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * {@code new Thread(...)}, {@code new ReentrantLock(...)}, ... make the controlled subclass with
 * the same constructor instead, and {@code Executors}' factories come from the controlled ones.
 * Every {@code <init>} call on a replaced class is redirected: after a {@code new} it is the
 * replacement's, and in a class that extended the replaced class it is the new superclass's, since
 * such a class extends the replacement now.
 */
final class Constructions extends MethodVisitor {
    private final Replacements replacements;
    private final Rewrites rewrites;

    Constructions(MethodVisitor next, Replacements replacements, Rewrites rewrites) {
        super(Opcodes.ASM9, next);
        this.replacements = replacements;
        this.rewrites = rewrites;
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        String replacement = opcode == Opcodes.NEW ? replacements.classFor(type) : null;
        if (replacement != null) {
            rewrites.made();
            super.visitTypeInsn(opcode, replacement);
            return;
        }
        super.visitTypeInsn(opcode, type);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        String replacement = opcode == Opcodes.INVOKESPECIAL && name.equals("<init>") ? replacements.classFor(owner)
                : opcode == Opcodes.INVOKESTATIC ? replacements.factoryOwnerFor(owner, name, descriptor) : null;
        if (replacement != null) {
            rewrites.made();
            super.visitMethodInsn(opcode, replacement, name, descriptor, isInterface);
            return;
        }
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    }
}
