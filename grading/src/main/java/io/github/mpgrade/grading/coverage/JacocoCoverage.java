package io.github.mpgrade.grading.coverage;

import io.github.mpgrade.grading.Folders;
import io.github.mpgrade.grading.GradeReport.CoverageSummary;
import io.github.mpgrade.grading.GradeReport.MissedLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.IMethodCoverage;
import org.jacoco.core.runtime.WildcardMatcher;
import org.jacoco.core.tools.ExecFileLoader;
import org.jacoco.report.DirectorySourceFileLocator;
import org.jacoco.report.FileMultiReportOutput;
import org.jacoco.report.IReportVisitor;
import org.jacoco.report.MultiSourceFileLocator;
import org.jacoco.report.html.HTMLFormatter;

/**
 * Line coverage of a submission's classes by the child JVMs of a grading run, from the data
 * JaCoCo's agent wrote there: a summary, the methods with lines that never ran, and an HTML
 * report. The data file is written by processes that run student code, so it is read by
 * JaCoCo's own format reader (no Java deserialization), only up to a size bound, and a file
 * it cannot read makes the summary say so instead of failing the grading.
 */
public final class JacocoCoverage {
    /** Far more than the assignment's few classes can produce: a bigger file was not written by JaCoCo alone. */
    static final long MAX_DATA_BYTES = 16L * 1024 * 1024;

    private JacocoCoverage() {
    }

    /**
     * @param data        the agent's data file; may be missing when no child JVM ran
     * @param classes     the submission's compiled classes
     * @param sources     the submission's source folders, for the HTML report
     * @param htmlFolder  where to write the HTML report (emptied first)
     * @param includes    the classes measured, JaCoCo's {@code a.*:b.C} patterns
     */
    public static CoverageSummary analyze(Path data, Path classes, List<Path> sources, Path htmlFolder,
                                          String includes) {
        ExecFileLoader loader = new ExecFileLoader();
        String problem = null;
        try {
            if (!Files.exists(data)) {
                problem = "no program of yours ran under the coverage agent";
            } else if (Files.size(data) > MAX_DATA_BYTES) {
                problem = "the coverage data is larger than " + MAX_DATA_BYTES + " bytes and was not read";
            } else {
                loader.load(data.toFile());
            }
        } catch (IOException | RuntimeException e) {
            problem = "the coverage data could not be read (" + e.getMessage() + ")";
            loader = new ExecFileLoader();
        }
        CoverageBuilder builder = new CoverageBuilder();
        WildcardMatcher measured = new WildcardMatcher(includes);
        Analyzer analyzer = new Analyzer(loader.getExecutionDataStore(), coverage -> {
            if (measured.matches(coverage.getName().replace('/', '.'))) {
                builder.visitCoverage(coverage);
            }
        });
        try {
            analyzer.analyzeAll(classes.toFile());
        } catch (IOException e) {
            return new CoverageSummary(includes, 0, 0, List.of(), null, "the classes in " + classes
                    + " could not be analysed (" + e.getMessage() + ")");
        }
        IBundleCoverage bundle = builder.getBundle("submission");
        Path index = null;
        try {
            writeHtml(loader, bundle, sources, htmlFolder);
            index = htmlFolder.resolve("index.html");
        } catch (IOException e) {
            problem = (problem == null ? "" : problem + "; ") + "the HTML report could not be written to " + htmlFolder
                    + " (" + e.getMessage() + ")";
        }
        LineTally tally = tally(builder);
        return new CoverageSummary(includes, tally.covered, tally.total, tally.missed, index, problem);
    }

    /** Lines covered, lines with code and the methods' lines that never ran. */
    private static final class LineTally {
        int covered;
        int total;
        final List<MissedLines> missed = new ArrayList<>();
    }

    /**
     * Counts the lines of the code students wrote: the compiler's implicit constructor of a
     * class that is never instantiated (a class of static methods) is left out, or a fully
     * solved exercise would show lines that "never ran" on its class declaration.
     */
    private static LineTally tally(CoverageBuilder builder) {
        LineTally tally = new LineTally();
        builder.getClasses().stream().sorted(Comparator.comparing(IClassCoverage::getName)).forEach(type -> {
            // A line may belong to several methods (a lambda on its method's line): it ran if any ran it.
            Map<Integer, Boolean> ran = new TreeMap<>();
            for (IMethodCoverage method : type.getMethods()) {
                if (isImplicitConstructor(type, method)) {
                    continue;
                }
                List<Integer> never = new ArrayList<>();
                for (int line = method.getFirstLine(); line <= method.getLastLine() && line > 0; line++) {
                    int status = method.getLine(line).getStatus();
                    if (status != ICounter.EMPTY) {
                        ran.merge(line, status != ICounter.NOT_COVERED, Boolean::logicalOr);
                    }
                    if (status == ICounter.NOT_COVERED) {
                        never.add(line);
                    }
                }
                if (!never.isEmpty()) {
                    tally.missed.add(new MissedLines(type.getName().replace('/', '.'), displayName(method), never));
                }
            }
            tally.total += ran.size();
            tally.covered += (int) ran.values().stream().filter(Boolean::booleanValue).count();
        });
        return tally;
    }

    private static boolean isImplicitConstructor(IClassCoverage type, IMethodCoverage method) {
        return method.getName().equals("<init>") && method.getDesc().equals("()V")
                && method.getFirstLine() == method.getLastLine() && method.getFirstLine() == type.getFirstLine();
    }

    /** {@code run}, {@code <init>} as {@code constructor}, a lambda as {@code lambda in main}. */
    private static String displayName(IMethodCoverage method) {
        String name = method.getName();
        if (name.equals("<init>")) {
            return "constructor";
        }
        if (name.equals("<clinit>")) {
            return "static initializer";
        }
        if (name.startsWith("lambda$")) {
            String[] parts = name.split("\\$");
            return parts.length > 1 ? "lambda in " + parts[1] : name;
        }
        return name;
    }

    private static void writeHtml(ExecFileLoader loader, IBundleCoverage bundle, List<Path> sources, Path folder)
            throws IOException {
        Folders.recreate(folder);
        HTMLFormatter html = new HTMLFormatter();
        html.setLocale(Locale.ROOT);
        IReportVisitor visitor = html.createVisitor(new FileMultiReportOutput(folder.toFile()));
        visitor.visitInfo(loader.getSessionInfoStore().getInfos(), loader.getExecutionDataStore().getContents());
        MultiSourceFileLocator locator = new MultiSourceFileLocator(4);
        for (Path source : sources) {
            if (Files.isDirectory(source)) {
                locator.add(new DirectorySourceFileLocator(source.toFile(), "UTF-8", 4));
            }
        }
        visitor.visitBundle(bundle, locator);
        visitor.visitEnd();
    }
}
