package io.github.mpgrade.grading.template;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reference source tree becomes a template tree: released into the student project's sources, checked
 * against them for drift, and compiled to prove that every stub compiles.
 */
class TemplateTreeTest {
    private static final String PING = """
            package lab;

            public class Ping {
                public static void main(String[] args) {
                    // BEGIN SOLUTION
                    System.out.println("ping");
                    // END SOLUTION
                }
            }
            """;
    private static final String PING_TEMPLATE = """
            package lab;

            public class Ping {
                public static void main(String[] args) {
                    throw new UnsupportedOperationException("TODO: write Ping.main");
                }
            }
            """;
    private static final String PONG = """
            package lab;

            public class Pong {
            }
            """;

    @TempDir
    Path reference;
    @TempDir
    Path student;

    @BeforeEach
    void writeReference() throws IOException {
        write(reference.resolve("lab/Ping.java"), PING);
        write(reference.resolve("lab/Pong.java"), PONG);
        Files.createDirectories(reference.resolve("lab/data"));
        Files.write(reference.resolve("lab/data/seeds.bin"), new byte[] {0, (byte) 0xff, 13, 10});
    }

    @Test
    void javaSourcesAreStubbedAndEveryOtherFileIsCopiedByteForByte() throws Exception {
        StudentTemplate template = StudentTemplate.generate(reference);
        assertEquals(List.of("lab/Ping.java", "lab/Pong.java", "lab/data/seeds.bin"),
                List.copyOf(template.files().keySet()));
        assertEquals(PING_TEMPLATE, new String(template.files().get("lab/Ping.java"), StandardCharsets.UTF_8));
        assertEquals(PONG, new String(template.files().get("lab/Pong.java"), StandardCharsets.UTF_8));
        assertArrayEquals(new byte[] {0, (byte) 0xff, 13, 10}, template.files().get("lab/data/seeds.bin"));
    }

    @Test
    void problemsNameTheFileUnderTheReferenceFolder() throws IOException {
        write(reference.resolve("lab/Ping.java"), PING.replace("// END SOLUTION", ""));
        TemplateException problems = assertThrows(TemplateException.class, () -> StudentTemplate.generate(reference));
        assertEquals(List.of(reference.resolve("lab/Ping.java") + ":5: BEGIN SOLUTION has no END SOLUTION"),
                problems.problems());
    }

    @Test
    void releasingWritesTheTreeRemovesWhatTheReferenceNoLongerHasAndLeavesMatchingFilesAlone() throws Exception {
        write(student.resolve("lab/Pong.java"), PONG.replace("\n", "\r\n"));
        write(student.resolve("lab/old/Gone.java"), "class Gone {}");
        StudentTemplate template = StudentTemplate.generate(reference);

        assertEquals(List.of("wrote " + student.resolve("lab/Ping.java"),
                "wrote " + student.resolve("lab/data/seeds.bin"),
                "removed " + student.resolve("lab/old/Gone.java")), template.writeTo(student));
        assertEquals(PING_TEMPLATE, Files.readString(student.resolve("lab/Ping.java")));
        assertEquals(PONG.replace("\n", "\r\n"), Files.readString(student.resolve("lab/Pong.java")),
                "a file that differs only in its line ends is left as the checkout has it");
        assertFalse(Files.exists(student.resolve("lab/old")), "the folder the removed file leaves empty");
        assertEquals(List.of(), template.writeTo(student), "a second release changes nothing");
        assertEquals(List.of(), template.driftFrom(student));
    }

    @Test
    void driftNamesMissingFilesFilesTheReferenceDoesNotGenerateAndTheFirstLineThatDiffers() throws Exception {
        StudentTemplate template = StudentTemplate.generate(reference);
        template.writeTo(student);
        write(student.resolve("lab/Ping.java"), PING_TEMPLATE.replace("throw new", "System.exit(0); throw new"));
        Files.delete(student.resolve("lab/Pong.java"));
        write(student.resolve("lab/Extra.java"), "class Extra {}");

        assertEquals(List.of(
                student.resolve("lab/Ping.java") + ":5: differs from what the reference generates: expected"
                        + " \"throw new UnsupportedOperationException(\"TODO: write Ping.main\");\", found"
                        + " \"System.exit(0); throw new UnsupportedOperationException(\"TODO: write Ping.main\");\"",
                student.resolve("lab/Pong.java") + ": missing: the reference generates it",
                student.resolve("lab/Extra.java") + ": not generated from the reference"),
                template.driftFrom(student));
    }

    @Test
    void aTemplateFolderThatDoesNotExistMissesEveryFile() throws Exception {
        assertEquals(3, StudentTemplate.generate(reference).driftFrom(student.resolve("absent")).size());
    }

    @Test
    void compileErrorsNameTheTemplateFileAndLineAndShowTheCode() throws Exception {
        write(reference.resolve("lab/Pong.java"), """
                package lab;

                public class Pong {
                    public static void main(String[] args) {
                        int rounds;
                        // BEGIN SOLUTION
                        rounds = 5;
                        // END SOLUTION
                        System.out.println(rounds);
                    }
                }
                """);
        List<String> errors = StudentTemplate.generate(reference).compileErrors(List.of(), "17");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("lab/Pong.java:7: variable rounds might not have been initialized"),
                errors.get(0));
        assertTrue(errors.get(0).endsWith("    System.out.println(rounds);"), errors.get(0));
    }

    @Test
    void theTemplateCompilesAgainstTheClasspathGiven() throws Exception {
        write(reference.resolve("lab/Check.java"), """
                package lab;

                class Check {
                    org.junit.jupiter.api.function.Executable check;
                }
                """);
        StudentTemplate template = StudentTemplate.generate(reference);
        assertTrue(template.compileErrors(List.of(), "17").get(0).startsWith("lab/Check.java:4: package"
                + " org.junit.jupiter.api.function does not exist"));
        Path junit = Path.of(Executable.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertEquals(List.of(), template.compileErrors(List.of(junit), "17"));
    }

    private static void write(Path path, String text) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
