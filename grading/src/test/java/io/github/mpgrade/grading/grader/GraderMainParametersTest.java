package io.github.mpgrade.grading.grader;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mpgrade.harness.junit.GradingConfiguration;
import java.io.File;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the grader JVM tells the checks, from the job it reads on its stdin. */
class GraderMainParametersTest {
    private static final List<String> CLASS_PATH = List.of("classes", "multiprocessing.jar");

    /** The job as the grader reads it: sent as JSON, the way the grading session writes it. */
    private static GraderJob sent(GraderJob job) throws Exception {
        ObjectMapper json = new ObjectMapper();
        return json.readValue(json.writeValueAsBytes(job), GraderJob.class);
    }

    @Test
    void theSchedulesAndRunsAtOnceAJobAsksForReachTheChecksWithItsSubmissionAndSeed() throws Exception {
        Map<String, String> parameters = GraderMain.parameters(sent(
                new GraderJob("io.github.mpgrade.assignment", CLASS_PATH, 17L, "results.json", 60_000, 200, 2)));
        assertAll(
                () -> assertEquals("200", parameters.get(GradingConfiguration.SCHEDULES)),
                () -> assertEquals("2", parameters.get(GradingConfiguration.RUNS_AT_ONCE)),
                () -> assertEquals("17", parameters.get(GradingConfiguration.SEED)),
                () -> assertEquals(String.join(File.pathSeparator, CLASS_PATH), parameters.get(GradingConfiguration.CLASS_PATH)));
    }

    @Test
    void aJobWithoutSchedulesOrRunsAtOnceLeavesTheHarnessItsDefaults() throws Exception {
        Map<String, String> parameters = GraderMain.parameters(sent(
                new GraderJob("io.github.mpgrade.assignment", CLASS_PATH, null, "results.json", 60_000, null, null)));
        assertAll(
                () -> assertFalse(parameters.containsKey(GradingConfiguration.SCHEDULES)),
                () -> assertFalse(parameters.containsKey(GradingConfiguration.RUNS_AT_ONCE)),
                () -> assertFalse(parameters.containsKey(GradingConfiguration.SEED)));
    }
}
