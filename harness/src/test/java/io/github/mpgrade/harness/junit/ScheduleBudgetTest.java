package io.github.mpgrade.harness.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mpgrade.harness.Budget;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** The checks' budget of schedules is a configuration parameter with one default. */
class ScheduleBudgetTest {
    @Test
    void withoutTheParameterTheChecksExploreTheDefaultNumberOfSchedules() {
        assertEquals(Budget.schedules(GradingConfiguration.DEFAULT_SCHEDULES),
                GradingConfiguration.budget(name -> Optional.empty()));
    }

    @Test
    void theParameterSetsHowManySchedules() {
        Map<String, String> parameters = Map.of(GradingConfiguration.SCHEDULES, " 200 ");
        assertEquals(Budget.schedules(200), GradingConfiguration.budget(name -> Optional.ofNullable(parameters.get(name))));
    }

    @Test
    void aCountThatIsNoWholeNumberOfAtLeastOneIsRefusedWithItsName() {
        for (String wrong : new String[] {"many", "0", "-3"}) {
            ExtensionConfigurationException refused = assertThrows(ExtensionConfigurationException.class,
                    () -> GradingConfiguration.budget(name -> Optional.of(wrong)));
            assertTrue(refused.getMessage().contains(GradingConfiguration.SCHEDULES) && refused.getMessage().contains(wrong),
                    refused.getMessage());
        }
    }
}
