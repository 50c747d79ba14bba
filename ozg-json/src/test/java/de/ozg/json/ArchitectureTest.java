package de.ozg.json;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import de.ozg.core.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The layout of ozg-json, checked on its compiled main classes: no package cycles, internal packages
 * stay internal, and the parts of the naming rule (CONTRIBUTING.md) that a name alone shows.
 */
class ArchitectureTest {

    private static final JavaClasses JSON = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.ozg.json");

    /**
     * One slice per package, except that a package and its own {@code internal} subpackage are one
     * slice: the internal package is that package's implementation (it builds and throws the public
     * types it implements), not a separate layer. A cycle between any two other packages fails.
     */
    @Test
    void packagesAreFreeOfCycles() {
        slices().assignedFrom(ArchitectureRules.PACKAGE_WITH_ITS_INTERNALS).should().beFreeOfCycles().check(JSON);
    }

    @Test
    void internalIsUsedOnlyInsideJson() {
        classes().that().resideInAPackage("de.ozg.json..internal..")
                .should().onlyHaveDependentClassesThat().resideInAPackage("de.ozg.json..")
                .check(JSON);
    }

    /**
     * ozg-json reads its texts like ozg-core does, through the one resource-bundle helper, so that both
     * modules choose the language by the same rule (German for {@code de}, English otherwise, never
     * the JVM default). That helper is the one part of {@code de.ozg.core.internal} ozg-json may use.
     */
    @Test
    void coreInternalsStayInCoreExceptTheSharedMessages() {
        noClasses().should().dependOnClassesThat(describe("are in de.ozg.core.internal, other than Messages",
                        c -> c.getPackageName().startsWith("de.ozg.core.internal")
                                && !c.getName().equals("de.ozg.core.internal.Messages")))
                .check(JSON);
    }

    @Test
    void internalTypesArePublicOnlyWhereAnotherPackageOfTheModuleNeedsThem() {
        classes().that().resideInAPackage("..internal..").and().arePublic().and().areTopLevelClasses()
                .should(ArchitectureRules.beUsedFromAnotherPackageOf("de.ozg.json"))
                .check(JSON);
    }

    @Test
    void publicApiDoesNotExposeInternalTypes() {
        ArchitectureRules.publicApiDoesNotExposeInternalTypes().check(JSON);
    }

    @Test
    void publicMethodsUseEnglishVerbs() {
        ArchitectureRules.publicMethodsUseEnglishVerbs().check(JSON);
    }

    @Test
    void noOptionalBoolean() {
        ArchitectureRules.noOptionalBoolean().check(JSON);
    }

    @Test
    void factoriesFromTextAreNamedParse() {
        ArchitectureRules.factoriesFromTextAreNamedParseOrNormalize().check(JSON);
    }
}
