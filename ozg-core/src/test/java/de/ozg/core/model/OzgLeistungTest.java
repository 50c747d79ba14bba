package de.ozg.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.ref.Typisierung;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OzgLeistungTest {

    static final Lebenslage GEBURT = Lebenslage.of("Geburt", Themenfeld.FAMILIE_KIND);

    static LeikaLeistung leika(String key, String name, Typisierung... typ) {
        LeikaLeistung.Builder b = LeikaLeistung.builder().bezeichnung(name).addTypisierung(typ);
        if (key != null) {
            b.schluessel(Leistungsschluessel.parse(key));
        }
        return b.build();
    }

    static OzgLeistung elterngeld() {
        return OzgLeistung.builder().ozgId(OzgId.parse("10000")).bezeichnung("Elterngeld")
                .themenfeld(Themenfeld.FAMILIE_KIND).lebenslage(GEBURT)
                .addLeistungen(leika("99041006000000", "Elterngeld", Typisierung.TYP_2_3),
                        leika("99041006013000", "Elterngeld Bewilligung", Typisierung.TYP_2_3, Typisierung.TYP_1),
                        leika(null, "Elterngeld Beratung", Typisierung.TYP_4))
                .programm(Programm.FOEDERAL).build();
    }

    @Test
    void builderRoundTripAndDerivedValues() {
        OzgLeistung e = elterngeld();
        assertEquals(OzgId.parse("10000"), e.ozgId());
        assertEquals("Elterngeld", e.bezeichnung());
        assertEquals(Themenfeld.FAMILIE_KIND, e.themenfeld());
        assertEquals(GEBURT, e.lebenslage());
        assertEquals(Optional.of(Programm.FOEDERAL), e.programm());
        assertEquals(3, e.leistungen().size());
        assertEquals(List.of(Typisierung.TYP_1, Typisierung.TYP_2_3, Typisierung.TYP_4), List.copyOf(e.typisierung()));
        assertEquals(List.of(Leistungsschluessel.parse("99041006000000"), Leistungsschluessel.parse("99041006013000")),
                e.schluessel());
        assertEquals(1, e.anzahlOhneSchluessel());
        OzgLeistung kopie = OzgLeistung.builder().from(e).build();
        assertEquals(e, kopie);
        assertEquals(e.hashCode(), kopie.hashCode());
    }

    @Test
    void emptyBundleHasNoTypisierung() {
        OzgLeistung leer = OzgLeistung.builder().ozgId(OzgId.of(10001)).bezeichnung("x")
                .themenfeld(Themenfeld.FAMILIE_KIND).lebenslage(GEBURT).build();
        assertTrue(leer.typisierung().isEmpty());
        assertTrue(leer.schluessel().isEmpty());
        assertEquals(Optional.empty(), leer.programm());
    }

    @Test
    void lebenslageOfAnotherThemenfeldIsRejected() {
        ModellException e = assertThrows(ModellException.class, () -> OzgLeistung.builder().from(elterngeld())
                .themenfeld(Themenfeld.BILDUNG).build());
        assertEquals(ModellViolation.LEBENSLAGE_THEMENFELD_MISMATCH, e.violation());
        assertEquals("OzgLeistung 10000.lebenslage: expected a Lebenslage of Themenfeld 'Bildung', but it belongs to "
                + "'Familie & Kind', was 'Geburt'", e.getMessage());
    }

    @Test
    void oneKeyWithTwoContentsIsRejectedNamingTheField() {
        ModellException e = assertThrows(ModellException.class, () -> OzgLeistung.builder().from(elterngeld())
                .addLeistungen(leika("99041006013000", "Elterngeld Bewilligung", Typisierung.TYP_1)).build());
        assertEquals(ModellViolation.DUPLICATE_LEIKA_KEY, e.violation());
        assertEquals("OzgLeistung 10000.leistungen[99041006013000].typisierung: expected '1, 2/3' as in the first "
                + "listing (one content per LeiKa key within a bundle), was '1'", e.getMessage());
        assertEquals(Optional.of("1"), e.actualValue());

        ModellException name = assertThrows(ModellException.class, () -> OzgLeistung.builder().from(elterngeld())
                .addLeistungen(leika("99041006000000", "Elterngeld (neu)", Typisierung.TYP_2_3)).build());
        assertTrue(name.getMessage().startsWith("OzgLeistung 10000.leistungen[99041006000000].bezeichnung: "
                + "expected 'Elterngeld' as in the first listing"), name::getMessage);
    }

    @Test
    void exactRepetitionOfAServiceIsKeptAsListed() {
        OzgLeistung e = OzgLeistung.builder().from(elterngeld())
                .addLeistungen(leika("99041006000000", "Elterngeld", Typisierung.TYP_2_3)).build();
        assertEquals(4, e.leistungen().size());
    }

    @Test
    void blankNameIsRejected() {
        ModellException e = assertThrows(ModellException.class,
                () -> OzgLeistung.builder().from(elterngeld()).bezeichnung("\t").build());
        assertEquals(ModellViolation.BLANK_TEXT, e.violation());
        assertTrue(e.getMessage().startsWith("OzgLeistung.bezeichnung: expected a non-blank text"), e::getMessage);
    }

    @Test
    void everyFieldTakesPartInEqualityAndOrderIsByOzgId() {
        OzgLeistung e = elterngeld();
        List<OzgLeistung> varianten = List.of(
                OzgLeistung.builder().from(e).ozgId(OzgId.of(10001)).build(),
                OzgLeistung.builder().from(e).bezeichnung("Elterngeld Plus").build(),
                OzgLeistung.builder().from(e).lebenslage(Lebenslage.of("Geburt", Themenfeld.FAMILIE_KIND,
                        Lagetyp.LEBENSLAGE)).build(),
                OzgLeistung.builder().from(e).leistungen(e.leistungen().subList(0, 2)).build(),
                OzgLeistung.builder().from(e).programm(Optional.empty()).build());
        for (OzgLeistung v : varianten) {
            assertNotEquals(e, v, v::toString);
        }
        assertTrue(e.compareTo(varianten.get(0)) < 0);
        assertEquals(0, e.compareTo(varianten.get(1)));
    }
}
