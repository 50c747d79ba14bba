package de.ozg.core.validation.constraints;

import static de.ozg.core.validation.constraints.Validatoren.PREFIX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.id.ArsEbene;
import de.ozg.core.validation.constraints.internal.Meldungen;
import de.ozg.core.ref.Bundesland;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

class MeldungenTest {

    /** The class-level constraints live with the model they constrain. */
    private static final String MODEL_PREFIX = "de.ozg.core.model.";

    private static final String BUNDLE = "/ContributorValidationMessages";

    /** A bean with one element per constraint of this package, for metadata and interpolation. */
    static final class Alle {
        @ValidOzgId
        String ozgId;
        @ValidLeistungsschluessel
        String leistung;
        @ValidArs(ebenen = ArsEbene.GEMEINDE)
        String ars;
        @ValidAgs
        String ags;
    }

    private static Properties lade(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MeldungenTest.class.getResourceAsStream(BUNDLE + suffix + ".properties")) {
            assertTrue(in != null, "missing " + BUNDLE + suffix);
            byte[] bytes = in.readAllBytes();
            for (byte b : bytes) {
                assertTrue(b >= 0, BUNDLE + suffix + " must be ASCII so that every properties reader gets the same text");
            }
            p.load(new java.io.ByteArrayInputStream(bytes));
        }
        return p;
    }

    @Test
    void everyLanguageHasExactlyTheKeysOfTheDefaults() throws IOException {
        Set<String> standard = new TreeSet<>(lade("").stringPropertyNames());
        assertEquals(standard, new TreeSet<>(lade("_de").stringPropertyNames()));
        assertEquals(Set.of(), lade("_en").stringPropertyNames(), "empty by design: English is the default");
        for (String key : standard) {
            String prefix = key.startsWith(MODEL_PREFIX) ? MODEL_PREFIX : PREFIX;
            assertTrue(key.startsWith(prefix), key);
            String constraint = key.substring(prefix.length(), key.indexOf(".message"));
            assertEquals(prefix + constraint + ".message", Meldungen.schluessel(constraintZu(constraint)), key);
        }
    }

    /**
     * Every key, resolved through the provider's interpolator in German and English with the locale
     * pinned: the texts differ, carry no unresolved parameter and show their umlauts.
     */
    @Test
    void everyKeyResolvesInGermanAndEnglish() throws IOException {
        Locale vorher = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);
        try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                .buildValidatorFactory()) {
            MessageInterpolator interpolator = factory.getMessageInterpolator();
            Validator validator = factory.getValidator();
            Properties en = lade("");
            Properties de = lade("_de");
            for (String key : new TreeSet<>(en.stringPropertyNames())) {
                ConstraintDescriptor<?> d = descriptor(validator, key);
                String englisch = interpoliere(interpolator, key, d, Locale.ENGLISH);
                String deutsch = interpoliere(interpolator, key, d, Locale.GERMAN);
                String us = interpoliere(interpolator, key, d, Locale.US);
                assertEquals(en.getProperty(key).replace("{ebenen}", "[GEMEINDE]"), englisch, key);
                assertEquals(de.getProperty(key).replace("{ebenen}", "[GEMEINDE]"), deutsch, key);
                assertEquals(englisch, us, "en_US falls back to the English defaults, not to the JVM's German");
                assertNotEquals(englisch, deutsch, key);
                assertFalse(englisch.contains("{") || deutsch.contains("{") || deutsch.contains("\\u"), key);
            }
            assertEquals("muss ein LeiKa-Schlüssel aus 14 Ziffern sein, etwa 99041006013000",
                    interpoliere(interpolator, PREFIX + "Leistungsschluessel.message",
                            descriptor(validator, PREFIX + "Leistungsschluessel.message"), Locale.GERMANY));
        } finally {
            Locale.setDefault(vorher);
        }
    }

    @Test
    void englishIsNotOverriddenByAGermanJvm() {
        Locale vorher = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(Locale.UK).buildValidatorFactory()) {
            Set<ConstraintViolation<Alle>> v = factory.getValidator().validateValue(Alle.class, "ags", "1001000");
            assertEquals("must be an AGS of 8 digits, but has a different number of characters",
                    v.iterator().next().getMessage());
        } finally {
            Locale.setDefault(vorher);
        }
    }

    @Test
    void everyDetailKeyIsUsedByAValidator() throws IOException {
        Map<String, Object[]> ausloeser = new HashMap<>();
        ausloeser.put("ozgId", new Object[] {"", "1000", "1000O"});
        ausloeser.put("leistung", new Object[] {"", "nicht im LeiKa", "1", "x", "99041006000013"});
        ausloeser.put("ars", new Object[] {"", "1", "x", "170000000000", "150020000000"});
        ausloeser.put("ags", new Object[] {"", "1", "x", "00000000"});
        Set<String> benutzt = new TreeSet<>();
        Validator validator = Validatoren.englisch();
        ausloeser.forEach((feld, werte) -> {
            for (Object w : werte) {
                validator.validateValue(Alle.class, feld, w).forEach(v -> benutzt.add(schluessel(v)));
            }
        });
        List.of(Testdienste.efa().entwickeltVon(Bundesland.SAARLAND).nachgenutztVon("100000000000").build(),
                Testdienste.efa().reifegrad("V1:1").ziel("V2:1").build(),
                Testdienste.efa().ozgKonformGemeldet().build(),
                Testdienste.efa().ozgKonformGemeldet().reifegrad("V1:1").build())
                .forEach(d -> validator.validate(d).forEach(v -> benutzt.add(schluessel(v))));
        Set<String> details = new TreeSet<>();
        for (String key : lade("").stringPropertyNames()) {
            boolean hatDetails = lade("").stringPropertyNames().stream().anyMatch(k -> k.startsWith(key + "."));
            if (!hatDetails) {
                details.add(key);
            }
        }
        assertEquals(details, benutzt, "each detail key is reachable, and no validator uses a missing key");
    }

    private static String schluessel(ConstraintViolation<?> v) {
        String t = v.getMessageTemplate();
        return t.substring(1, t.length() - 1);
    }

    /** The constraint a key prefix names: the field constraints kept their keys when they got the Valid prefix. */
    private static Class<?> constraintZu(String name) {
        for (String kandidat : List.of(PREFIX + "Valid" + name, PREFIX + name, MODEL_PREFIX + name)) {
            try {
                return Class.forName(kandidat);
            } catch (ClassNotFoundException e) {
                // try the next spelling
            }
        }
        throw new AssertionError("no constraint for message key prefix " + PREFIX + name);
    }

    /** The descriptor of the constraint a key belongs to, from the bean metadata or the model type. */
    private static ConstraintDescriptor<?> descriptor(Validator validator, String key) {
        String constraint = key.substring(0, key.indexOf(".message"));
        Set<ConstraintDescriptor<?>> alle = new java.util.HashSet<>();
        for (String feld : List.of("ozgId", "leistung", "ars", "ags")) {
            alle.addAll(validator.getConstraintsForClass(Alle.class).getConstraintsForProperty(feld)
                    .getConstraintDescriptors());
        }
        alle.addAll(validator.getConstraintsForClass(de.ozg.core.model.Onlinedienst.class).getConstraintDescriptors());
        return alle.stream().filter(d -> Meldungen.schluessel(d.getAnnotation().annotationType())
                        .equals(constraint + ".message"))
                .findFirst().orElseThrow(() -> new AssertionError("no descriptor for " + key));
    }

    private static String interpoliere(MessageInterpolator interpolator, String key, ConstraintDescriptor<?> d,
            Locale locale) {
        return interpolator.interpolate("{" + key + "}", new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return d;
            }

            @Override
            public Object getValidatedValue() {
                return null;
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new UnsupportedOperationException(type.getName());
            }
        }, locale);
    }
}
