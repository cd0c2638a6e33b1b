package io.github.mpgrade.grading.report.html;

import io.github.mpgrade.grading.report.html.Timeline.Lane;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Names tasks as the student knows them: by what every line a task printed begins with, up to
 * its number if it has one ({@code phil 2 is eating}, {@code phil 2 is thinking}: {@code phil 2}),
 * so a lane reads as the program's own output does.
 */
final class LaneNames {
    /** More words than this are a sentence, not a name. */
    private static final int MAX_WORDS = 3;

    private LaneNames() {
    }

    /**
     * The words every line begins with, up to its number if it has one, when the words are fewer
     * than every line has. A single line names its task only up to a number inside it
     * ({@code phil 2 is hungry}: {@code phil 2}; {@code ping 10} names nothing).
     */
    static Optional<String> printedName(List<String> lines) {
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        if (lines.size() == 1) {
            String[] words = lines.get(0).strip().split("\\s+");
            for (int i = 1; i < words.length - 1; i++) {
                if (isNumber(words[i])) {
                    return Optional.of(String.join(" ", Arrays.copyOf(words, i + 1)));
                }
            }
            return Optional.empty();
        }
        List<String[]> words = lines.stream().map(line -> line.strip().split("\\s+")).toList();
        int common = 0;
        while (common < MAX_WORDS && allHaveWordAt(words, common)) {
            common++;
        }
        int shortest = words.stream().mapToInt(w -> w.length).min().orElse(0);
        if (common == 0 || common >= shortest) {
            return Optional.empty();
        }
        String[] prefix = Arrays.copyOf(words.get(0), common);
        // "phil 2 is eating", "phil 2 is thinking": the name ends at its number.
        for (int i = prefix.length - 1; i > 0; i--) {
            if (isNumber(prefix[i])) {
                return Optional.of(String.join(" ", Arrays.copyOf(prefix, i + 1)));
            }
        }
        return Optional.of(String.join(" ", prefix));
    }

    private static boolean isNumber(String word) {
        return !word.isEmpty() && word.chars().allMatch(Character::isDigit);
    }

    private static boolean allHaveWordAt(List<String[]> words, int i) {
        String first = words.get(0).length > i ? words.get(0)[i] : null;
        return first != null && !first.isEmpty()
                && words.stream().allMatch(w -> w.length > i && w[i].equals(first));
    }

    /** The lanes, without a printed name that two of them share: it would tell them apart no more. */
    static List<Lane> unique(List<Lane> lanes) {
        Map<String, Long> counts = lanes.stream().map(Lane::printedName).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return lanes.stream().map(lane -> lane.printedName() != null && counts.get(lane.printedName()) > 1
                ? new Lane(lane.process(), lane.thread(), null) : lane).toList();
    }
}
