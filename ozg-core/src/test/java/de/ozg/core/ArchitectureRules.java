package de.ozg.core;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The architecture rules every library module checks on its own classes (ozg-core and ozg-json use
 * them through ozg-core's test jar): packages free of cycles with their internal subpackages, internal
 * types kept out of the public API, and the parts of the naming rule (CONTRIBUTING.md) that a name
 * alone shows. {@code ArchitectureRulesTest} shows that each custom rule fails on code that breaks it.
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** German verbs and prefixes that the naming rule replaces by English ones (with, is, has, of, read, …). */
    static final Pattern GERMAN_PREFIX =
            Pattern.compile("^(mit|hat|ist|von|lese|lies|starte|leer|erzeuge|pruefe|gib|setze|fuer|zu)([A-Z0-9].*)?$");

    public static final SliceAssignment PACKAGE_WITH_ITS_INTERNALS = new SliceAssignment() {
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

    public static ArchCondition<JavaClass> beUsedFromAnotherPackageOf(String moduleRoot) {
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

    public static boolean isPublicApiClass(JavaClass c) {
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

    public static ArchRule publicApiDoesNotExposeInternalTypes() {
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

    public static ArchRule publicMethodsUseEnglishVerbs() {
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

    public static ArchRule noOptionalBoolean() {
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
    public static ArchRule factoriesFromTextAreNamedParseOrNormalize() {
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
