package io.github.mpgrade.assignment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The assignment's checks are written as any instructor's would be: on the runtime's public APIs only. */
class RuntimeApiOnlyTest {
    @Test
    void theChecksUseNoneOfTheRuntimesInternals() {
        noClasses().should().dependOnClassesThat().resideInAPackage("io.github.mpgrade.multiprocessing.internal..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.github.mpgrade.assignment"));
    }
}
