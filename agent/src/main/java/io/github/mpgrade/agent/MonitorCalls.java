package io.github.mpgrade.agent;

import java.util.Map;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * {@code synchronized} blocks ({@code monitorenter}/{@code monitorexit}) and
 * {@code wait}/{@code notify}/{@code notifyAll} use the object's controlled monitor instead of
 * the JVM's. {@code wait} and {@code notify} are final in {@code Object}, so their name and
 * descriptor alone say what is called, whatever the receiver's type.
 */
final class MonitorCalls extends MethodVisitor {
    private static final String OBJECT_ARG = "(Ljava/lang/Object;";
    private static final Map<String, String[]> CALLS = Map.of(
            "wait()V", new String[] {"await", OBJECT_ARG + ")V"},
            "wait(J)V", new String[] {"await", OBJECT_ARG + "J)V"},
            "wait(JI)V", new String[] {"await", OBJECT_ARG + "JI)V"},
            "notify()V", new String[] {"notifyOne", OBJECT_ARG + ")V"},
            "notifyAll()V", new String[] {"notifyEvery", OBJECT_ARG + ")V"});

    private final Rewrites rewrites;

    MonitorCalls(MethodVisitor next, Rewrites rewrites) {
        super(Opcodes.ASM9, next);
        this.rewrites = rewrites;
    }

    @Override
    public void visitInsn(int opcode) {
        if (opcode == Opcodes.MONITORENTER || opcode == Opcodes.MONITOREXIT) {
            rewrites.made();
            super.visitMethodInsn(Opcodes.INVOKESTATIC, Replacements.HOOKS,
                    opcode == Opcodes.MONITORENTER ? "monitorEnter" : "monitorExit", OBJECT_ARG + ")V", false);
            return;
        }
        super.visitInsn(opcode);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        String[] hook = opcode == Opcodes.INVOKEVIRTUAL ? CALLS.get(name + descriptor) : null;
        if (hook != null) {
            rewrites.made();
            super.visitMethodInsn(Opcodes.INVOKESTATIC, Replacements.HOOKS, hook[0], hook[1], false);
            return;
        }
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    }
}
