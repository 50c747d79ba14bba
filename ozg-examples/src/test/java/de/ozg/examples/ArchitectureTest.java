package de.ozg.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The examples show how an application embeds the library, so they use its public API only; the
 * benchmarks are the one exception, because they measure the internals themselves (the CSV scanner
 * against the table reader, for instance).
 */
class ArchitectureTest {

    private static final JavaClasses EXAMPLES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.ozg.examples");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("de.ozg.examples.(**)").should().beFreeOfCycles().check(EXAMPLES);
    }

    @Test
    void examplesUseThePublicApiOnly() {
        noClasses().that().resideOutsideOfPackage("de.ozg.examples.bench..")
                .should().dependOnClassesThat().resideInAPackage("de.ozg..internal..")
                .check(EXAMPLES);
    }

    @Test
    void examplesDoNotLeanOnGeneratedImplementations() {
        noClasses().should().dependOnClassesThat().haveSimpleNameStartingWith("Immutable")
                .check(EXAMPLES);
    }
}
