package io.github.mpgrade.multiprocessing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The runtime has two public surfaces and nothing else: the student API (this package) and the
 * instructors' API ({@code coordinator}). A public type anywhere else must be under
 * {@code internal}; a new public type in an API package fails here until it is listed on purpose.
 */
class ApiSurfaceTest {
    private static final String STUDENT_API = "io.github.mpgrade.multiprocessing";
    private static final String INSTRUCTOR_API = "io.github.mpgrade.multiprocessing.coordinator";
    private static final String INTERNAL = "io.github.mpgrade.multiprocessing.internal..";

    private static final JavaClasses RUNTIME = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(STUDENT_API);

    @Test
    void theStudentApiIsExactlyTheseTypes() {
        assertEquals(Set.of("Barrier", "BoundedSemaphore", "Condition", "Event", "Lock", "Process",
                "Process$Target", "ProcessStartException", "Queue", "RLock", "SemLock", "Semaphore", "Time", "Value",
                // the rest of Python's multiprocessing (RUNTIME-API.md)
                "Array", "Barrier$Action", "BrokenBarrierException", "Connection", "JoinableQueue", "Pipe", "Pool",
                "Pool$AsyncResult", "Pool$Mapper", "Pool$Task", "SemLock$Hold", "TimeoutException"),
                publicTypesOf(STUDENT_API));
    }

    @Test
    void theInstructorsApiIsExactlyTheLauncherTheSchedulerSpiTheTypedLogAndDeadlockReports() {
        assertEquals(Set.of(
                        "Coordinator", "Coordinator$RootConnection", "Options", "Console", "LaunchSpec", "JvmChoice", "ProgramRun",
                        "Scheduler", "Choice", "Choice$Operation", "SchedulerFailure",
                        "EventLog", "TraceEvent", "Task", "SyncObject", "ObjectKind", "Patience",
                        "DeadlockReport", "DeadlockReport$Wait", "LivelockReport", "LivelockReport$Loop"),
                withoutEventRecords(publicTypesOf(INSTRUCTOR_API)));
    }

    @Test
    void everyOtherPublicTypeIsInternal() {
        classes().that().arePublic().and().resideOutsideOfPackages(STUDENT_API, INSTRUCTOR_API)
                .should().resideInAPackage(INTERNAL)
                .check(RUNTIME);
    }

    @Test
    void theCoordinatorNeverReachesIntoTheChildSide() {
        noClasses().that().resideInAPackage(INSTRUCTOR_API)
                .should().dependOnClassesThat().resideInAnyPackage(STUDENT_API, "..internal.client..")
                .check(RUNTIME);
    }

    @Test
    void theWireProtocolStandsAlone() {
        noClasses().that().resideInAPackage("..internal.wire..")
                .should().dependOnClassesThat().resideInAnyPackage(STUDENT_API, INSTRUCTOR_API, "..internal.client..")
                .check(RUNTIME);
    }

    private static Set<String> publicTypesOf(String packageName) {
        Set<String> names = new TreeSet<>();
        for (JavaClass type : RUNTIME) {
            if (type.getPackageName().equals(packageName) && isVisibleOutside(type)) {
                names.add(type.getName().substring(packageName.length() + 1));
            }
        }
        return names;
    }

    /** Public, and so is every type it is nested in (an interface's members are public by default). */
    private static boolean isVisibleOutside(JavaClass type) {
        for (JavaClass t = type; t != null; t = t.getEnclosingClass().orElse(null)) {
            if (!t.getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    /** {@code TraceEvent}'s records are the log's vocabulary, pinned by the sealed interface itself. */
    private static Set<String> withoutEventRecords(Set<String> names) {
        names.removeIf(name -> name.startsWith("TraceEvent$"));
        return names;
    }
}
