package de.ozg.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.ref.Typisierung;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeikaLeistungTest {

    static final Leistungsschluessel BEWILLIGUNG = Leistungsschluessel.parse("99041006013000");

    static LeikaLeistung bewilligung() {
        return LeikaLeistung.builder().schluessel(BEWILLIGUNG).bezeichnung("Elterngeld Bewilligung")
                .addTypisierung(Typisierung.TYP_2_3).rechtsgrundlage("§ 7 BEEG").gesetze("Bundeselterngeldgesetz")
                .gesetzeskuerzel("BEEG").sdg1(true).build();
    }

    @Test
    void builderRoundTrip() {
        LeikaLeistung l = bewilligung();
        assertEquals(Optional.of(BEWILLIGUNG), l.schluessel());
        assertEquals("Elterngeld Bewilligung", l.bezeichnung());
        assertEquals(List.of(Typisierung.TYP_2_3), List.copyOf(l.typisierung()));
        assertEquals(Optional.of("§ 7 BEEG"), l.rechtsgrundlage());
        assertEquals(Optional.of("Bundeselterngeldgesetz"), l.gesetze());
        assertEquals(Optional.of("BEEG"), l.gesetzeskuerzel());
        assertTrue(l.sdg1());
        assertFalse(l.sdg2());
        assertTrue(l.isImLeika());
        LeikaLeistung kopie = LeikaLeistung.builder().from(l).build();
        assertEquals(l, kopie);
        assertEquals(l.hashCode(), kopie.hashCode());
        assertEquals(l.toString(), kopie.toString());
    }

    @Test
    void unkeyedServiceWithDefaults() {
        LeikaLeistung l = LeikaLeistung.builder().bezeichnung("Beratung").build();
        assertFalse(l.isImLeika());
        assertEquals(Optional.empty(), l.schluessel());
        assertTrue(l.typisierung().isEmpty());
        assertFalse(l.sdg1());
        assertFalse(l.sdg2());
        assertEquals(Optional.empty(), l.rechtsgrundlage());
    }

    @Test
    void typisierungIsSortedInCodeListOrderAndCollapsesDuplicates() {
        LeikaLeistung l = LeikaLeistung.builder().bezeichnung("x")
                .addTypisierung(Typisierung.TYP_4, Typisierung.TYP_1, Typisierung.TYP_2_3, Typisierung.TYP_1).build();
        assertEquals(List.of(Typisierung.TYP_1, Typisierung.TYP_2_3, Typisierung.TYP_4), List.copyOf(l.typisierung()));
        assertThrows(UnsupportedOperationException.class, () -> l.typisierung().add(Typisierung.TYP_5));
    }

    @Test
    void blankOptionalTextsAreStoredAsAbsent() {
        LeikaLeistung leer = LeikaLeistung.builder().bezeichnung("x").rechtsgrundlage("").gesetze(" ")
                .gesetzeskuerzel("BEEG").build();
        assertEquals(Optional.empty(), leer.rechtsgrundlage());
        assertEquals(Optional.empty(), leer.gesetze());
        assertEquals(Optional.of("BEEG"), leer.gesetzeskuerzel());
        assertEquals(LeikaLeistung.builder().bezeichnung("x").gesetzeskuerzel("BEEG").build(), leer);
    }

    @Test
    void blankOrMissingNameIsRejected() {
        ModellException e = assertThrows(ModellException.class,
                () -> LeikaLeistung.builder().schluessel(BEWILLIGUNG).bezeichnung("").build());
        assertEquals(ModellViolation.BLANK_TEXT, e.violation());
        assertEquals("LeikaLeistung.bezeichnung: expected a non-blank text, was ''", e.getMessage());
        IllegalStateException fehlt = assertThrows(IllegalStateException.class,
                () -> LeikaLeistung.builder().schluessel(BEWILLIGUNG).build());
        assertTrue(fehlt.getMessage().contains("bezeichnung"), fehlt::getMessage);
    }

    @Test
    void everyFieldTakesPartInEquality() {
        LeikaLeistung l = bewilligung();
        List<LeikaLeistung> varianten = List.of(
                LeikaLeistung.builder().from(l).schluessel(Optional.empty()).build(),
                LeikaLeistung.builder().from(l).bezeichnung("Elterngeld").build(),
                LeikaLeistung.builder().from(l).typisierung(List.of(Typisierung.TYP_1)).build(),
                LeikaLeistung.builder().from(l).rechtsgrundlage("§ 8 BEEG").build(),
                LeikaLeistung.builder().from(l).gesetze(Optional.empty()).build(),
                LeikaLeistung.builder().from(l).gesetzeskuerzel("BErzGG").build(),
                LeikaLeistung.builder().from(l).sdg1(false).build(),
                LeikaLeistung.builder().from(l).sdg2(true).build());
        for (LeikaLeistung v : varianten) {
            assertNotEquals(l, v, v::toString);
        }
    }
}
