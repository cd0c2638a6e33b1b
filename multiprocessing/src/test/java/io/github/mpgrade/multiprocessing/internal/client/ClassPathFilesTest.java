package io.github.mpgrade.multiprocessing.internal.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reused JVM reads each class file of its class path once, and every process defines its classes from it. */
class ClassPathFilesTest {
    private static final String NAME = ClassPathFilesTest.class.getName();
    private static final String FILE = NAME.replace('.', '/') + ".class";

    @TempDir
    Path temp;

    @Test
    void aClassInAFolder_isItsFileThere_fromThatFolder() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("target classes"));
        byte[] bytes = copyTo(folder);
        URL entry = folder.toUri().toURL();
        ClassPathFiles files = new ClassPathFiles(new URL[] {entry});
        ClassPathFiles.ClassFile file = files.find(NAME).orElseThrow();
        assertArrayEquals(bytes, file.bytes());
        assertEquals(entry, file.codeSource().getLocation());
        assertSame(file, files.find(NAME).orElseThrow(), "read once");
    }

    @Test
    void aClassInAJar_isFromTheJar_andAClassNowhere_isEmpty() throws Exception {
        Path jar = temp.resolve("my lab.jar"); // a space, which URLs spell %20
        byte[] bytes = ownClassFile();
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream entries = new JarOutputStream(out)) {
            entries.putNextEntry(new JarEntry(FILE));
            entries.write(bytes);
        }
        URL entry = jar.toUri().toURL();
        ClassPathFiles files = new ClassPathFiles(new URL[] {Files.createDirectories(temp.resolve("empty")).toUri().toURL(), entry});
        assertArrayEquals(bytes, files.find(NAME).orElseThrow().bytes());
        assertEquals(entry, files.find(NAME).orElseThrow().codeSource().getLocation());
        assertTrue(files.find("lab.Nowhere").isEmpty());
    }

    @Test
    void everyProcesssLoader_definesItsOwnClassFromTheSameFile() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("classes"));
        copyTo(folder);
        ClassPathFiles files = new ClassPathFiles(new URL[] {folder.toUri().toURL()});
        try (ProgramClassLoader first = ProgramClassLoader.forProcess(files, Set.of());
             ProgramClassLoader second = ProgramClassLoader.forProcess(files, Set.of())) {
            Class<?> one = first.loadClass(NAME);
            Class<?> other = second.loadClass(NAME);
            assertNotSame(one, other);
            assertSame(first, one.getClassLoader());
            assertEquals(folder.toUri().toURL(), other.getProtectionDomain().getCodeSource().getLocation());
            assertThrows(ClassNotFoundException.class, () -> first.loadClass("lab.Nowhere"));
        }
    }

    private static byte[] ownClassFile() throws Exception {
        try (var in = ClassPathFilesTest.class.getResourceAsStream("/" + FILE)) {
            return in.readAllBytes();
        }
    }

    private static byte[] copyTo(Path folder) throws Exception {
        byte[] bytes = ownClassFile();
        Path file = folder.resolve(FILE);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return bytes;
    }
}
