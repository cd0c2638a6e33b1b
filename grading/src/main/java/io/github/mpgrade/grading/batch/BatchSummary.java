package io.github.mpgrade.grading.batch;

import io.github.mpgrade.grading.Scores;
import io.github.mpgrade.grading.sandbox.Protection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an instructor reads first after a batch ({@code OUT/summary.md}, and the console): how
 * the scores spread, which checks most submissions failed, and which submissions need a look.
 * It depends only on the records, so a merged batch has the same summary as one run.
 */
public final class BatchSummary {
    public static final String FILE_NAME = "summary.md";
    /** How many of the most-failed checks are listed. */
    static final int FAILED_CHECKS_SHOWN = 10;
    private static final int BAR_WIDTH = 30;

    private BatchSummary() {
    }

    /**
     * The summary as Markdown.
     *
     * @param protections the sandbox's protections every submission was graded with; none without a sandbox
     */
    public static String markdown(List<SubmissionRecord> records, Set<Protection> protections) {
        List<SubmissionRecord> sorted = Gradebook.sorted(records);
        StringBuilder md = new StringBuilder("# Batch grading summary\n\n").append(inForce(protections)).append("\n\n");
        if (sorted.isEmpty()) {
            return md.append("No submissions were graded.\n").toString();
        }
        md.append(counts(sorted)).append("\n\n").append(statistics(sorted)).append("\n\n");
        distribution(md, sorted);
        mostFailed(md, sorted);
        needALook(md, sorted);
        return md.toString();
    }

    /** What held each submission in: the sandbox, or only the grading's own limits. */
    static String inForce(Set<Protection> protections) {
        if (protections.isEmpty()) {
            return "No sandbox: each submission ran with the grading's limits on time, heap and processes only;"
                    + " it could use the network and read and write the files of the user who graded"
                    + " (docs/batch-grading.md, Sandbox).";
        }
        return "Sandbox (bubblewrap): each submission ran with " + protections.stream().sorted()
                .map(Protection::description).collect(Collectors.joining("; ")) + ".";
    }

    static String counts(List<SubmissionRecord> records) {
        Map<SubmissionRecord.Outcome, Long> byOutcome = new EnumMap<>(SubmissionRecord.Outcome.class);
        records.forEach(r -> byOutcome.merge(r.outcome(), 1L, Long::sum));
        String details = byOutcome.entrySet().stream()
                .map(e -> e.getValue() + " " + describe(e.getKey()))
                .collect(Collectors.joining(", "));
        return records.size() + (records.size() == 1 ? " submission: " : " submissions: ") + details + ".";
    }

    static String statistics(List<SubmissionRecord> records) {
        List<Double> percents = records.stream().map(SubmissionRecord::percent).sorted().toList();
        double mean = percents.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        int n = percents.size();
        double median = n % 2 == 1 ? percents.get(n / 2) : (percents.get(n / 2 - 1) + percents.get(n / 2)) / 2;
        return "Mean " + Scores.format(mean) + " %, median " + Scores.format(median) + " %, lowest "
                + Scores.format(percents.get(0)) + " %, highest " + Scores.format(percents.get(n - 1)) + " %.";
    }

    /** Eleven bands: 100 %, then 90–99 % down to 0–9 %. */
    private static void distribution(StringBuilder md, List<SubmissionRecord> records) {
        int[] bands = bands(records);
        int most = java.util.Arrays.stream(bands).max().orElse(1);
        md.append("## Score distribution\n\n| score | submissions | |\n| --- | ---: | --- |\n");
        for (int band = 10; band >= 0; band--) {
            String label = bandLabel(band);
            int width = bands[band] == 0 ? 0 : Math.max(1, bands[band] * BAR_WIDTH / most);
            md.append("| ").append(label).append(" | ").append(bands[band]).append(" | ")
                    .append("█".repeat(width)).append(" |\n");
        }
        md.append('\n');
    }

    /** How many submissions scored in each band: index 10 is 100 %, 9 is 90–99 %, ..., 0 is 0–9 %. */
    static int[] bands(List<SubmissionRecord> records) {
        int[] bands = new int[11];
        for (SubmissionRecord record : records) {
            bands[band(record.percent())]++;
        }
        return bands;
    }

    static String bandLabel(int band) {
        return band == 10 ? "100 %" : band * 10 + "–" + (band * 10 + 9) + " %";
    }

    static int band(double percent) {
        // Scores are rounded to two decimals: 99.996 % is not full marks.
        return percent >= 100 ? 10 : (int) Math.max(0, Math.min(9, Math.floor(percent / 10)));
    }

    /**
     * Counted over the submissions whose checks ran: one that did not compile fails every check,
     * which says nothing about the checks.
     */
    private static void mostFailed(StringBuilder md, List<SubmissionRecord> all) {
        List<SubmissionRecord> records = checksRan(all);
        List<Map.Entry<String, Long>> failures = mostFailedChecks(all);
        md.append("## Most-failed checks\n\n");
        if (records.isEmpty()) {
            md.append("No submission's checks ran.\n\n");
            return;
        }
        if (failures.isEmpty()) {
            md.append("Every submission whose checks ran passed every check.\n\n");
            return;
        }
        md.append("| check | failed by |\n| --- | ---: |\n");
        failures.forEach(e -> md.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" of ")
                .append(records.size()).append(" (")
                .append(Math.round(100.0 * e.getValue() / records.size())).append(" %) |\n"));
        md.append('\n');
    }

    /** The submissions whose checks ran: one that did not compile fails every check, which says nothing about them. */
    static List<SubmissionRecord> checksRan(List<SubmissionRecord> all) {
        return all.stream().filter(r -> r.outcome() != SubmissionRecord.Outcome.DOES_NOT_COMPILE
                && r.outcome() != SubmissionRecord.Outcome.NOT_GRADED).toList();
    }

    /** The checks failed most often by the submissions whose checks ran, with how many failed each; most first. */
    static List<Map.Entry<String, Long>> mostFailedChecks(List<SubmissionRecord> all) {
        Map<String, Long> failures = checksRan(all).stream().flatMap(r -> r.failedChecks().stream())
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        return failures.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(FAILED_CHECKS_SHOWN)
                .toList();
    }

    private static void needALook(StringBuilder md, List<SubmissionRecord> records) {
        List<SubmissionRecord> unusual = records.stream()
                .filter(r -> r.outcome() != SubmissionRecord.Outcome.GRADED)
                .sorted(Comparator.comparing(SubmissionRecord::submission))
                .toList();
        if (unusual.isEmpty()) {
            return;
        }
        md.append("## Submissions whose grading did not run to the end\n\n| submission | what happened |\n| --- | --- |\n");
        for (SubmissionRecord record : unusual) {
            md.append("| ").append(cell(record.submission())).append(" | ")
                    .append(cell(firstLine(record.message()))).append(" |\n");
        }
        md.append('\n');
    }

    static String describe(SubmissionRecord.Outcome outcome) {
        return switch (outcome) {
            case GRADED -> "graded";
            case DOES_NOT_COMPILE -> "did not compile";
            case TIMED_OUT -> "stopped at the time limit";
            case TOO_MANY_TASKS -> "stopped for too many processes or threads";
            case NOT_GRADED -> "could not be graded";
            case GRADER_KILLED -> "killed their grader";
        };
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** A table cell: a pipe would end it early. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
