package io.github.mpgrade.grading.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The batch's settings, as they decide whether an unchanged submission is graded again. */
class BatchOptionsTest {
    private static BatchOptions.Builder options() {
        return BatchOptions.builder(Path.of("submissions"), Path.of("grades"), List.of(Path.of("grader-tests.jar")),
                List.of(Path.of("multiprocessing.jar")));
    }

    @Test
    void exploringAnotherNumberOfSchedulesRegradesEverySubmission() {
        String byDefault = options().build().scoringSettings();

        assertEquals(byDefault, options().schedules(null).build().scoringSettings());
        assertNotEquals(byDefault, options().schedules(200).build().scoringSettings());
        assertNotEquals(options().schedules(100).build().scoringSettings(),
                options().schedules(200).build().scoringSettings());
    }
}
