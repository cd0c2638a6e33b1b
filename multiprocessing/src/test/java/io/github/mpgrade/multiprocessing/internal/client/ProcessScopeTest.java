package io.github.mpgrade.multiprocessing.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A reused JVM shares the runtime's classes between its processes, so every static of the runtime
 * that can change is either the process's, set back by {@link ProcessScope#end()} when it ends, or
 * the JVM's, which a process may share. A new one fails here until it is put on one of the lists
 * (and, if it is the process's, set back in {@code ProcessScope}). The coordinator's package runs
 * in the grader, never in a process, and is not looked at.
 */
class ProcessScopeTest {
    /** Set back when a process ends: what a fresh JVM has. */
    private static final Set<String> OF_THE_PROCESS = Set.of(
            "Process.CREATED", "Process.current", "Process.parentOfThisProcess", "Process.STARTED",
            "Pool.WORKERS",
            "internal.client.Client.instance",
            "internal.client.FastPath.instance", "internal.client.FastPath.RLOCK_DEPTHS",
            "internal.client.ExitHooks.HOOKS",
            "internal.client.OneProcess.errorSeen",
            "internal.client.ProcessScope.programLoader",
            "internal.instrument.Monitors.MONITORS",
            "internal.instrument.ObjectNames.NAMES", "internal.instrument.ObjectNames.NAMED_OF_CLASS",
            "internal.instrument.FieldWatch.DECLARED", "internal.instrument.FieldWatch.EPOCH",
            "internal.instrument.juc.ControlledExecutors.POOLS");

    /** The JVM's, the same for every process: set once, or tables of constants. */
    private static final Set<String> OF_THE_JVM = Set.of(
            "internal.client.ProcessAccess.bridge", // Process installs it when its class initializes, once
            "internal.client.Client.RUN_RECEIVED", "internal.client.Client.HANDED_OVER", "internal.client.Client.ABANDONED",
            "internal.client.ThreadNumbering.PLACES",
            "internal.instrument.SharedConcat.JOINERS", // handles of the JDK's types only, the same for every process
            "Array.ZEROS",
            "PipeChannel.END_OF_FILE",
            "internal.shm.RingEvent.ALL", "internal.shm.CellContent.ALL",
            "internal.client.FastPath.NOT_IN_CELL", // a marker object, never changed
            "internal.wire.Op.BY_CODE",
            "internal.instrument.juc.ControlledExecutorService.STOP",
            "internal.instrument.juc.ControlledExecutorService.NO_TASK",
            "internal.instrument.juc.BlockingQueueCore$Kinds.ARRAY",
            "internal.instrument.juc.BlockingQueueCore$Kinds.LINKED",
            "internal.instrument.juc.BlockingQueueCore$Kinds.EXECUTOR");

    private static final String RUNTIME = "io.github.mpgrade.multiprocessing.";

    @Test
    void everyStaticOfTheRuntimeThatCanChangeIsEitherSetBackWhenAProcessEndsOrTheJvms()
            throws IOException, URISyntaxException {
        Set<String> found = new TreeSet<>();
        for (Class<?> c : runtimeClasses()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && !field.isSynthetic() && mayChange(field)) {
                    found.add(c.getName().substring(RUNTIME.length()) + "." + field.getName());
                }
            }
        }
        Map<String, String> unlisted = new TreeMap<>();
        found.stream().filter(f -> !OF_THE_PROCESS.contains(f) && !OF_THE_JVM.contains(f))
                .forEach(f -> unlisted.put(f, "a static that can change: set it back in ProcessScope.end() and list it"
                        + " in OF_THE_PROCESS, or list it in OF_THE_JVM if every process may share it"));
        assertEquals(Map.of(), unlisted);
        Set<String> gone = new TreeSet<>(OF_THE_PROCESS);
        gone.addAll(OF_THE_JVM);
        gone.removeAll(found);
        assertEquals(Set.of(), gone, "listed here, but no longer a static of the runtime");
    }

    /** Not final, or final but holding an object whose content can change (a map, a counter, an array). */
    private static boolean mayChange(Field field) {
        Class<?> type = field.getType();
        return !Modifier.isFinal(field.getModifiers()) || !(type.isPrimitive() || type == String.class
                || type.isEnum() || type == Class.class || type.getName().startsWith("java.lang.invoke.")
                || type == Field.class || type == java.lang.reflect.Method.class);
    }

    private static List<Class<?>> runtimeClasses() throws IOException, URISyntaxException {
        Path root = Path.of(ProcessScope.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString)
                    .filter(f -> f.endsWith(".class") && !f.endsWith("module-info.class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace(java.io.File.separatorChar, '.'))
                    .filter(name -> !name.startsWith(RUNTIME + "coordinator."))
                    .<Class<?>>map(ProcessScopeTest::load).toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ProcessScope.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name + " is in the runtime's folder but does not load", e);
        }
    }
}
