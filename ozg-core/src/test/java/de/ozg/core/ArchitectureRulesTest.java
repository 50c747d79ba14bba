package de.ozg.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import de.ozg.core.archfixture.Schlecht;
import de.ozg.core.archfixture.internal.Einsam;
import de.ozg.core.archfixture.internal.Helfer;
import org.junit.jupiter.api.Test;

/** The custom rules of {@link ArchitectureRules} fail on code that breaks them, not only pass on ours. */
class ArchitectureRulesTest {

    private static final JavaClasses FIXTURE =
            new ClassFileImporter().importClasses(Schlecht.class, Helfer.class, Einsam.class);

    private static void failsNaming(ArchRule rule, String member) {
        EvaluationResult result = rule.evaluate(FIXTURE);
        assertTrue(result.hasViolation(), rule::getDescription);
        String report = result.getFailureReport().toString();
        assertTrue(report.contains(member), report);
    }

    @Test
    void germanVerbIsReported() {
        failsNaming(ArchitectureRules.publicMethodsUseEnglishVerbs(), "mitSeed");
    }

    @Test
    void optionalBooleanIsReported() {
        failsNaming(ArchitectureRules.noOptionalBoolean(), "isOffen");
    }

    @Test
    void textFactoryNotNamedParseIsReported() {
        failsNaming(ArchitectureRules.factoriesFromTextAreNamedParseOrNormalize(), "fromText");
    }

    @Test
    void internalTypeInAPublicSignatureIsReported() {
        failsNaming(ArchitectureRules.publicApiDoesNotExposeInternalTypes(), "helfer");
    }

    @Test
    void publicInternalTypeThatNoOtherPackageNeedsIsReported() {
        ArchRule rule = classes().that().resideInAPackage("..internal..").and().arePublic()
                .should(ArchitectureRules.beUsedFromAnotherPackageOf("de.ozg.core"));
        String report = rule.evaluate(FIXTURE).getFailureReport().toString();
        assertTrue(report.contains("Einsam"), report);
        assertTrue(!report.contains("Helfer "), report);
    }

    @Test
    void germanPrefixesMatchWholeWordsOnly() {
        assertTrue(ArchitectureRules.GERMAN_PREFIX.matcher("mitSeverity").matches());
        assertTrue(ArchitectureRules.GERMAN_PREFIX.matcher("von").matches());
        assertTrue(!ArchitectureRules.GERMAN_PREFIX.matcher("mittelwert").matches());
        assertTrue(!ArchitectureRules.GERMAN_PREFIX.matcher("istanbul").matches());
    }
}
