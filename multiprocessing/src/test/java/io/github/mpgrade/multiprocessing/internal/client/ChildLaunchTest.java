package io.github.mpgrade.multiprocessing.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mpgrade.multiprocessing.internal.wire.ChildLaunch;
import org.junit.jupiter.api.Test;

/** The coordinator names the child JVM's main class without linking to it: the name must be right. */
class ChildLaunchTest {
    @Test
    void theMainClassTheCoordinatorLaunchesIsChildMain() {
        assertEquals(ChildMain.class.getName(), ChildLaunch.MAIN_CLASS);
    }
}
