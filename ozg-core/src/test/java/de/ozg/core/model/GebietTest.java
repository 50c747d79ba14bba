package de.ozg.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.id.Ags;
import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class GebietTest {

    static final Ars FLENSBURG = Ars.parse("010010000000");
    static final Ars AVERLAK = Ars.parse("010515163003");

    static Gebiet flensburg() {
        return Gebiet.builder().ars(FLENSBURG).ebene(ArsEbene.GEMEINDE).name("Flensburg, Stadt")
                .ags(Ags.parse("01001000")).textkennzeichen("61").bevoelkerung(90164).build();
    }

    @Test
    void builderRoundTrip() {
        Gebiet g = flensburg();
        assertEquals(FLENSBURG, g.ars());
        assertEquals(ArsEbene.GEMEINDE, g.ebene());
        assertEquals("Flensburg, Stadt", g.name());
        assertEquals(Optional.of(Ags.parse("01001000")), g.ags());
        assertEquals(Optional.of("61"), g.textkennzeichen());
        assertEquals(OptionalLong.of(90164), g.bevoelkerung());
        assertTrue(g.isGemeinde());
        Gebiet kopie = Gebiet.builder().from(g).build();
        assertEquals(g, kopie);
        assertEquals(g.hashCode(), kopie.hashCode());
        assertEquals(g.toString(), kopie.toString());
        Gebiet kurz = Gebiet.of(FLENSBURG, ArsEbene.KREIS, "Flensburg, Stadt");
        assertFalse(kurz.isGemeinde());
        assertEquals(Optional.empty(), kurz.ags());
        assertEquals(OptionalLong.empty(), kurz.bevoelkerung());
    }

    /** Destatis Textkennzeichen 65 and 66 mark the gemeindefreie Gebiete, which are no Kommunen. */
    @Test
    void gemeindefreieGebieteAreNoKommunen() {
        Ars forst = Ars.parse("091809451451");
        for (String tk : List.of("65", "66", " 66 ")) {
            Gebiet g = Gebiet.builder().ars(forst).ebene(ArsEbene.GEMEINDE).name("Ettaler Forst").textkennzeichen(tk)
                    .build();
            assertTrue(g.isGemeinde(), tk);
            assertTrue(g.isGemeindefrei(), tk);
            assertFalse(g.isKommune(), tk);
        }
        for (String tk : List.of("60", "61", "63", "64", "67", "650", "6")) {
            Gebiet g = Gebiet.builder().ars(forst).ebene(ArsEbene.GEMEINDE).name("Gemeinde").textkennzeichen(tk).build();
            assertFalse(g.isGemeindefrei(), tk);
            assertTrue(g.isKommune(), tk);
        }
        assertTrue(flensburg().isKommune());
        assertTrue(Gebiet.of(forst, ArsEbene.GEMEINDE, "ohne Textkennzeichen").isKommune());
        // only a Gemeinde can be gemeindefrei; a Gemeindeverband of the same key is none
        Gebiet verband = Gebiet.builder().ars(Ars.parse("091809451000")).ebene(ArsEbene.GEMEINDEVERBAND)
                .name("Ettaler Forst").textkennzeichen("66").build();
        assertFalse(verband.isGemeindefrei());
        assertFalse(verband.isKommune());
    }

    @Test
    void oneKeyServesSeveralLevels() {
        for (ArsEbene e : List.of(ArsEbene.KREIS, ArsEbene.GEMEINDEVERBAND, ArsEbene.GEMEINDE)) {
            assertEquals(e, Gebiet.of(FLENSBURG, e, "Flensburg").ebene());
        }
        Ars hamburg = Ars.parse("020000000000");
        Gebiet hhGemeinde = Gebiet.builder().ars(hamburg).ebene(ArsEbene.GEMEINDE).name("Hamburg")
                .ags(Ags.parse("02000000")).build();
        assertEquals(Optional.of(Ags.parse("02000000")), hhGemeinde.ags());
        assertNotEquals(Gebiet.of(hamburg, ArsEbene.LAND, "Hamburg"), Gebiet.of(hamburg, ArsEbene.KREIS, "Hamburg"));
    }

    @Test
    void keyFinerThanTheLevelIsRejected() {
        ModellException e = assertThrows(ModellException.class, () -> Gebiet.of(AVERLAK, ArsEbene.KREIS, "Averlak"));
        assertEquals(ModellViolation.GEBIET_EBENE_MISMATCH, e.violation());
        assertEquals("Gebiet Averlak.ars: expected a key of level KREIS or coarser, but its digits show level "
                + "GEMEINDE, was '010515163003'", e.getMessage());
        assertThrows(ModellException.class, () -> Gebiet.of(FLENSBURG, ArsEbene.LAND, "Flensburg"));
        assertThrows(ModellException.class, () -> Gebiet.of(FLENSBURG, ArsEbene.BUND, "Flensburg"));
    }

    @Test
    void agsMustBeTheOneOfTheArs() {
        ModellException e = assertThrows(ModellException.class, () -> Gebiet.builder().from(flensburg())
                .ags(Ags.parse("01002000")).build());
        assertEquals(ModellViolation.GEBIET_AGS_MISMATCH, e.violation());
        assertEquals("Gebiet Flensburg, Stadt.ags: expected the AGS of ARS 010010000000 (01001000), was '01002000'",
                e.getMessage());
        ModellException verband = assertThrows(ModellException.class, () -> Gebiet.builder().ars(FLENSBURG)
                .ebene(ArsEbene.GEMEINDEVERBAND).name("Flensburg").ags(Ags.parse("01001000")).build());
        assertEquals(ModellViolation.GEBIET_AGS_MISMATCH, verband.violation());
        assertEquals("Gebiet Flensburg.ags: expected no AGS, since a Gemeindeverband has none, was '01001000'",
                verband.getMessage());
        assertEquals(Optional.of(Ags.parse("01051003")), Gebiet.builder().ars(AVERLAK).ebene(ArsEbene.GEMEINDE)
                .name("Averlak").ags(Ags.parse("01051003")).build().ags());
    }

    @Test
    void negativePopulationAndBlankNameAreRejected() {
        ModellException e = assertThrows(ModellException.class,
                () -> Gebiet.builder().from(flensburg()).bevoelkerung(-1).build());
        assertEquals(ModellViolation.OUT_OF_RANGE, e.violation());
        assertEquals("Gebiet Flensburg, Stadt.bevoelkerung: expected a population of 0 or more, was '-1'",
                e.getMessage());
        assertEquals(OptionalLong.of(0), Gebiet.builder().from(flensburg()).bevoelkerung(0).build().bevoelkerung());
        ModellException name = assertThrows(ModellException.class, () -> Gebiet.of(FLENSBURG, ArsEbene.KREIS, ""));
        assertEquals(ModellViolation.BLANK_TEXT, name.violation());
    }

    @Test
    void blankTextkennzeichenIsStoredAsAbsent() {
        Gebiet g = Gebiet.builder().from(flensburg()).textkennzeichen(" ").build();
        assertEquals(Optional.empty(), g.textkennzeichen());
    }

    @Test
    void everyFieldTakesPartInEqualityAndOrderIsKeyThenLevel() {
        Gebiet g = flensburg();
        for (Gebiet v : List.of(Gebiet.builder().from(g).name("Flensburg").build(),
                Gebiet.builder().from(g).ags(Optional.empty()).build(),
                Gebiet.builder().from(g).textkennzeichen("63").build(),
                Gebiet.builder().from(g).bevoelkerung(OptionalLong.empty()).build(),
                Gebiet.builder().from(g).ebene(ArsEbene.KREIS).build())) {
            assertNotEquals(g, v, v::toString);
        }
        Gebiet kreis = Gebiet.of(FLENSBURG, ArsEbene.KREIS, "Flensburg");
        Gebiet land = Gebiet.of(Ars.parse("010000000000"), ArsEbene.LAND, "Schleswig-Holstein");
        Gebiet averlak = Gebiet.of(AVERLAK, ArsEbene.GEMEINDE, "Averlak");
        assertEquals(List.of(land, kreis, g, averlak), List.copyOf(new TreeSet<>(List.of(averlak, g, kreis, land))));
    }
}
