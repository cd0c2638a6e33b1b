package io.github.mpgrade.agent;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Each read and write of a field of the program's classes tells the runtime first, for the
 * data-race analysis (observed, not scheduled). Left alone: fields of the JDK's and the runtime's
 * classes, every access in a static initializer (the JVM orders class initialization itself), and
 * instance fields in constructors (the object is not shared yet, and before the super constructor
 * ran, {@code this} may not be passed anywhere).
 */
final class FieldAccesses extends MethodVisitor {
    private static final String TARGETED = "(Ljava/lang/Object;Ljava/lang/Class;Ljava/lang/String;)V";
    private static final String STATIC = "(Ljava/lang/Class;Ljava/lang/String;)V";
    private final Rewrites rewrites;
    private final boolean staticInitializer;
    private final boolean constructor;

    FieldAccesses(MethodVisitor next, String methodName, Rewrites rewrites) {
        super(Opcodes.ASM9, next);
        this.rewrites = rewrites;
        this.staticInitializer = methodName.equals("<clinit>");
        this.constructor = methodName.equals("<init>");
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        if (!staticInitializer && ProgramClasses.isProgramClassName(owner)) {
            boolean isStatic = opcode == Opcodes.GETSTATIC || opcode == Opcodes.PUTSTATIC;
            if (isStatic) {
                rewrites.made();
                announce(owner, name);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, Replacements.HOOKS,
                        opcode == Opcodes.GETSTATIC ? "staticRead" : "staticWrite", STATIC, false);
            } else if (!constructor) {
                rewrites.made();
                if (opcode == Opcodes.GETFIELD) {
                    super.visitInsn(Opcodes.DUP); // [target] -> [target, target]
                } else {
                    copyTargetBelowValue(Type.getType(descriptor).getSize());
                }
                announce(owner, name);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, Replacements.HOOKS,
                        opcode == Opcodes.GETFIELD ? "fieldRead" : "fieldWrite", TARGETED, false);
            }
        }
        super.visitFieldInsn(opcode, owner, name, descriptor);
    }

    /** [target, value] -> [target, value, target], for a value of one or two slots. */
    private void copyTargetBelowValue(int valueSize) {
        if (valueSize == 1) {
            super.visitInsn(Opcodes.DUP2); // [t, v, t, v]
            super.visitInsn(Opcodes.POP); // [t, v, t]
        } else {
            super.visitInsn(Opcodes.DUP2_X1); // [v, t, v]
            super.visitInsn(Opcodes.POP2); // [v, t]
            super.visitInsn(Opcodes.DUP_X2); // [t, v, t]
        }
    }

    private void announce(String owner, String name) {
        super.visitLdcInsn(Type.getObjectType(owner));
        super.visitLdcInsn(name);
    }
}
