package de.ozg.core.ref;

import static de.ozg.core.ref.Verwaltungsebene.BUND;
import static de.ozg.core.ref.Verwaltungsebene.KOMMUNE;
import static de.ozg.core.ref.Verwaltungsebene.LAND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypisierungTest {

    /** The code list, in its order, as published in urn:de:fim:leika:typisierung. */
    private static final List<String> CODES = List.of("1", "2", "2a", "2b", "3", "3a", "3b", "2/3", "2/3a",
            "2/3b", "4", "4a", "4b", "5", "6", "7", "8", "9", "10", "11", "12");

    @Test
    void theEnumHoldsExactlyTheCodeListInItsOrder() {
        List<String> codes = new ArrayList<>();
        for (Typisierung t : Typisierung.values()) {
            codes.add(t.code());
        }
        assertEquals(CODES, codes);
        assertEquals("urn:de:fim:leika:typisierung", Typisierung.CODELISTE);
    }

    @ParameterizedTest
    @EnumSource(Typisierung.class)
    void everyCodeParsesToItsConstant(Typisierung t) {
        assertSame(t, Typisierung.parse(t.code()));
        assertSame(t, Typisierung.parse(new StringBuilder(t.code())));
        assertEquals(Optional.of(t), Typisierung.find(t.code()));
        assertFalse(t.bezeichnung().isBlank());
    }

    @Test
    void everyCodeWithALetterThatDoesNotExistIsRejected() {
        int geprueft = 0;
        for (String code : CODES) {
            for (String suffix : List.of("a", "b", "c", "0", "/3")) {
                String kandidat = code + suffix;
                if (CODES.contains(kandidat)) {
                    continue;
                }
                UnknownReferenceException e = assertThrows(UnknownReferenceException.class,
                        () -> Typisierung.parse(kandidat), kandidat);
                assertEquals(ReferenceViolation.UNKNOWN_TYPISIERUNG, e.violation());
                assertEquals(Optional.of(kandidat), e.actualValue());
                assertTrue(e.getMessage().contains("'" + kandidat + "'"), e.getMessage());
                assertEquals(Optional.empty(), Typisierung.find(kandidat));
                geprueft++;
            }
        }
        // 21 codes x 5 suffixes minus the 2a, 2b, 3a, 3b, 2/3a, 2/3b, 4a, 4b, 2/3 and 10 that exist
        assertEquals(21 * 5 - 10, geprueft);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "0", "13", "1a", "5b", "6a", "12b", "2A", "2/3A", " 1", "1 ", "2/3 a", "2 / 3",
        "3/2", "2/4", "01", "1.0", "I", "Typ 1", "1,2", "\u00a01"})
    void otherTextsAreNoCode(String text) {
        UnknownReferenceException e = assertThrows(UnknownReferenceException.class, () -> Typisierung.parse(text));
        assertEquals(ReferenceViolation.UNKNOWN_TYPISIERUNG, e.violation());
        assertTrue(e.getMessage().contains("urn:de:fim:leika:typisierung"), e.getMessage());
    }

    @Test
    void nullIsNoCode() {
        assertEquals(Optional.empty(), Typisierung.find(null));
        UnknownReferenceException e = assertThrows(UnknownReferenceException.class, () -> Typisierung.parse(null));
        assertEquals(Optional.empty(), e.actualValue());
    }

    @Test
    void regelndeUndVollziehendeEbeneFollowTheCodeList() {
        Map<String, List<Set<Verwaltungsebene>>> erwartet = new LinkedHashMap<>();
        erwartet.put("1", List.of(EnumSet.of(BUND), EnumSet.of(BUND)));
        erwartet.put("2", List.of(EnumSet.of(BUND), EnumSet.of(LAND, KOMMUNE)));
        erwartet.put("2a", List.of(EnumSet.of(BUND), EnumSet.of(LAND)));
        erwartet.put("2b", List.of(EnumSet.of(BUND), EnumSet.of(KOMMUNE)));
        erwartet.put("3", List.of(EnumSet.of(BUND, LAND), EnumSet.of(LAND, KOMMUNE)));
        erwartet.put("3a", List.of(EnumSet.of(BUND, LAND), EnumSet.of(LAND)));
        erwartet.put("3b", List.of(EnumSet.of(BUND, LAND), EnumSet.of(KOMMUNE)));
        erwartet.put("2/3", List.of(EnumSet.of(BUND, LAND), EnumSet.of(LAND, KOMMUNE)));
        erwartet.put("2/3a", List.of(EnumSet.of(BUND, LAND), EnumSet.of(LAND)));
        erwartet.put("2/3b", List.of(EnumSet.of(BUND, LAND), EnumSet.of(KOMMUNE)));
        erwartet.put("4", List.of(EnumSet.of(LAND), EnumSet.of(LAND, KOMMUNE)));
        erwartet.put("4a", List.of(EnumSet.of(LAND), EnumSet.of(LAND)));
        erwartet.put("4b", List.of(EnumSet.of(LAND), EnumSet.of(KOMMUNE)));
        erwartet.put("5", List.of(EnumSet.of(KOMMUNE), EnumSet.of(KOMMUNE)));
        for (String leer : List.of("6", "7", "8", "9", "10", "11", "12")) {
            erwartet.put(leer, List.of(EnumSet.noneOf(Verwaltungsebene.class), EnumSet.noneOf(Verwaltungsebene.class)));
        }
        assertEquals(CODES, List.copyOf(erwartet.keySet()));
        for (Map.Entry<String, List<Set<Verwaltungsebene>>> e : erwartet.entrySet()) {
            Typisierung t = Typisierung.parse(e.getKey());
            assertEquals(e.getValue().get(0), t.regelndeEbene(), "regelnd " + e.getKey());
            assertEquals(e.getValue().get(1), t.vollziehendeEbene(), "vollziehend " + e.getKey());
        }
    }

    @ParameterizedTest
    @EnumSource(Typisierung.class)
    void ebenenAreUnmodifiable(Typisierung t) {
        assertThrows(UnsupportedOperationException.class, () -> t.regelndeEbene().add(BUND));
        assertThrows(UnsupportedOperationException.class, () -> t.vollziehendeEbene().add(KOMMUNE));
    }

    @Test
    void foederalAreTheFamilies2And3And23And4And5() {
        Set<String> foederal = Set.of("2", "2a", "2b", "3", "3a", "3b", "2/3", "2/3a", "2/3b", "4", "4a", "4b", "5");
        for (Typisierung t : Typisierung.values()) {
            assertEquals(foederal.contains(t.code()), t.isFoederal(), t.code());
        }
    }

    @Test
    void kommunalerVollzugExcludesTheLandVariants() {
        Set<String> kommunal = Set.of("2", "2b", "3", "3b", "2/3", "2/3b", "4", "4b", "5");
        for (Typisierung t : Typisierung.values()) {
            assertEquals(kommunal.contains(t.code()), t.isKommunalerVollzug(), t.code());
        }
    }

    @Test
    void parseMengeReadsCatalogueCells() {
        assertEquals(EnumSet.of(Typisierung.TYP_1, Typisierung.TYP_2_3), Typisierung.parseMenge("1, 2/3"));
        assertEquals(EnumSet.of(Typisierung.TYP_1, Typisierung.TYP_2), Typisierung.parseMenge("1,2"));
        assertEquals(EnumSet.of(Typisierung.TYP_2_3, Typisierung.TYP_4), Typisierung.parseMenge("2/3; 4"));
        assertEquals(EnumSet.of(Typisierung.TYP_2_3B), Typisierung.parseMenge("2/3b"));
        assertEquals(EnumSet.of(Typisierung.TYP_1, Typisierung.TYP_12), Typisierung.parseMenge(" 12 ,\t1 "));
        assertEquals(EnumSet.of(Typisierung.TYP_1), Typisierung.parseMenge("1, 1"));
        assertEquals(Set.of(), Typisierung.parseMenge(""));
        assertEquals(Set.of(), Typisierung.parseMenge("   "));
    }

    @Test
    void parseMengeIsOrderedByTheCodeListAndUnmodifiable() {
        Set<Typisierung> menge = Typisierung.parseMenge("5; 2/3, 1");
        assertEquals(List.of(Typisierung.TYP_1, Typisierung.TYP_2_3, Typisierung.TYP_5), List.copyOf(menge));
        assertThrows(UnsupportedOperationException.class, () -> menge.add(Typisierung.TYP_4));
        assertThrows(UnsupportedOperationException.class, () -> Typisierung.parseMenge("").add(Typisierung.TYP_4));
    }

    @Test
    void parseMengeNamesTheBadPartAndItsPosition() {
        UnknownReferenceException e = assertThrows(UnknownReferenceException.class,
                () -> Typisierung.parseMenge("1, 1a"));
        assertEquals(ReferenceViolation.UNKNOWN_TYPISIERUNG, e.violation());
        assertEquals(Optional.of("1a"), e.actualValue());
        assertTrue(e.getMessage().contains("part 2 (index 3) of '1, 1a'"), e.getMessage());
        assertTrue(e.getMessage().endsWith("was '1a'"), e.getMessage());

        UnknownReferenceException leer = assertThrows(UnknownReferenceException.class,
                () -> Typisierung.parseMenge("1,,2"));
        assertTrue(leer.getMessage().contains("part 2 (index 2)"), leer.getMessage());
        assertEquals(Optional.of(""), leer.actualValue());

        UnknownReferenceException hinten = assertThrows(UnknownReferenceException.class,
                () -> Typisierung.parseMenge("2/3, "));
        assertTrue(hinten.getMessage().contains("part 2"), hinten.getMessage());

        UnknownReferenceException innen = assertThrows(UnknownReferenceException.class,
                () -> Typisierung.parseMenge("1; 2/3 a"));
        assertEquals(Optional.of("2/3 a"), innen.actualValue());
        assertTrue(innen.getMessage().contains("part 2 (index 3)"), innen.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"13", "1 2", "1/2", "2A", "1, 5b", "1|2", "1, 2, 3, 99", ",", "1;", "\u00a01"})
    void parseMengeRejectsUnknownParts(String zelle) {
        UnknownReferenceException e = assertThrows(UnknownReferenceException.class,
                () -> Typisierung.parseMenge(zelle));
        assertEquals(ReferenceViolation.UNKNOWN_TYPISIERUNG, e.violation());
        assertTrue(e.getMessage().contains(" as part "), e.getMessage());
    }

    @Test
    void parseMengeRejectsNull() {
        UnknownReferenceException e = assertThrows(UnknownReferenceException.class,
                () -> Typisierung.parseMenge(null));
        assertEquals(ReferenceViolation.UNKNOWN_TYPISIERUNG, e.violation());
    }

    @Test
    void formatMengeWritesTheCodesInCodeListOrder() {
        assertEquals("1, 2/3", Typisierung.formatMenge(List.of(Typisierung.TYP_2_3, Typisierung.TYP_1)));
        assertEquals("", Typisierung.formatMenge(Set.of()));
        assertEquals("4b", Typisierung.formatMenge(List.of(Typisierung.TYP_4B, Typisierung.TYP_4B)));
        List<Typisierung> mitNull = new ArrayList<>();
        mitNull.add(null);
        assertThrows(NullPointerException.class, () -> Typisierung.formatMenge(mitNull));
    }
}
