package io.github.mpgrade.grading.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the solution regions of one source file. A marker is a line of its own, nbgrader style:
 * <pre>
 * // BEGIN SOLUTION
 * // BEGIN SOLUTION stub=comment
 * // BEGIN SOLUTION: take both forks, eat, put both forks back
 * // BEGIN SOLUTION stub=throw: start both processes and join them
 * // END SOLUTION
 * </pre>
 * Options come before the colon, the task for the student after it.
 */
final class SolutionMarkers {
    private static final Pattern BEGIN = Pattern.compile("^(\\s*)//\\s*BEGIN SOLUTION(?![\\w-])(.*)$");
    private static final Pattern END = Pattern.compile("^\\s*//\\s*END SOLUTION(?![\\w-])(.*)$");
    private static final Pattern OPTION = Pattern.compile("([\\w-]+)=(\\S*)");

    private SolutionMarkers() {
    }

    /**
     * The regions of {@code lines}, or none when a problem was found; each problem is added to
     * {@code problems} as {@code file:line: what is wrong}.
     */
    static List<SolutionRegion> find(String file, List<String> lines, List<String> problems) {
        int problemsBefore = problems.size();
        List<SolutionRegion> regions = new ArrayList<>();
        int openLine = 0;
        String indentation = "";
        Optional<StubStyle> style = Optional.empty();
        Optional<String> task = Optional.empty();
        for (int index = 0; index < lines.size(); index++) {
            int lineNumber = index + 1;
            String line = lines.get(index);
            Matcher begin = BEGIN.matcher(line);
            Matcher end = END.matcher(line);
            String at = file + ":" + lineNumber + ": ";
            if (begin.matches()) {
                if (openLine != 0) {
                    problems.add(at + "BEGIN SOLUTION inside the region opened at line " + openLine
                            + ": regions do not nest");
                    continue;
                }
                openLine = lineNumber;
                indentation = begin.group(1);
                String rest = begin.group(2).strip();
                int colon = rest.indexOf(':');
                String options = colon < 0 ? rest : rest.substring(0, colon).strip();
                String text = colon < 0 ? "" : rest.substring(colon + 1).strip();
                task = text.isEmpty() ? Optional.empty() : Optional.of(text);
                style = stubStyle(options, at, problems);
            } else if (end.matches()) {
                if (openLine == 0) {
                    problems.add(at + "END SOLUTION without a BEGIN SOLUTION before it");
                    continue;
                }
                if (!end.group(1).isBlank()) {
                    problems.add(at + "END SOLUTION takes no options or text, found \"" + end.group(1).strip() + "\"");
                }
                regions.add(new SolutionRegion(openLine, lineNumber, indentation, style, task));
                openLine = 0;
            } else if (mentionsMarker(line)) {
                // A marker the generator does not recognise would leave its solution in the template.
                problems.add(at + "this line mentions a solution marker but is not one: a marker is a line of its own,"
                        + " \"// BEGIN SOLUTION\" or \"// END SOLUTION\"");
            }
        }
        if (openLine != 0) {
            problems.add(file + ":" + openLine + ": BEGIN SOLUTION has no END SOLUTION");
        }
        return problems.size() == problemsBefore ? regions : List.of();
    }

    private static Optional<StubStyle> stubStyle(String options, String at, List<String> problems) {
        Optional<StubStyle> style = Optional.empty();
        for (String option : options.isEmpty() ? new String[0] : options.split("\\s+")) {
            Matcher keyValue = OPTION.matcher(option);
            if (!keyValue.matches() || !keyValue.group(1).equals("stub")) {
                problems.add(at + "unknown marker option \"" + option + "\": the only option is stub=throw or"
                        + " stub=comment, and the task for the student goes after a colon");
                continue;
            }
            style = StubStyle.ofOption(keyValue.group(2));
            if (style.isEmpty()) {
                problems.add(at + "stub=" + keyValue.group(2) + " is not a stub style: use stub=throw or stub=comment");
            }
        }
        return style;
    }

    private static boolean mentionsMarker(String line) {
        String upper = line.toUpperCase(Locale.ROOT);
        return upper.contains("BEGIN SOLUTION") || upper.contains("END SOLUTION");
    }
}
