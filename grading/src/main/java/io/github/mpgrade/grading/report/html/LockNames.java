package io.github.mpgrade.grading.report.html;

import io.github.mpgrade.grading.report.html.Timeline.LockInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names locks as the student would: by the variable the line that made them assigns
 * ({@code Lock imut = new Lock();}: {@code imut}), and for an array filled in a loop by the
 * element's number, in the order they were made ({@code forks[i] = new Lock();}: {@code fork 0},
 * {@code fork 1}, ...). A lock whose line says nothing clear keeps the log's name, {@code Lock-3}.
 * The line is read from the student's sources as text; nothing of it runs.
 */
final class LockNames {
    private static final Pattern ASSIGNED = Pattern.compile(
            "([A-Za-z_$][\\w$]*)\\s*(\\[[^\\]=]*\\])?\\s*=\\s*new\\s+(?:[\\w$]+\\.)*(?:Lock|RLock|Semaphore|BoundedSemaphore)\\s*\\(");

    private LockNames() {
    }

    /** A name for each lock of the timeline, in its order; no two alike. */
    static List<String> of(List<LockInfo> locks, SourceLines sources) {
        Map<String, List<Integer>> bySite = new LinkedHashMap<>();
        for (int i = 0; i < locks.size(); i++) {
            if (locks.get(i).site() != null) {
                bySite.computeIfAbsent(locks.get(i).site(), s -> new ArrayList<>()).add(i);
            }
        }
        List<String> names = new ArrayList<>(locks.stream().map(LockInfo::name).toList());
        bySite.forEach((site, made) -> sources.line(site).ifPresent(line -> {
            List<String> found = fromLine(line, made.size());
            for (int k = 0; k < found.size(); k++) {
                names.set(made.get(k), found.get(k));
            }
        }));
        return distinct(names, locks);
    }

    /** The names a source line gives to the {@code count} locks made at it, or none. */
    static List<String> fromLine(String line, int count) {
        List<Assignment> assignments = new ArrayList<>();
        Matcher m = ASSIGNED.matcher(line);
        while (m.find()) {
            assignments.add(new Assignment(m.group(1), m.group(2) != null));
        }
        if (assignments.size() == 1 && assignments.get(0).toElement()) {
            String element = singular(assignments.get(0).variable());
            List<String> names = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                names.add(element + " " + k);
            }
            return names;
        }
        if (assignments.size() == count && assignments.stream().noneMatch(Assignment::toElement)) {
            return assignments.stream().map(Assignment::variable).toList();
        }
        return List.of();
    }

    /** {@code imut = new Lock(}, or {@code forks[i] = new Lock(} (to an element). */
    private record Assignment(String variable, boolean toElement) {
    }

    private static String singular(String arrayName) {
        return arrayName.length() > 1 && arrayName.endsWith("s") ? arrayName.substring(0, arrayName.length() - 1)
                : arrayName;
    }

    /** Two locks that got one name (two methods each with a {@code lock}) keep their log names beside it. */
    private static List<String> distinct(List<String> names, List<LockInfo> locks) {
        Map<String, Integer> counts = new HashMap<>();
        names.forEach(n -> counts.merge(n, 1, Integer::sum));
        List<String> distinct = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            distinct.add(counts.get(name) > 1 && !name.equals(locks.get(i).name())
                    ? name + " (" + locks.get(i).name() + ")" : name);
        }
        return distinct;
    }

    /** The text of the line a site names, if the sources have it. */
    interface SourceLines {
        Optional<String> line(String site);
    }
}
