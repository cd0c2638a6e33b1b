package io.github.mpgrade.multiprocessing.internal.client;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Java serialization of what crosses between processes: a Process object, a Value, a queue item.
 * Runs only in the program's own processes: the coordinator passes the bytes on unread.
 */
public final class Payloads {
    private Payloads() {
    }

    /**
     * Serialized bytes — the {@linkplain SimplePayload short form} for null, a boxed primitive or a
     * String — or an {@link IllegalArgumentException} that names the field to blame.
     */
    public static byte[] toBytes(Object object, String what) {
        byte[] simple = SimplePayload.of(object);
        if (simple != null) {
            return simple;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        } catch (NotSerializableException e) {
            throw new IllegalArgumentException(explain(object, what, e.getMessage()), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(what + " cannot be copied to another process: " + e, e);
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    public static <T> T fromBytes(byte[] bytes) {
        if (SimplePayload.isSimple(bytes)) {
            return (T) SimplePayload.value(bytes);
        }
        try (ObjectInputStream in = new ProgramObjectInput(new ByteArrayInputStream(bytes))) {
            return (T) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read an object sent by another process: " + e, e);
        }
    }

    /** A short text of a value for the event log, the same in every run that has the same value; never throws. */
    public static String show(Object value) {
        return ValueText.of(value);
    }

    /**
     * Finds the path of fields from {@code root} to the first object of the class serialization
     * refused, so the message can say "field x of class Y" instead of only a class name.
     */
    static String explain(Object root, String what, String refusedClass) {
        record Step(Object object, String path) {
        }
        ArrayDeque<Step> queue = new ArrayDeque<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        queue.add(new Step(root, ""));
        while (!queue.isEmpty()) {
            Step step = queue.poll();
            if (step.object() == null || seen.put(step.object(), true) != null) {
                continue;
            }
            for (Class<?> c = step.object().getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    int mods = field.getModifiers();
                    if (Modifier.isStatic(mods) || Modifier.isTransient(mods) || field.getType().isPrimitive()) {
                        continue;
                    }
                    Object value;
                    try {
                        field.setAccessible(true);
                        value = field.get(step.object());
                    } catch (RuntimeException | IllegalAccessException inaccessible) {
                        continue; // a JDK class's insides: not where the student's mistake is
                    }
                    if (value == null) {
                        continue;
                    }
                    String path = step.path().isEmpty() ? field.getName() : step.path() + "." + field.getName();
                    if (!(value instanceof Serializable)) {
                        return what + " cannot be copied to the new process: its field '" + path + "' (declared in "
                                + c.getName() + ") holds a " + value.getClass().getName()
                                + ", which is not Serializable. " + advice(field, value);
                    }
                    queue.add(new Step(value, path));
                }
            }
        }
        return what + " cannot be copied to the new process: it refers to a " + refusedClass
                + ", which is not Serializable. Everything a process object holds is copied to the child:"
                + " mark such a field transient, or create the object inside run().";
    }

    private static String advice(Field field, Object value) {
        if (field.getName().startsWith("this$")) {
            return "The class is an inner class of " + value.getClass().getSimpleName()
                    + ": declare it static so it does not drag its outer object along.";
        }
        if (field.getName().startsWith("arg$")) {
            return "The lambda captures it: pass only Serializable values into the process's target.";
        }
        return "A Process's fields are copied to the child process by serialization: mark the field transient,"
                + " make its class implement Serializable, or create the object inside run().";
    }

    /**
     * Finds the classes of what it reads with the running process's own loader: in a reused JVM the
     * runtime is the host's, and Java's default, the latest loader on the caller's stack, would be
     * the host's, which would load the program's classes a second time, shared by every process.
     */
    private static final class ProgramObjectInput extends ObjectInputStream {
        ProgramObjectInput(InputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            ClassLoader loader = ProcessScope.programLoader(null);
            if (loader == null) {
                return super.resolveClass(desc);
            }
            try {
                return Class.forName(desc.getName(), false, loader);
            } catch (ClassNotFoundException e) {
                return super.resolveClass(desc); // a primitive's class, which no loader finds by name
            }
        }
    }
}
