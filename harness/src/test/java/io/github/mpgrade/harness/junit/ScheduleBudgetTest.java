package io.github.mpgrade.harness.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.harness.Budget;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** The checks' budget of schedules is a configuration parameter with one default, bounded in time by the class's points where the grading has a time limit. */
class ScheduleBudgetTest {
    @Test
    void withoutTheParameterEachPropertyIsExploredOverTwoHundredSchedules() {
        assertEquals(Budget.schedules(200), GradingConfiguration.budget(name -> Optional.empty(), 10));
    }

    @Test
    void theParameterSetsHowManySchedules() {
        Map<String, String> parameters = Map.of(GradingConfiguration.SCHEDULES, " 30 ");
        assertEquals(Budget.schedules(30), GradingConfiguration.budget(name -> Optional.ofNullable(parameters.get(name)), 10));
    }

    @Test
    void underATimeLimitAClassExploresForAThirdOfTheTimeItsPointsEarnIt() {
        Map<String, String> parameters = new java.util.HashMap<>(GradingConfiguration.timePerPoint(Duration.ofMillis(900)));
        parameters.put(GradingConfiguration.SCHEDULES, "200");
        assertEquals(Budget.schedules(200).within(Duration.ofSeconds(12)),
                GradingConfiguration.budget(name -> Optional.ofNullable(parameters.get(name)), 40),
                "40 points at 0.9 s a point: 36 s, a third of it to explore");
    }

    @Test
    void aCountThatIsNoWholeNumberOfAtLeastOneIsRefusedWithItsName() {
        for (String wrong : new String[] {"many", "0", "-3"}) {
            ExtensionConfigurationException refused = assertThrows(ExtensionConfigurationException.class,
                    () -> GradingConfiguration.budget(name -> Optional.of(wrong), 10));
            assertTrue(refused.getMessage().contains(GradingConfiguration.SCHEDULES) && refused.getMessage().contains(wrong),
                    refused.getMessage());
        }
    }
}
