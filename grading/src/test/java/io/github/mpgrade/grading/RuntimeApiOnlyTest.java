package io.github.mpgrade.grading;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The harness and the grading core are instructors' tools: they use the runtime's two APIs, never its internals. */
class RuntimeApiOnlyTest {
    private static final JavaClasses TOOLS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.mpgrade.harness", "io.github.mpgrade.grading");

    @Test
    void neitherTheHarnessNorTheGradingCoreUsesTheRuntimesInternals() {
        noClasses().should().dependOnClassesThat().resideInAPackage("io.github.mpgrade.multiprocessing.internal..")
                .check(TOOLS);
    }
}
