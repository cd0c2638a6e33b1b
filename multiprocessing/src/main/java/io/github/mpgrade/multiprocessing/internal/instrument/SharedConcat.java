package io.github.mpgrade.multiprocessing.internal.instrument;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.StringConcatException;
import java.lang.invoke.StringConcatFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bootstrap the agent gives the program's string concatenations: the JDK's, with what it makes
 * kept for each shape (the recipe, its constants and the types joined). A reused JVM loads the
 * program's classes afresh for every process whose classes have static state; without this each
 * such process linked every concatenation anew, generating the same method handles again. Only
 * shapes whose types are all the JDK's own are kept, since a handle that joins a type of the
 * program belongs to that type's loader.
 */
public final class SharedConcat {
    private record Shape(MethodType type, String recipe, List<Object> constants) {
    }

    private static final Map<Shape, MethodHandle> JOINERS = new ConcurrentHashMap<>();

    private SharedConcat() {
    }

    /** Same arguments and result as {@link StringConcatFactory#makeConcatWithConstants}. */
    public static CallSite makeConcatWithConstants(MethodHandles.Lookup caller, String name, MethodType type,
                                                   String recipe, Object... constants) throws StringConcatException {
        if (!ofTheJdk(type)) {
            return StringConcatFactory.makeConcatWithConstants(caller, name, type, recipe, constants);
        }
        Shape shape = new Shape(type, recipe, List.copyOf(Arrays.asList(constants)));
        MethodHandle joiner = JOINERS.get(shape);
        if (joiner == null) {
            joiner = StringConcatFactory.makeConcatWithConstants(caller, name, type, recipe, constants).getTarget();
            MethodHandle first = JOINERS.putIfAbsent(shape, joiner);
            joiner = first != null ? first : joiner;
        }
        return new ConstantCallSite(joiner);
    }

    private static boolean ofTheJdk(MethodType type) {
        for (Class<?> c : type.parameterArray()) {
            if (!c.isPrimitive() && c.getClassLoader() != null) {
                return false;
            }
        }
        return type.returnType().getClassLoader() == null;
    }
}
