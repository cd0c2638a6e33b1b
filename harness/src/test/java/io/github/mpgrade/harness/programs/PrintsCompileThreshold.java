package io.github.mpgrade.harness.programs;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/** Prints how soon its JVM compiles a method: the scaling of the JIT's thresholds. */
public final class PrintsCompileThreshold {
    private PrintsCompileThreshold() {
    }

    public static void main(String[] args) {
        HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        System.out.println("scaling " + hotSpot.getVMOption("CompileThresholdScaling").getValue());
    }
}
