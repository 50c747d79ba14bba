package de.ozg.core.validation.constraints;

import static de.ozg.core.validation.constraints.Validatoren.PREFIX;
import static de.ozg.core.validation.constraints.Validatoren.beschreibe;
import static de.ozg.core.validation.constraints.Validatoren.englisch;
import static de.ozg.core.validation.constraints.Validatoren.genauEine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.id.ArsEbene;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FeldConstraintsTest {

    /** A user's bean holding identifiers as strings. */
    static final class Antrag {
        @ValidOzgId
        String ozgId;
        @ValidLeistungsschluessel
        String leistung;
        @ValidArs
        String ars;
        @ValidAgs
        String ags;
        @ValidArs(ebenen = ArsEbene.GEMEINDE)
        String gemeinde;
        @ValidArs(ebenen = {ArsEbene.BUND, ArsEbene.LAND})
        String bundOderLand;
        @NotNull
        @ValidOzgId
        String pflicht = "10000";
        List<@ValidArs String> gebiete = List.of();
        @ValidOzgId(message = "{meine.meldung}")
        String eigeneMeldung;
        @ValidArs
        @ValidArs(groups = Gemeindeebene.class, ebenen = ArsEbene.GEMEINDE)
        String wohnort;
        @ValidArs(ebenen = {ArsEbene.KREIS, ArsEbene.GEMEINDE})
        @ValidArs(ebenen = {ArsEbene.GEMEINDEVERBAND, ArsEbene.GEMEINDE})
        String beideEbenen;
    }

    /** A validation group for the stricter check of {@link Antrag#wohnort}. */
    interface Gemeindeebene {
    }

    /** A bean validated through a getter, the JavaBeans way. */
    static final class MitGetter {
        private final String ags;

        MitGetter(String ags) {
            this.ags = ags;
        }

        @ValidAgs
        public String getAgs() {
            return ags;
        }
    }

    /** A service whose method parameter is constrained. */
    static final class Zustaendigkeit {
        void suche(@ValidLeistungsschluessel String schluessel, @ValidArs(ebenen = ArsEbene.GEMEINDE) CharSequence ort) {
        }
    }

    private static Properties englischeTexte() throws IOException {
        Properties p = new Properties();
        try (InputStream in = FeldConstraintsTest.class.getResourceAsStream("/ContributorValidationMessages.properties")) {
            p.load(in);
        }
        return p;
    }

    static Stream<Arguments> verstoesse() {
        return Stream.of(
                Arguments.of("ozgId", "", "OzgId.message.EMPTY"),
                Arguments.of("ozgId", "   ", "OzgId.message.EMPTY"),
                Arguments.of("ozgId", "1000", "OzgId.message.WRONG_LENGTH"),
                Arguments.of("ozgId", "100000", "OzgId.message.WRONG_LENGTH"),
                Arguments.of("ozgId", "1000O", "OzgId.message.NON_DIGIT"),
                Arguments.of("ozgId", " 10000", "OzgId.message.NON_DIGIT"),
                Arguments.of("ozgId", "10000\u00a0", "OzgId.message.NON_DIGIT"),
                Arguments.of("leistung", "", "Leistungsschluessel.message.EMPTY"),
                Arguments.of("leistung", "nicht im LeiKa", "Leistungsschluessel.message.PLACEHOLDER"),
                Arguments.of("leistung", "Nicht im LeiKa ", "Leistungsschluessel.message.PLACEHOLDER"),
                Arguments.of("leistung", "9904100601300", "Leistungsschluessel.message.WRONG_LENGTH"),
                Arguments.of("leistung", "10000", "Leistungsschluessel.message.WRONG_LENGTH"),
                Arguments.of("leistung", "9904100601300O", "Leistungsschluessel.message.NON_DIGIT"),
                Arguments.of("leistung", "urn:de:fim:leika:leistung:99041006013000",
                        "Leistungsschluessel.message.NON_DIGIT"),
                Arguments.of("leistung", "99041006000013", "Leistungsschluessel.message.INVALID_STRUCTURE"),
                Arguments.of("ars", "\t", "Ars.message.EMPTY"),
                Arguments.of("ars", "15002000000", "Ars.message.WRONG_LENGTH"),
                Arguments.of("ars", "1500200000000", "Ars.message.WRONG_LENGTH"),
                Arguments.of("ars", "15002000000O", "Ars.message.NON_DIGIT"),
                Arguments.of("ars", "170000000000", "Ars.message.INVALID_LAND"),
                Arguments.of("ars", "000020000000", "Ars.message.INVALID_LAND"),
                Arguments.of("ags", "\u00a0", "Ags.message.EMPTY"),
                Arguments.of("ags", "1001000", "Ags.message.WRONG_LENGTH"),
                Arguments.of("ags", "1500200O", "Ags.message.NON_DIGIT"),
                Arguments.of("ags", "00000000", "Ags.message.INVALID_LAND"),
                Arguments.of("ags", "99002000", "Ags.message.INVALID_LAND"),
                Arguments.of("gemeinde", "150810030000", "Ars.message.EBENE"),
                Arguments.of("gemeinde", "150020000000", "Ars.message.EBENE"),
                Arguments.of("gemeinde", "000000000000", "Ars.message.EBENE"),
                Arguments.of("gemeinde", "1508100300300", "Ars.message.WRONG_LENGTH"),
                Arguments.of("bundOderLand", "150810030030", "Ars.message.EBENE"));
    }

    @ParameterizedTest(name = "{0} = ''{1}'' -> {2}")
    @MethodSource("verstoesse")
    void reportsWhichRuleTheValueBroke(String feld, String wert, String schluessel) throws IOException {
        Set<ConstraintViolation<Antrag>> v = englisch().validateValue(Antrag.class, feld, wert);
        String meldung = englischeTexte().getProperty(PREFIX + schluessel).replace("{ebenen}",
                feld.equals("gemeinde") ? "[GEMEINDE]" : "[BUND, LAND]");
        genauEine(v, feld, schluessel, meldung);
        assertEquals(wert, v.iterator().next().getInvalidValue(), "the value is kept apart from the message");
    }

    @Test
    void messagesNameTheBrokenRule() {
        genauEine(englisch().validateValue(Antrag.class, "leistung", "9904100601300"), "leistung",
                "Leistungsschluessel.message.WRONG_LENGTH",
                "must be a LeiKa key of 14 digits, but has a different number of characters");
        genauEine(englisch().validateValue(Antrag.class, "gemeinde", "150020000000"), "gemeinde",
                "Ars.message.EBENE",
                "must be an ARS of one of the levels [GEMEINDE], but its significant digits show another level");
        genauEine(Validatoren.deutsch().validateValue(Antrag.class, "ozgId", "1000O"), "ozgId",
                "OzgId.message.NON_DIGIT",
                "muss eine OZG-ID aus fünf Ziffern sein, enthält aber ein anderes Zeichen als die Ziffern 0-9");
    }

    static Stream<Arguments> gueltig() {
        return Stream.of(
                Arguments.of("ozgId", "10000"), Arguments.of("ozgId", "00815"), Arguments.of("ozgId", "99999"),
                Arguments.of("leistung", "99041006013000"), Arguments.of("leistung", "99041006000000"),
                Arguments.of("leistung", "12345678000000"),
                Arguments.of("ars", "150810030030"), Arguments.of("ars", "000000000000"),
                Arguments.of("ars", "160000000000"),
                Arguments.of("ags", "15002000"), Arguments.of("ags", "01001000"),
                Arguments.of("gemeinde", "150810030030"),
                Arguments.of("bundOderLand", "000000000000"), Arguments.of("bundOderLand", "020000000000"),
                Arguments.of("beideEbenen", "150810030030"));
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @MethodSource("gueltig")
    void acceptsWellFormedValues(String feld, String wert) {
        assertEquals(List.of(), beschreibe(englisch().validateValue(Antrag.class, feld, wert)));
    }

    @Test
    void nullIsValidUnlessNotNullSaysOtherwise() {
        Antrag a = new Antrag();
        assertEquals(List.of(), beschreibe(englisch().validate(a)));
        a.pflicht = null;
        Set<ConstraintViolation<Antrag>> v = englisch().validate(a);
        assertEquals(1, v.size());
        assertEquals("pflicht", v.iterator().next().getPropertyPath().toString());
        assertEquals("{jakarta.validation.constraints.NotNull.message}", v.iterator().next().getMessageTemplate());
    }

    @Test
    void acceptsEveryCharSequence() {
        assertEquals(List.of(), beschreibe(englisch().forExecutables().validateParameters(new Zustaendigkeit(),
                suche(), new Object[] {"99041006013000", new StringBuilder("150810030030")})));
    }

    @Test
    void checksTypeArguments() {
        Antrag a = new Antrag();
        a.gebiete = new ArrayList<>(Arrays.asList("150810030030", null, "15081003003", "000000000000"));
        Set<ConstraintViolation<Antrag>> v = englisch().validate(a);
        genauEine(v, "gebiete[2].<list element>", "Ars.message.WRONG_LENGTH",
                "must be an ARS of 12 digits, but has a different number of characters");
        assertEquals("15081003003", v.iterator().next().getInvalidValue());
    }

    @Test
    void repeatedConstraintsAllHold() {
        Set<ConstraintViolation<Antrag>> v = englisch().validateValue(Antrag.class, "beideEbenen", "150000000000");
        assertEquals(2, v.size(), () -> beschreibe(v).toString());
        assertEquals(List.of(
                "beideEbenen {" + PREFIX + "Ars.message.EBENE} must be an ARS of one of the levels "
                        + "[GEMEINDEVERBAND, GEMEINDE], but its significant digits show another level",
                "beideEbenen {" + PREFIX + "Ars.message.EBENE} must be an ARS of one of the levels "
                        + "[KREIS, GEMEINDE], but its significant digits show another level"),
                beschreibe(v).stream().sorted().toList());
        assertEquals(List.of("beideEbenen {" + PREFIX + "Ars.message.EBENE} must be an ARS of one of the levels "
                + "[KREIS, GEMEINDE], but its significant digits show another level"),
                beschreibe(englisch().validateValue(Antrag.class, "beideEbenen", "150810030000")),
                "a Gemeindeverband key satisfies only the second constraint");
        assertEquals(1, englisch().validateValue(Antrag.class, "beideEbenen", "150810000000").size(),
                "a Kreis key satisfies only the first constraint");
    }

    @Test
    void repeatedConstraintsServeDifferentGroups() {
        Validator validator = englisch();
        assertEquals(List.of(), beschreibe(validator.validateValue(Antrag.class, "wohnort", "150810000000")));
        genauEine(validator.validateValue(Antrag.class, "wohnort", "150810000000", Gemeindeebene.class), "wohnort",
                "Ars.message.EBENE",
                "must be an ARS of one of the levels [GEMEINDE], but its significant digits show another level");
        genauEine(validator.validateValue(Antrag.class, "wohnort", "15081000000O"), "wohnort",
                "Ars.message.NON_DIGIT", "must be an ARS of 12 digits, but contains a character other than the digits 0-9");
    }

    @Test
    void ownMessageReplacesTheDetailedOnes() {
        Set<ConstraintViolation<Antrag>> v = englisch().validateValue(Antrag.class, "eigeneMeldung", "1000");
        assertEquals(List.of("eigeneMeldung {meine.meldung} {meine.meldung}"), beschreibe(v));
    }

    @Test
    void worksOnGettersAndParameters() {
        genauEine(englisch().validate(new MitGetter("1001000")), "ags", "Ags.message.WRONG_LENGTH",
                "must be an AGS of 8 digits, but has a different number of characters");
        Set<ConstraintViolation<Zustaendigkeit>> v = englisch().forExecutables().validateParameters(
                new Zustaendigkeit(), suche(), new Object[] {"nicht im LeiKa", "150810000000"});
        List<String> b = beschreibe(v);
        assertEquals(2, b.size(), b::toString);
        assertTrue(b.get(0).startsWith("suche.arg0 {" + PREFIX + "Leistungsschluessel.message.PLACEHOLDER} "), b::toString);
        assertTrue(b.get(1).startsWith("suche.arg1 {" + PREFIX + "Ars.message.EBENE} "), b::toString);
    }

    @Test
    void firesWithThePlainDefaultFactory() {
        Locale vorher = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Antrag a = new Antrag();
            a.ozgId = "1000";
            a.leistung = "nicht im LeiKa";
            a.ars = "170000000000";
            a.ags = "1001000";
            List<String> b = beschreibe(factory.getValidator().validate(a));
            assertEquals(List.of(
                    "ags {" + PREFIX + "Ags.message.WRONG_LENGTH} muss ein AGS aus 8 Ziffern sein, "
                            + "hat aber eine andere Anzahl von Zeichen",
                    "ars {" + PREFIX + "Ars.message.INVALID_LAND} muss ein ARS aus 12 Ziffern sein, der mit einem "
                            + "Landesschlüssel 01-16 beginnt, oder 000000000000 für den Bund, beginnt aber mit "
                            + "einem anderen Schlüssel",
                    "leistung {" + PREFIX + "Leistungsschluessel.message.PLACEHOLDER} muss ein LeiKa-Schlüssel aus "
                            + "14 Ziffern sein, ist aber der Platzhalter \"nicht im LeiKa\"; für eine Leistung ohne "
                            + "Schlüssel bleibt der Wert leer",
                    "ozgId {" + PREFIX + "OzgId.message.WRONG_LENGTH} muss eine OZG-ID aus fünf Ziffern sein, "
                            + "hat aber eine andere Anzahl von Zeichen"), b);
        } finally {
            Locale.setDefault(vorher);
        }
    }

    @Test
    void valuesThatLookLikeExpressionsAreNeverEvaluated() {
        for (String wert : List.of("${1+1}", "{jakarta.validation.constraints.NotNull.message}", "#{'x'}")) {
            Set<ConstraintViolation<Antrag>> v = englisch().validateValue(Antrag.class, "ozgId", wert);
            genauEine(v, "ozgId", "OzgId.message.NON_DIGIT",
                    "must be an OZG-ID of five digits, but contains a character other than the digits 0-9");
        }
    }

    private static Method suche() {
        try {
            return Zustaendigkeit.class.getDeclaredMethod("suche", String.class, CharSequence.class);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }
}
