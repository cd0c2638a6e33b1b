package io.github.mpgrade.agent;

import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import java.util.Map;
import java.util.WeakHashMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;

/**
 * Rewrites each class of the program as it loads ({@link ProgramClasses} says which); any other
 * class, and a class with nothing to rewrite, is left as it is. A class that cannot be rewritten
 * is left as it is too, with a line on standard error: the program then runs that class
 * uncontrolled rather than not at all.
 */
final class ProgramClassTransformer implements ClassFileTransformer {
    private final Map<ClassLoader, ClassFiles> classFiles = new WeakHashMap<>();
    private final RewriteCache rewritten = new RewriteCache();

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> classBeingRedefined,
                            ProtectionDomain protectionDomain, byte[] classfileBuffer) {
        if (classBeingRedefined != null || !ProgramClasses.isProgramClass(className, loader)) {
            return null;
        }
        try {
            return rewritten.rewritten(loader, className, classfileBuffer,
                    () -> rewrite(classfileBuffer, classFilesOf(loader)));
        } catch (RuntimeException | LinkageError e) {
            System.err.println("mpgrade agent: " + className.replace('/', '.') + " runs without control of its"
                    + " threads and monitors, since it could not be rewritten: " + e);
            return null;
        }
    }

    /** The class rewritten, or null if it has nothing the agent rewrites. */
    static byte[] rewrite(byte[] classFile, ClassFiles classFiles) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        Rewrites rewrites = new Rewrites();
        reader.accept(new ProgramClassRewriter(writer, new Replacements(classFiles), rewrites),
                ClassReader.EXPAND_FRAMES);
        return rewrites.any() ? writer.toByteArray() : null;
    }

    private ClassFiles classFilesOf(ClassLoader loader) {
        synchronized (classFiles) {
            return classFiles.computeIfAbsent(loader, ClassFiles::new);
        }
    }
}
