package io.github.mpgrade.grading.report;

import io.github.mpgrade.grading.GradeReport;
import io.github.mpgrade.grading.Scores;
import java.util.List;

/**
 * The points as GitHub Classroom reads them: notice annotations on the autograding job, made by
 * workflow commands on stdout, as its grading reporter writes them: {@code Points X/Y} titled
 * "Autograding complete", and {@code {"totalPoints":X,"maxPoints":Y}} titled "Autograding report".
 */
public final class GitHubClassroom {
    private GitHubClassroom() {
    }

    /** The workflow commands, each to be printed as a line of its own at the start of stdout's line. */
    public static List<String> notices(GradeReport report) {
        String total = Scores.format(report.score());
        String max = Scores.format(report.maxScore());
        return List.of(
                "::notice title=Autograding complete::" + data("Points " + total + "/" + max),
                "::notice title=Autograding report::" + data("{\"totalPoints\":" + total + ",\"maxPoints\":" + max + "}"));
    }

    /** A workflow command's message, escaped as the Actions toolkit does. */
    static String data(String message) {
        return message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }
}
