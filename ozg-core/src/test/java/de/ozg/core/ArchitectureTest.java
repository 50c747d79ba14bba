package de.ozg.core;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The layout of ozg-core, checked on its compiled main classes: what may depend on what, what is
 * internal, and the parts of the naming rule (CONTRIBUTING.md) that a name alone shows.
 */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.ozg.core");

    /** German verbs and prefixes that the naming rule replaces by English ones (with, is, has, of, read, …). */
    static final Pattern GERMAN_PREFIX =
            Pattern.compile("^(mit|hat|ist|von|lese|lies|starte|leer|erzeuge|pruefe|gib|setze|fuer|zu)([A-Z0-9].*)?$");

    /**
     * One slice per package, except that a package and its own {@code internal} subpackage are one
     * slice: the internal package is that package's implementation (it builds and throws the public
     * types it implements), not a separate layer. A cycle between any two other packages fails.
     */
    @Test
    void packagesAreFreeOfCycles() {
        slices().assignedFrom(Rules.PACKAGE_WITH_ITS_INTERNALS).should().beFreeOfCycles().check(CORE);
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
                .should(Rules.beUsedFromAnotherPackageOf("de.ozg.core"))
                .check(CORE);
    }

    @Test
    void publicApiDoesNotExposeInternalTypes() {
        Rules.publicApiDoesNotExposeInternalTypes().check(CORE);
    }

    @Test
    void publicMethodsUseEnglishVerbs() {
        Rules.publicMethodsUseEnglishVerbs().check(CORE);
    }

    @Test
    void noOptionalBoolean() {
        Rules.noOptionalBoolean().check(CORE);
    }

    @Test
    void factoriesFromTextAreNamedParse() {
        Rules.factoriesFromTextAreNamedParseOrNormalize().check(CORE);
    }

    /** The rules shared in shape by every module (each module's test carries its own copy). */
    static final class Rules {

        private Rules() {
        }

        static final SliceAssignment PACKAGE_WITH_ITS_INTERNALS = new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String pkg = c.getPackageName();
                if (!pkg.startsWith("de.ozg.")) {
                    return SliceIdentifier.ignore();
                }
                int internal = pkg.indexOf(".internal");
                return SliceIdentifier.of(internal < 0 ? pkg : pkg.substring(0, internal));
            }

            @Override
            public String getDescription() {
                return "packages under de.ozg, each with its internal subpackage";
            }
        };

        static ArchCondition<JavaClass> beUsedFromAnotherPackageOf(String moduleRoot) {
            return new ArchCondition<>("be used from another package of " + moduleRoot
                    + " (otherwise they are package-private)") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    boolean used = item.getDirectDependenciesToSelf().stream()
                            .map(d -> d.getOriginClass().getPackageName())
                            .anyMatch(p -> !p.equals(item.getPackageName()) && p.startsWith(moduleRoot));
                    if (!used) {
                        events.add(SimpleConditionEvent.violated(item, item.getName()
                                + " is public but used only inside its own package"));
                    }
                }
            };
        }

        private static final DescribedPredicate<JavaCodeUnit> PUBLIC_API = describe("public API",
                u -> (u.getModifiers().contains(JavaModifier.PUBLIC) || u.getModifiers().contains(JavaModifier.PROTECTED))
                        && isPublicApiClass(u.getOwner()));

        static boolean isPublicApiClass(JavaClass c) {
            JavaClass top = c;
            while (true) {
                if (!top.getModifiers().contains(JavaModifier.PUBLIC) || top.isAnonymousClass() || top.isLocalClass()) {
                    return false;
                }
                Optional<JavaClass> enclosing = top.getEnclosingClass();
                if (enclosing.isEmpty()) {
                    break;
                }
                top = enclosing.get();
            }
            return !c.getPackageName().contains(".internal") && !c.getSimpleName().startsWith("Immutable");
        }

        static com.tngtech.archunit.lang.ArchRule publicApiDoesNotExposeInternalTypes() {
            return com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits().that(PUBLIC_API)
                    .should(new ArchCondition<>("not name an internal type in their signature") {
                        @Override
                        public void check(JavaCodeUnit unit, ConditionEvents events) {
                            Set<JavaClass> named = new java.util.HashSet<>(unit.getRawParameterTypes());
                            named.add(unit.getRawReturnType());
                            for (JavaClass c : named) {
                                if (c.getPackageName().contains(".internal")) {
                                    events.add(SimpleConditionEvent.violated(unit,
                                            unit.getFullName() + " exposes " + c.getName()));
                                }
                            }
                        }
                    })
                    .allowEmptyShould(true);
        }

        static com.tngtech.archunit.lang.ArchRule publicMethodsUseEnglishVerbs() {
            return methods().that(describe("are public API", (JavaMethod m) -> PUBLIC_API.test(m)))
                    .should(new ArchCondition<>("not start with a German verb or prefix (mit, hat, ist, von, lese, …)") {
                        @Override
                        public void check(JavaMethod m, ConditionEvents events) {
                            if (GERMAN_PREFIX.matcher(m.getName()).matches()) {
                                events.add(SimpleConditionEvent.violated(m, m.getFullName()
                                        + " starts with a German verb or prefix; see CONTRIBUTING.md"));
                            }
                        }
                    })
                    .allowEmptyShould(true);
        }

        static com.tngtech.archunit.lang.ArchRule noOptionalBoolean() {
            return methods().that(describe("are public API", (JavaMethod m) -> PUBLIC_API.test(m)))
                    .should(new ArchCondition<>("not return Optional<Boolean> (a third state is an enum)") {
                        @Override
                        public void check(JavaMethod m, ConditionEvents events) {
                            JavaType t = m.getReturnType();
                            if (t instanceof JavaParameterizedType p
                                    && p.toErasure().isEquivalentTo(Optional.class)
                                    && p.getActualTypeArguments().get(0).toErasure().isEquivalentTo(Boolean.class)) {
                                events.add(SimpleConditionEvent.violated(m, m.getFullName() + " returns Optional<Boolean>"));
                            }
                        }
                    })
                    .allowEmptyShould(true);
        }

        /**
         * A public static method that makes an instance of its own type from one piece of text is
         * {@code parse…} (strict) or {@code normalize…} (lenient, reports repairs); {@code of…} and
         * {@code from…} take parts or another type, {@code valueOf} is the enum's own.
         */
        static com.tngtech.archunit.lang.ArchRule factoriesFromTextAreNamedParseOrNormalize() {
            return methods().that(describe("are public static factories of their own type from text",
                            (JavaMethod m) -> PUBLIC_API.test(m)
                                    && m.getModifiers().contains(JavaModifier.STATIC)
                                    && m.getRawReturnType().equals(m.getOwner())
                                    && m.getRawParameterTypes().size() == 1
                                    && (m.getRawParameterTypes().get(0).isEquivalentTo(String.class)
                                            || m.getRawParameterTypes().get(0).isEquivalentTo(CharSequence.class))))
                    .should().haveNameMatching("(parse|normalize|valueOf|of)([A-Z].*)?")
                    .allowEmptyShould(true);
        }
    }
}
