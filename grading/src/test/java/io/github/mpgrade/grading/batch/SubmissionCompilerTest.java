package io.github.mpgrade.grading.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionCompilerTest {
    private final SubmissionCompiler compiler = new SubmissionCompiler(List.of(SubmissionFolders.runtime()),
            Duration.ofMinutes(1));

    @TempDir
    Path temp;

    @Test
    void compilesAgainstTheRuntime() {
        Submission submission = SubmissionFolders.write(temp.resolve("alice"), "lab/pingpong/PingPong.java", """
                package lab.pingpong;
                import io.github.mpgrade.multiprocessing.Lock;
                public class PingPong {
                    public static void main(String[] args) { new Lock().acquire(); }
                }
                """);
        SubmissionCompiler.Result result = compiler.compile(submission, temp.resolve("classes"));
        assertEquals("", result.message());
        assertTrue(Files.isRegularFile(temp.resolve("classes/lab/pingpong/PingPong.class")));
    }

    @Test
    void aCompileErrorGivesTheFileTheLineAndTheCompilersWords() {
        Submission submission = SubmissionFolders.write(temp.resolve("bob"), "lab/counter/Hello.java", """
                package lab.counter;
                public class Hello {
                    static int counter = "ten";
                }
                """);
        SubmissionCompiler.Result result = compiler.compile(submission, temp.resolve("classes"));
        assertTrue(result.classes().isEmpty());
        assertEquals("The submission does not compile (1 error):\nlab/counter/Hello.java:3: error: incompatible types:"
                + " java.lang.String cannot be converted to int", result.message());
    }

    @Test
    void manyErrorsAreCountedBeyondTheFirstTen() {
        StringBuilder source = new StringBuilder("package lab;\nclass Many {\n");
        for (int i = 0; i < 12; i++) {
            source.append("    int f").append(i).append(" = undefined").append(i).append(";\n");
        }
        Submission submission = SubmissionFolders.write(temp.resolve("carol"), "lab/Many.java", source + "}\n");
        String message = compiler.compile(submission, temp.resolve("classes")).message();
        assertTrue(message.startsWith("The submission does not compile (12 errors):"), message);
        assertEquals(10, message.lines().filter(line -> line.startsWith("lab/Many.java:")).count(), message);
        assertTrue(message.endsWith("… and 2 more"), message);
    }

    @Test
    void aSubmissionWithoutSourcesSaysWhereTheyBelong() throws Exception {
        Files.createDirectories(temp.resolve("dave/src"));
        SubmissionCompiler.Result result = compiler.compile(new Submission("dave", temp.resolve("dave")), temp.resolve("classes"));
        assertTrue(result.classes().isEmpty());
        assertTrue(result.message().contains("src/main/java/lab/pingpong/PingPong.java"), result.message());
    }

    @Test
    void aCompilationPastItsTimeFailsTheSubmissionAndNotTheBatch() {
        SubmissionCompiler impatient = new SubmissionCompiler(List.of(SubmissionFolders.runtime()), Duration.ofMillis(1));
        Submission submission = SubmissionFolders.write(temp.resolve("slow"), "lab/Slow.java", "package lab; class Slow {}");
        SubmissionCompiler.Result result = impatient.compile(submission, temp.resolve("classes"));
        assertTrue(result.classes().isEmpty());
        assertTrue(result.message().startsWith("The compiler did not finish within 0 s, so nothing was graded"),
                result.message());
    }

    @Test
    void classesInTheRuntimesPackagesAreRefused() {
        Submission submission = SubmissionFolders.write(temp.resolve("eve"),
                "io/github/mpgrade/multiprocessing/Lock.java", """
                package io.github.mpgrade.multiprocessing;
                public class Lock { public void acquire() { } }
                """);
        SubmissionCompiler.Result result = compiler.compile(submission, temp.resolve("classes"));
        assertTrue(result.classes().isEmpty());
        assertTrue(result.message().startsWith("The submission defines classes in the package io.github.mpgrade"),
                result.message());
    }

    @Test
    void annotationProcessorsOfTheSubmissionNeverRun() {
        // A processor declared in the submission would be student code running in this JVM.
        SubmissionFolders.write(temp.resolve("frank"), "META-INF/services/javax.annotation.processing.Processor",
                "lab.Evil\n");
        Submission submission = SubmissionFolders.write(temp.resolve("frank"), "lab/Evil.java", """
                package lab;
                public class Evil extends javax.annotation.processing.AbstractProcessor {
                    static { System.setProperty("mpgrade.evil", "ran"); }
                    public boolean process(java.util.Set<? extends javax.lang.model.element.TypeElement> a,
                                           javax.annotation.processing.RoundEnvironment r) { return false; }
                }
                """);
        assertEquals("", compiler.compile(submission, temp.resolve("classes")).message());
        assertEquals(null, System.getProperty("mpgrade.evil"));
    }
}
