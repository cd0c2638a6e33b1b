package io.github.mpgrade.grading.template;

import java.net.URI;
import java.nio.file.Path;
import javax.tools.SimpleJavaFileObject;

/** A Java source held in memory, named for javac's diagnostics by the path it has (or will have) on disk. */
final class SourceText extends SimpleJavaFileObject {
    private final String name;
    private final String text;

    SourceText(String name, String text) {
        super(uri(name), Kind.SOURCE);
        this.name = name;
        this.text = text;
    }

    private static URI uri(String name) {
        // The URI ends with the file name, so javac checks that a public class sits in a file named after it.
        return Path.of(name).toAbsolutePath().toUri();
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
    }
}
