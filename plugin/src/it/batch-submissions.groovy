// Makes a folder of submissions for the batch integration tests, each as a student would hand it in:
// the reference solution's sources with an overlay of the corpus format laid over them (a file of
// the overlay replaces the reference's at the same path, or adds to it). Overlays come from the
// assignment's corpus (grader-tests/src/test/resources/corpus/<name>) or from a test's own folder.
// Evaluating this file gives the closure; returns the folder.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

def copyTree = { Path from, Path to ->
    Files.walk(from).withCloseable { paths ->
        paths.filter { Files.isRegularFile(it) }.toList().each { file ->
            Path target = to.resolve(from.relativize(file).toString())
            Files.createDirectories(target.parent)
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING)
        }
    }
}

return { File repositoryRoot, File into, List<File> overlays ->
    Path reference = repositoryRoot.toPath().resolve('reference/src/main/java')
    overlays.each { File overlay ->
        Path submission = into.toPath().resolve(overlay.name)
        copyTree(reference, submission.resolve('src/main/java'))
        if (Files.isDirectory(overlay.toPath().resolve('src'))) {
            copyTree(overlay.toPath().resolve('src'), submission.resolve('src'))
        }
        // What a student's copy of the project holds besides its sources: never used by the batch.
        Files.writeString(submission.resolve('pom.xml'), '<project>not a pom the batch reads</project>\n')
    }
    return into
}
