package io.github.mpgrade.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.grading.grader.GraderClassLoading;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grader JVM's class-data archive is written by a JVM that only loads the grader's classes,
 * beside the output folder, and the next grader JVM maps it.
 */
class GraderClassDataTest {
    @TempDir
    Path temp;

    @Test
    void aGradingThatFindsNoArchiveLeavesOne_whichTheNextGraderJvmMaps() throws Exception {
        Path jar = graderJar();
        GradingRequest request = request(List.of(jar), List.of());
        GraderClassData classData = GraderClassData.of(request, GraderCommand.jvmOptions(request)).orElseThrow();
        assertEquals(List.of(), classData.jvmOptions(), "none yet: the first grader JVM loads its classes");

        classData.writeIfMissing();

        assertTrue(Files.isRegularFile(classData.archive()), "written: " + classData.archive());
        assertEquals(temp.resolve(".mpgrade-cds"), classData.archive().getParent(), "beside the output folder");
        List<String> command = new ArrayList<>(List.of(request.javaExecutable().toString()));
        command.addAll(GraderCommand.jvmOptions(request));
        command.addAll(classData.jvmOptions());
        command.add("-Xshare:on"); // a JVM that cannot map the archive fails to start
        command.addAll(List.of("-cp", jar.toString(), GraderClassLoading.class.getName()));
        Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(jvm.getInputStream().readAllBytes());
        assertTrue(jvm.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, jvm.exitValue(), said);
    }

    @Test
    void theArchivesNameLeavesOutSystemProperties_soABatchsSubmissionsShareOne() throws IOException {
        Path jar = graderJar();
        GradingRequest one = request(List.of(jar), List.of("-Xmx512m", "-Djava.io.tmpdir=/tmp/one"));
        GradingRequest other = request(List.of(jar), List.of("-Xmx512m", "-Djava.io.tmpdir=/tmp/other"));
        GradingRequest moreHeap = request(List.of(jar), List.of("-Xmx1g", "-Djava.io.tmpdir=/tmp/one"));

        Path archive = GraderClassData.of(one, GraderCommand.jvmOptions(one)).orElseThrow().archive();
        assertEquals(archive, GraderClassData.of(other, GraderCommand.jvmOptions(other)).orElseThrow().archive());
        assertTrue(!archive.equals(GraderClassData.of(moreHeap, GraderCommand.jvmOptions(moreHeap)).orElseThrow()
                .archive()), "a JVM option may make a JVM refuse an archive: it is part of the name");
    }

    @Test
    void aGraderClassPathWithAFolderGetsNone_theJvmArchivesJarsOnly() throws IOException {
        GradingRequest request = request(List.of(graderJar(), Files.createDirectories(temp.resolve("classes"))),
                List.of());
        assertTrue(GraderClassData.of(request, GraderCommand.jvmOptions(request)).isEmpty());
    }

    private GradingRequest request(List<Path> graderClassPath, List<String> graderJvmOptions) {
        return GradingRequest.builder(graderClassPath, temp.resolve("classes"), List.of(), temp.resolve("mpgrade"))
                .graderJvmOptions(graderJvmOptions).build();
    }

    /** A grader class path of one jar: the class that loads them. */
    private Path graderJar() throws IOException {
        Path jar = temp.resolve("grader.jar");
        if (Files.exists(jar)) {
            return jar;
        }
        String file = GraderClassLoading.class.getName().replace('.', '/') + ".class";
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out);
             InputStream classBytes = GraderClassLoading.class.getClassLoader().getResourceAsStream(file)) {
            jarOut.putNextEntry(new JarEntry(file));
            classBytes.transferTo(jarOut);
            jarOut.closeEntry();
        }
        return jar;
    }
}
