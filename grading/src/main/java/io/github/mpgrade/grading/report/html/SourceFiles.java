package io.github.mpgrade.grading.report.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The student's source lines a site names ({@code lab.pingpong.PingPong.main(PingPong.java:23)}), read as text. */
final class SourceFiles implements LockNames.SourceLines {
    /** Only a plain package, class and file name: a site can name no other file. */
    private static final Pattern SITE = Pattern.compile("((?:[A-Za-z_$][\\w$]*\\.)*)[A-Za-z_$][\\w$]*\\.[\\w$<>]+\\(([\\w$]+\\.java):(\\d+)\\)");
    private static final long MAX_FILE_BYTES = 1 << 20;

    private final List<Path> directories;
    private final Map<Path, List<String>> read = new HashMap<>();

    SourceFiles(List<Path> directories) {
        this.directories = List.copyOf(directories);
    }

    @Override
    public Optional<String> line(String site) {
        Matcher m = SITE.matcher(site);
        if (!m.matches()) {
            return Optional.empty();
        }
        String relative = m.group(1).replace('.', '/') + m.group(2);
        int number = Integer.parseInt(m.group(3));
        for (Path directory : directories) {
            List<String> lines = lines(directory.resolve(relative));
            if (number >= 1 && number <= lines.size()) {
                return Optional.of(lines.get(number - 1));
            }
        }
        return Optional.empty();
    }

    private List<String> lines(Path file) {
        return read.computeIfAbsent(file, f -> {
            try {
                return Files.isRegularFile(f) && Files.size(f) <= MAX_FILE_BYTES
                        ? Files.readAllLines(f, StandardCharsets.UTF_8) : List.of();
            } catch (IOException e) {
                return List.of(); // unreadable or not UTF-8: the lock keeps its log name
            }
        });
    }
}
