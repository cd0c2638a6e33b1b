package io.github.mpgrade.agent;

import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * String concatenation ({@code "phil " + id}) is linked by the runtime's bootstrap, which keeps
 * what the JDK's makes for each shape of concatenation: a reused JVM loads a program's classes
 * afresh for every process whose classes have static state, and linking each of their
 * concatenations anew took a tenth of a process's start.
 */
final class ConcatCalls extends MethodVisitor {
    private static final String JDK_FACTORY = "java/lang/invoke/StringConcatFactory";
    private static final String BOOTSTRAP = "makeConcatWithConstants";
    static final String SHARED = Replacements.INSTRUMENT + "SharedConcat";

    private final Replacements replacements;
    private final Rewrites rewrites;

    ConcatCalls(MethodVisitor next, Replacements replacements, Rewrites rewrites) {
        super(Opcodes.ASM9, next);
        this.replacements = replacements;
        this.rewrites = rewrites;
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
        if (bootstrap.getOwner().equals(JDK_FACTORY) && bootstrap.getName().equals(BOOTSTRAP)
                && replacements.hasClass(SHARED)) {
            rewrites.made();
            bootstrap = new Handle(Opcodes.H_INVOKESTATIC, SHARED, BOOTSTRAP, bootstrap.getDesc(), false);
        }
        super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
    }
}
