package io.github.mpgrade.grading.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintsTest {
    @TempDir
    Path temp;

    @Test
    void theSameSourcesInAnotherFolderHaveTheSameFingerprint() {
        Submission alice = SubmissionFolders.write(temp.resolve("alice"), "lab/A.java", "class A {}");
        Submission bob = SubmissionFolders.write(temp.resolve("bob"), "lab/A.java", "class A {}");
        assertEquals(Fingerprints.submission(alice, "grader-1"), Fingerprints.submission(bob, "grader-1"));
    }

    @Test
    void anEditedRenamedOrAddedSourceChangesIt() {
        Submission original = SubmissionFolders.write(temp.resolve("a"), "lab/A.java", "class A {}");
        Submission edited = SubmissionFolders.write(temp.resolve("b"), "lab/A.java", "class A { }");
        Submission renamed = SubmissionFolders.write(temp.resolve("c"), "lab/B.java", "class A {}");
        Submission added = SubmissionFolders.write(temp.resolve("d"), "lab/A.java", "class A {}");
        SubmissionFolders.write(temp.resolve("d"), "lab/C.java", "class C {}");
        String fingerprint = Fingerprints.submission(original, "g");
        assertNotEquals(fingerprint, Fingerprints.submission(edited, "g"));
        assertNotEquals(fingerprint, Fingerprints.submission(renamed, "g"));
        assertNotEquals(fingerprint, Fingerprints.submission(added, "g"));
    }

    @Test
    void anotherGraderChangesIt() {
        Submission submission = SubmissionFolders.write(temp.resolve("a"), "lab/A.java", "class A {}");
        assertNotEquals(Fingerprints.submission(submission, "grader-1"), Fingerprints.submission(submission, "grader-2"));
    }

    @Test
    void whatIsNotCompiledDoesNotCountNorDoLinks() throws Exception {
        Submission plain = SubmissionFolders.write(temp.resolve("a"), "lab/A.java", "class A {}");
        Submission extras = SubmissionFolders.write(temp.resolve("b"), "lab/A.java", "class A {}");
        SubmissionFolders.write(temp.resolve("b"), "lab/notes.txt", "todo");
        Files.writeString(temp.resolve("b/pom.xml"), "<project/>");
        Files.createSymbolicLink(temp.resolve("b/src/main/java/lab/Secret.java"), temp.resolve("b/pom.xml"));
        assertEquals(Fingerprints.submission(plain, "g"), Fingerprints.submission(extras, "g"));
    }

    @Test
    void theGraderVersionFollowsItsFilesAndSettings() throws Exception {
        Path jar = Files.writeString(temp.resolve("checks.jar"), "v1");
        Path classes = Files.createDirectories(temp.resolve("classes"));
        Files.writeString(classes.resolve("Check.class"), "c1");
        String version = Fingerprints.grader(List.of(jar, classes), "seed=null");
        assertEquals(version, Fingerprints.grader(List.of(jar, classes), "seed=null"));
        assertNotEquals(version, Fingerprints.grader(List.of(jar, classes), "seed=7"));
        Files.writeString(classes.resolve("Check.class"), "c2");
        String changedClass = Fingerprints.grader(List.of(jar, classes), "seed=null");
        assertNotEquals(version, changedClass);
        Files.writeString(jar, "v2");
        assertNotEquals(changedClass, Fingerprints.grader(List.of(jar, classes), "seed=null"));
    }

    @Test
    void aMissingGraderFileIsNamed() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> Fingerprints.grader(List.of(temp.resolve("gone.jar")), ""));
        assertEquals("the grader's class path entry " + temp.resolve("gone.jar") + " does not exist", missing.getMessage());
    }
}
