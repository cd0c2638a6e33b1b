package io.github.mpgrade.grading.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.mpgrade.grading.GradeReport;
import io.github.mpgrade.grading.GradeReport.ExerciseReport;
import io.github.mpgrade.grading.report.html.HtmlReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every report of one grading from its {@link GradeReport}, for {@code mvn grade} and for
 * each submission of a batch: {@code result.json}, {@code feedback.md} and {@code report.html} (a
 * picture of each failure) in the report folder,
 * and as the {@link ReportSet} asks, {@code gradescope/results.json} and {@code junit/TEST-*.xml}
 * there, Gradescope's own {@code results.json} and the GitHub job summary. Files a submission may
 * have put there before are overwritten.
 */
public final class Reports {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Reports() {
    }

    /** @return every file written, in the order written */
    public static List<Path> write(GradeReport report, Path folder, ReportSet set) throws IOException {
        List<Path> written = new ArrayList<>();
        Files.createDirectories(folder);
        written.add(writeString(folder.resolve("result.json"), JSON.writeValueAsString(ResultJson.of(report, folder)) + "\n"));
        String feedback = FeedbackMarkdown.of(report, folder)
                + set.compilerErrors().map(FeedbackMarkdown::compilerErrors).orElse("");
        written.add(writeString(folder.resolve("feedback.md"), feedback));
        written.add(writeString(folder.resolve(HtmlReport.FILE_NAME),
                HtmlReport.of(report, set.sourceDirectories(), Text::messageWithReplay)));
        if (set.projectBuild().isPresent()) {
            written.addAll(writeProjectBuildReports(report, folder, feedback, set.projectBuild().get(),
                    set.sourceDirectories()));
        }
        return written;
    }

    private static List<Path> writeProjectBuildReports(GradeReport report, Path folder, String feedback,
                                                       ReportEnvironment environment, List<Path> sourceDirectories)
            throws IOException {
        List<Path> written = new ArrayList<>();
        String gradescope = JSON.writeValueAsString(GradescopeResults.of(report, sourceDirectories)) + "\n";
        written.add(writeString(folder.resolve("gradescope").resolve("results.json"), gradescope));
        Path junit = folder.resolve("junit");
        Files.createDirectories(junit);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(junit, "TEST-*.xml")) {
            for (Path file : old) {
                Files.delete(file); // an exercise of an earlier grading must not linger on a dashboard
            }
        }
        for (ExerciseReport exercise : report.exercises()) {
            Path file = junit.resolve(JUnitXml.fileName(exercise));
            JUnitXml.write(exercise, file);
            written.add(file);
        }
        if (environment.gradescopeResultsFile().isPresent()) {
            written.add(writeString(environment.gradescopeResultsFile().get(), gradescope));
        }
        if (environment.githubStepSummary().isPresent()) {
            Path summary = environment.githubStepSummary().get();
            Files.writeString(summary, feedback + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            written.add(summary);
        }
        return written;
    }

    private static Path writeString(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
