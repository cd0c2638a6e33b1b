package io.github.mpgrade.agent;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites one class of the program: its superclass if it extended a replaced JDK class, and each
 * method through the rewriters of each construct family.
 */
final class ProgramClassRewriter extends ClassVisitor {
    private final Replacements replacements;
    private final Rewrites rewrites;
    private String className;

    ProgramClassRewriter(ClassVisitor next, Replacements replacements, Rewrites rewrites) {
        super(Opcodes.ASM9, next);
        this.replacements = replacements;
        this.rewrites = rewrites;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        className = name;
        String replacement = superName == null ? null : replacements.classFor(superName);
        if (replacement != null) {
            rewrites.made();
        }
        super.visit(version, access, name, signature, replacement != null ? replacement : superName, interfaces);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                     String[] exceptions) {
        boolean wrapSynchronized = SynchronizedMethodWrapper.isSynchronized(access);
        int written = wrapSynchronized ? access & ~Opcodes.ACC_SYNCHRONIZED : access;
        MethodVisitor method = super.visitMethod(written, name, descriptor, signature, exceptions);
        if (method == null) {
            return null;
        }
        // The run wrapper is outermost: a synchronized run() begins the thread, then takes the monitor.
        if (RunMethodWrapper.isRun(access, name, descriptor)) {
            rewrites.made();
            method = new RunMethodWrapper(method);
        }
        if (wrapSynchronized) {
            rewrites.made();
            method = new SynchronizedMethodWrapper(method, access, className);
        }
        method = new MonitorCalls(method, rewrites);
        method = new ThreadCalls(method, replacements, rewrites);
        method = new ExitCalls(method, rewrites);
        method = new AtomicCalls(method, rewrites);
        method = new FieldAccesses(method, name, rewrites);
        method = new ConcatCalls(method, replacements, rewrites);
        return new Constructions(method, replacements, rewrites);
    }
}
