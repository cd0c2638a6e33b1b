package io.github.mpgrade.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * What a class file holds, as the tests ask: its superclass, each method's flags, calls, types,
 * opcodes, and the bootstrap methods of its {@code invokedynamic}s.
 */
record Bytecode(String superName, List<Method> methods) {
    record Method(String name, String descriptor, int access, List<String> calls, List<String> news,
                  List<Integer> opcodes, List<String> bootstraps) {
    }

    static byte[] original(Class<?> type) {
        try (InputStream in = type.getResourceAsStream("/" + type.getName().replace('.', '/') + ".class")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Bytecode of(byte[] classFile) {
        List<Method> methods = new ArrayList<>();
        String[] superName = new String[1];
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visit(int version, int access, String name, String signature, String superclass,
                              String[] interfaces) {
                superName[0] = superclass;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                Method method = new Method(name, descriptor, access, new ArrayList<>(), new ArrayList<>(),
                        new ArrayList<>(), new ArrayList<>());
                methods.add(method);
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitInsn(int opcode) {
                        method.opcodes().add(opcode);
                    }

                    @Override
                    public void visitTypeInsn(int opcode, String type) {
                        if (opcode == Opcodes.NEW) {
                            method.news().add(type);
                        }
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String name, String descriptor,
                                                boolean isInterface) {
                        method.calls().add(owner + "." + name + descriptor);
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap,
                                                       Object... arguments) {
                        method.bootstraps().add(bootstrap.getOwner() + "." + bootstrap.getName());
                    }
                };
            }
        }, 0);
        return new Bytecode(superName[0], methods);
    }

    Method method(String name) {
        return methods.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }
}
