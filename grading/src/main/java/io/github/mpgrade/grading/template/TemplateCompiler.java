package io.github.mpgrade.grading.template;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Compiles template sources in memory, to prove that every stub compiles before a student meets it. */
final class TemplateCompiler {
    private TemplateCompiler() {
    }

    /**
     * The compile errors of {@code sources} (file name to text) against {@code classpath}, each as
     * {@code file:line: message} and the line of code. Warnings do not count.
     */
    static List<String> errors(Map<String, String> sources, List<Path> classpath, String release)
            throws IOException {
        if (sources.isEmpty()) {
            return List.of();
        }
        List<SourceText> files = sources.entrySet().stream()
                .map(source -> new SourceText(source.getKey(), source.getValue()))
                .toList();
        List<String> options = List.of("--release", release, "-proc:none", "-implicit:none");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaCompiler javac = javac();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
            // Set even when empty: javac would otherwise search this JVM's own class path.
            fileManager.setLocationFromPaths(StandardLocation.CLASS_PATH, classpath);
            // analyze() attributes and flow-checks (unreachable code, missing returns) without writing classes.
            ((JavacTask) javac.getTask(null, fileManager, diagnostics, options, null, files)).analyze();
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(describe(diagnostic, sources));
            }
        }
        return errors;
    }

    static JavaCompiler javac() {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler in " + System.getProperty("java.home")
                    + ": the student template is made on a JDK, not a JRE");
        }
        return javac;
    }

    private static String describe(Diagnostic<? extends JavaFileObject> diagnostic, Map<String, String> sources) {
        String message = diagnostic.getMessage(Locale.ROOT);
        if (diagnostic.getSource() == null) {
            return message;
        }
        String file = diagnostic.getSource().getName();
        int line = (int) diagnostic.getLineNumber();
        String code = sources.get(file).split("\r?\n", -1)[line - 1].strip();
        return file + ":" + line + ": " + message + System.lineSeparator() + "    " + code;
    }
}
