/**
 * Python's {@code multiprocessing} for Java, with two public surfaces: the student API
 * ({@code io.github.mpgrade.multiprocessing}) and the instructors' API of the coordinator
 * ({@code io.github.mpgrade.multiprocessing.coordinator}: the launcher, the scheduler SPI, the
 * typed event log, deadlock reports). The packages under {@code internal} are the runtime's own.
 * Student programs run on the class path, where this descriptor is not read: there
 * {@code ApiSurfaceTest} and the other modules' architecture tests keep the same rule.
 */
module io.github.mpgrade.multiprocessing {
    requires java.management;

    exports io.github.mpgrade.multiprocessing;
    exports io.github.mpgrade.multiprocessing.coordinator;
}
