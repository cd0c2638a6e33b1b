package io.github.mpgrade.grading.template;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The student's sources, generated from the reference's: Java files with their solution regions
 * stubbed, every other file copied as is. Paths are relative to the source root, with {@code /}.
 */
public final class StudentTemplate {
    private final SortedMap<String, byte[]> files;

    private StudentTemplate(SortedMap<String, byte[]> files) {
        this.files = files;
    }

    /**
     * Generates the template of every file under {@code referenceSources} (Java sources are read as UTF-8).
     *
     * @throws TemplateException when a solution region cannot be stubbed; each problem names its file and line
     */
    public static StudentTemplate generate(Path referenceSources) throws IOException, TemplateException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        Map<String, String> javaSources = new LinkedHashMap<>();
        Map<String, String> relativeOf = new LinkedHashMap<>();
        for (String relative : filesUnder(referenceSources)) {
            Path path = referenceSources.resolve(relative);
            if (relative.endsWith(".java")) {
                javaSources.put(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
                relativeOf.put(path.toString(), relative);
            } else {
                files.put(relative, Files.readAllBytes(path));
            }
        }
        TemplateGenerator.generate(javaSources).forEach((file, template) ->
                files.put(relativeOf.get(file), template.getBytes(StandardCharsets.UTF_8)));
        return new StudentTemplate(files);
    }

    /** The generated files by relative path. */
    public SortedMap<String, byte[]> files() {
        return Collections.unmodifiableSortedMap(files);
    }

    /**
     * How the files under {@code templateSources} differ from this template, one line per file:
     * missing, not generated, or the first line that differs. Empty when they match; line ends
     * ({@code \r\n} or {@code \n}) do not count.
     */
    public List<String> driftFrom(Path templateSources) throws IOException {
        List<String> drift = new ArrayList<>();
        TreeSet<String> committed = new TreeSet<>(filesUnder(templateSources));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path path = templateSources.resolve(file.getKey());
            if (!committed.contains(file.getKey())) {
                drift.add(path + ": missing: the reference generates it");
                continue;
            }
            List<String> expected = lines(file.getValue());
            List<String> found = lines(Files.readAllBytes(path));
            int line = 0;
            while (line < expected.size() && line < found.size() && expected.get(line).equals(found.get(line))) {
                line++;
            }
            if (line < expected.size() || line < found.size()) {
                drift.add(path + ":" + (line + 1) + ": differs from what the reference generates: expected "
                        + quoted(expected, line) + ", found " + quoted(found, line));
            }
        }
        committed.removeAll(files.keySet());
        committed.forEach(relative -> drift.add(templateSources.resolve(relative)
                + ": not generated from the reference"));
        return drift;
    }

    /**
     * Makes {@code templateSources} hold exactly this template: writes the files that differ, removes the
     * files the reference no longer generates and the folders they leave empty.
     *
     * @return what changed, one line per file ("wrote …", "removed …"); empty when nothing did
     */
    public List<String> writeTo(Path templateSources) throws IOException {
        List<String> changes = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path path = templateSources.resolve(file.getKey());
            if (!Files.exists(path) || !lines(Files.readAllBytes(path)).equals(lines(file.getValue()))) {
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
                changes.add("wrote " + path);
            }
        }
        for (String relative : filesUnder(templateSources)) {
            if (!files.containsKey(relative)) {
                Path path = templateSources.resolve(relative);
                Files.delete(path);
                changes.add("removed " + path);
                for (Path folder = path.getParent(); !folder.equals(templateSources) && isEmptyFolder(folder);
                     folder = folder.getParent()) {
                    Files.delete(folder);
                }
            }
        }
        return changes;
    }

    /**
     * The compile errors of the template's Java sources against {@code classpath} (the student project's
     * dependencies, never the reference's own classes), each as {@code file:line: message} followed by the
     * line of code. Warnings do not count.
     */
    public List<String> compileErrors(List<Path> classpath, String release) throws IOException {
        Map<String, String> javaSources = new LinkedHashMap<>();
        files.forEach((relative, content) -> {
            if (relative.endsWith(".java")) {
                javaSources.put(relative, new String(content, StandardCharsets.UTF_8));
            }
        });
        return TemplateCompiler.errors(javaSources, classpath, release);
    }

    private static List<String> filesUnder(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> root.relativize(path).toString().replace(File.separatorChar, '/'))
                    .sorted()
                    .toList();
        }
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static List<String> lines(byte[] content) {
        return lines(new String(content, StandardCharsets.UTF_8));
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\r?\n", -1));
    }

    private static String quoted(List<String> lines, int index) {
        return index < lines.size() ? "\"" + lines.get(index).strip() + "\"" : "the end of the file";
    }
}
