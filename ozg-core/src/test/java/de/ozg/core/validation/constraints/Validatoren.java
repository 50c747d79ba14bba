package de.ozg.core.validation.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;

/** Validators with a pinned message locale, and helpers to look at violations. */
final class Validatoren {

    static final String PREFIX = "de.ozg.core.validation.constraints.";

    private static final Map<Locale, ValidatorFactory> FACTORIES = new ConcurrentHashMap<>();

    private Validatoren() {
    }

    /** A validator of the default provider whose messages are in the given locale, whatever the JVM's. */
    static Validator in(Locale locale) {
        return FACTORIES.computeIfAbsent(locale, l -> Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(l).buildValidatorFactory()).getValidator();
    }

    static Validator englisch() {
        return in(Locale.ENGLISH);
    }

    static Validator deutsch() {
        return in(Locale.GERMAN);
    }

    /** The violation's template, path and message in one line, sorted, for exact comparison. */
    static List<String> beschreibe(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessageTemplate))
                .map(v -> v.getPropertyPath() + " " + v.getMessageTemplate() + " " + v.getMessage())
                .collect(Collectors.toList());
    }

    /** Asserts exactly one violation with this path, message key (without prefix) and message. */
    static <T> void genauEine(Set<ConstraintViolation<T>> violations, String pfad, String schluessel,
            String meldung) {
        String prefix = schluessel.startsWith("KeineEigenNachnutzung") || schluessel.startsWith("EinheitlichesReifegradModell")
                || schluessel.startsWith("OzgKonformBelegt") ? "de.ozg.core.model." : PREFIX;
        assertEquals(List.of(pfad + " {" + prefix + schluessel + "} " + meldung), beschreibe(violations));
    }
}
