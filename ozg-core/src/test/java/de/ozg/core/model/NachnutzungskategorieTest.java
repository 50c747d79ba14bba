package de.ozg.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import de.ozg.core.internal.Suchschluessel;
import de.ozg.core.ref.Nachnutzungsmodell;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NachnutzungskategorieTest {

    @Test
    void theKnownCategories() {
        List<Nachnutzungskategorie> bekannte = Nachnutzungskategorie.bekannte();
        assertEquals(List.of("efa_nachnutzung", "efa_entwicklung_des_landes", "dezentral_nachgenutzte_software",
                "fim_basierte_eigenentwicklung", "bundesloesung", "kein_bedarf"),
                bekannte.stream().map(Nachnutzungskategorie::code).toList());
        assertEquals(List.of("EfA-Nachnutzung", "EfA-Entwicklung des Landes", "dezentral nachgenutzte Software",
                "FIM-basierte Eigenentwicklung", "Bundeslösung", "kein Bedarf"),
                bekannte.stream().map(Nachnutzungskategorie::bezeichnung).toList());
        for (Nachnutzungskategorie k : bekannte) {
            assertTrue(k.isBekannt());
            assertSame(k, Nachnutzungskategorie.find(k.bezeichnung()).orElseThrow());
            assertSame(k, Nachnutzungskategorie.parse(k.code()));
            assertEquals(k.code(), k.toString());
        }
    }

    @Test
    void knownCategoriesNameTheirNachnutzungsmodell() {
        assertEquals(Optional.of(Nachnutzungsmodell.EFA), Nachnutzungskategorie.EFA_NACHNUTZUNG.nachnutzungsmodell());
        assertEquals(Optional.of(Nachnutzungsmodell.EFA),
                Nachnutzungskategorie.EFA_ENTWICKLUNG_DES_LANDES.nachnutzungsmodell());
        assertEquals(Optional.of(Nachnutzungsmodell.NACHNUTZBARE_SOFTWARE_DEZENTRAL),
                Nachnutzungskategorie.DEZENTRAL_NACHGENUTZTE_SOFTWARE.nachnutzungsmodell());
        assertEquals(Optional.of(Nachnutzungsmodell.FIM_BASIERTE_EIGENENTWICKLUNG),
                Nachnutzungskategorie.FIM_BASIERTE_EIGENENTWICKLUNG.nachnutzungsmodell());
        assertEquals(Optional.empty(), Nachnutzungskategorie.BUNDESLOESUNG.nachnutzungsmodell());
        assertEquals(Optional.empty(), Nachnutzungskategorie.KEIN_BEDARF.nachnutzungsmodell());
        assertEquals(Optional.empty(), Nachnutzungskategorie.parse("Landesportal").nachnutzungsmodell());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EfA-Nachnutzung|efa_nachnutzung", "efa nachnutzung|efa_nachnutzung", "EFA_NACHNUTZUNG |efa_nachnutzung",
        "EfA – Nachnutzung|efa_nachnutzung",
        "EfA-Entwicklung des Landes|efa_entwicklung_des_landes",
        "Dezentral nachgenutzte Software|dezentral_nachgenutzte_software",
        "FIM basierte Eigenentwicklung|fim_basierte_eigenentwicklung",
        "Bundeslösung|bundesloesung", "Bundesloesung|bundesloesung", "BUNDESLÖSUNG|bundesloesung",
        "'Kein Bedarf\u00a0'|kein_bedarf", "kein-Bedarf|kein_bedarf"})
    void findIsTolerant(String text, String code) {
        Nachnutzungskategorie k = Nachnutzungskategorie.find(text).orElseThrow();
        assertEquals(code, k.code());
        assertTrue(k.isBekannt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "EfA", "Nachnutzung", "efanachnutzung", "Landesportal", "Bedarf"})
    void findDoesNotGuess(String text) {
        assertEquals(Optional.empty(), Nachnutzungskategorie.find(text));
    }

    @Test
    void findOfNullIsEmpty() {
        assertEquals(Optional.empty(), Nachnutzungskategorie.find(null));
    }

    @Test
    void parseCreatesACategoryOfTheLandsOwn() {
        Nachnutzungskategorie k = Nachnutzungskategorie.parse("  Landeseigene\u00a0 Lösung ");
        assertEquals("landeseigene_loesung", k.code());
        assertEquals("Landeseigene Lösung", k.bezeichnung());
        assertFalse(k.isBekannt());
        assertEquals(k, Nachnutzungskategorie.parse("landeseigene lösung"));
        assertEquals(k, Nachnutzungskategorie.parse(k.toString()));
        assertEquals(k, Nachnutzungskategorie.of("landeseigene_loesung", "Eigene Lösung des Landes"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u00a0", "--", "/ & /"})
    void parseRejectsTextWithoutLettersOrDigits(String text) {
        ModellException e = assertThrows(ModellException.class, () -> Nachnutzungskategorie.parse(text));
        assertEquals(ModellViolation.BLANK_TEXT, e.violation());
        assertEquals(Optional.of(text), e.actualValue());
        assertTrue(e.getMessage().startsWith("Nachnutzungskategorie: expected a name with at least one letter or digit"),
                e.getMessage());
    }

    @Test
    void parseRejectsNull() {
        ModellException e = assertThrows(ModellException.class, () -> Nachnutzungskategorie.parse(null));
        assertEquals(ModellViolation.BLANK_TEXT, e.violation());
    }

    @Test
    void ofWithAKnownCodeEqualsTheConstantButKeepsItsName() {
        Nachnutzungskategorie k = Nachnutzungskategorie.of("efa_nachnutzung", "Nachnutzung EfA-Leistung");
        assertEquals(Nachnutzungskategorie.EFA_NACHNUTZUNG, k);
        assertEquals(Nachnutzungskategorie.EFA_NACHNUTZUNG.hashCode(), k.hashCode());
        assertEquals("Nachnutzung EfA-Leistung", k.bezeichnung());
        assertEquals(Optional.of(Nachnutzungsmodell.EFA), k.nachnutzungsmodell());
        assertTrue(k.isBekannt());
    }

    @Test
    void equalityIsByCode() {
        assertEquals(Nachnutzungskategorie.of("landesportal", "Landesportal"),
                Nachnutzungskategorie.of("landesportal", "Portal des Landes"));
        assertNotEquals(Nachnutzungskategorie.of("landesportal", "Landesportal"),
                Nachnutzungskategorie.of("landesportal_2", "Landesportal"));
        assertNotEquals(Nachnutzungskategorie.EFA_NACHNUTZUNG, Nachnutzungskategorie.EFA_ENTWICKLUNG_DES_LANDES);
        assertNotEquals(Nachnutzungskategorie.KEIN_BEDARF, (Object) "kein_bedarf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Landesportal", "landes portal", "landes-portal", "_landesportal", "landesportal_",
        "landes__portal", "landesportäl", "ländesportal"})
    void ofRejectsCodesThatAreNotSnakeCase(String code) {
        ModellException e = assertThrows(ModellException.class, () -> Nachnutzungskategorie.of(code, "Landesportal"));
        assertEquals(ModellViolation.INVALID_CODE, e.violation());
        assertEquals(Optional.of(code), e.actualValue());
        assertTrue(e.getMessage().startsWith("Nachnutzungskategorie.code: expected a snake_case code"), e.getMessage());
    }

    @Test
    void ofRejectsNullCodeAndBlankName() {
        assertEquals(ModellViolation.INVALID_CODE, assertThrows(ModellException.class,
                () -> Nachnutzungskategorie.of(null, "x")).violation());
        ModellException e = assertThrows(ModellException.class, () -> Nachnutzungskategorie.of("x", " "));
        assertEquals(ModellViolation.BLANK_TEXT, e.violation());
        assertTrue(e.getMessage().startsWith("Nachnutzungskategorie.bezeichnung:"), e.getMessage());
    }

    @Test
    void parseOfAnyTextWithALetterOrDigitGivesAStableSnakeCaseCode() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 30)).checkAssert(text -> {
            String folded = Suchschluessel.von(text);
            if (folded.isEmpty()) {
                assertThrows(ModellException.class, () -> Nachnutzungskategorie.parse(text));
                return;
            }
            Nachnutzungskategorie k = Nachnutzungskategorie.parse(text);
            assertTrue(Suchtext.isSnakeCase(k.code()), k.code());
            assertEquals(k, Nachnutzungskategorie.parse(k.code()));
            assertEquals(k, Nachnutzungskategorie.parse(k.bezeichnung()));
            assertEquals(k, Nachnutzungskategorie.of(k.code(), k.bezeichnung()));
        });
    }
}
