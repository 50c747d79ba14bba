package de.ozg.core;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import org.junit.jupiter.api.Test;

/**
 * The layout of ozg-core, checked on its compiled main classes: what may depend on what, what is
 * internal, and the parts of the naming rule (CONTRIBUTING.md) that a name alone shows.
 */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.ozg.core");

    /**
     * One slice per package, except that a package and its own {@code internal} subpackage are one
     * slice: the internal package is that package's implementation (it builds and throws the public
     * types it implements), not a separate layer. A cycle between any two other packages fails.
     */
    @Test
    void packagesAreFreeOfCycles() {
        slices().assignedFrom(ArchitectureRules.PACKAGE_WITH_ITS_INTERNALS).should().beFreeOfCycles().check(CORE);
    }

    @Test
    void coreDependsOnTheJdkAndBeanValidationOnly() {
        classes().should().onlyDependOnClassesThat(describe(
                        "are in java.., jakarta.validation.., de.ozg.core.. or are Immutables annotations not"
                                + " retained at run time",
                        ArchitectureTest::allowedForCore))
                .check(CORE);
    }

    private static boolean allowedForCore(JavaClass target) {
        String pkg = target.getPackageName();
        if (pkg.startsWith("java.") || pkg.startsWith("jakarta.validation") || pkg.startsWith("de.ozg.core")
                || target.isPrimitive() || (target.isArray() && allowedForCore(target.getBaseComponentType()))) {
            return true;
        }
        // Immutables is a compile-time dependency (scope provided): its annotations may stay in the
        // class files as long as no JVM needs them to load a class.
        if (!pkg.startsWith("org.immutables")) {
            return false;
        }
        // An enum such as Value.Style.ImplementationVisibility only appears as a member of its annotation.
        for (JavaClass c = target; c != null; c = c.getEnclosingClass().orElse(null)) {
            if (c.isAnnotation()) {
                return !retainedAtRuntime(c);
            }
        }
        return false;
    }

    private static boolean retainedAtRuntime(JavaClass annotation) {
        return annotation.tryGetAnnotationOfType(Retention.class)
                .map(r -> r.value() == RetentionPolicy.RUNTIME)
                .orElse(false);
    }

    @Test
    void internalIsUsedOnlyInsideCore() {
        classes().that().resideInAPackage("de.ozg.core.internal..")
                .should().onlyHaveDependentClassesThat().resideInAPackage("de.ozg.core..")
                .check(CORE);
    }

    @Test
    void internalTypesArePublicOnlyWhereAnotherPackageOfTheModuleNeedsThem() {
        classes().that().resideInAPackage("..internal..").and().arePublic().and().areTopLevelClasses()
                .should(ArchitectureRules.beUsedFromAnotherPackageOf("de.ozg.core"))
                .check(CORE);
    }

    @Test
    void publicApiDoesNotExposeInternalTypes() {
        ArchitectureRules.publicApiDoesNotExposeInternalTypes().check(CORE);
    }

    @Test
    void publicMethodsUseEnglishVerbs() {
        ArchitectureRules.publicMethodsUseEnglishVerbs().check(CORE);
    }

    @Test
    void noOptionalBoolean() {
        ArchitectureRules.noOptionalBoolean().check(CORE);
    }

    @Test
    void factoriesFromTextAreNamedParse() {
        ArchitectureRules.factoriesFromTextAreNamedParseOrNormalize().check(CORE);
    }
}
