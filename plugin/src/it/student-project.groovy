// Makes a student project in an integration test's folder, in layers: the test's own files, over
// a solution's sources (a folder of this repository, or none), over the student template.
// Evaluating this file gives the closure; each test's setup.groovy calls it.
import java.nio.file.Files
import java.nio.file.Path

def fillIn = { Path from, Path to ->
    Files.walk(from).withCloseable { paths ->
        paths.filter { Files.isRegularFile(it) }.toList().each { file ->
            Path target = to.resolve(from.relativize(file).toString())
            if (!Files.exists(target)) {   // an upper layer's file stays
                Files.createDirectories(target.parent)
                Files.copy(file, target)
            }
        }
    }
}

return { File basedir, File repositoryRoot, String solution ->
    Path project = basedir.toPath()
    Path root = repositoryRoot.toPath()
    if (solution != null) {
        fillIn(root.resolve(solution), project.resolve('src/main/java'))
    }
    Path template = root.resolve('student-template')
    fillIn(template.resolve('src'), project.resolve('src'))
    if (!Files.exists(project.resolve('pom.xml'))) {
        Files.copy(template.resolve('pom.xml'), project.resolve('pom.xml'))
    }
    return true
}
