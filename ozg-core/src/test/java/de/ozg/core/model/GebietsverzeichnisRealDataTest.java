package de.ozg.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.id.Ags;
import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.ref.Bundesland;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real Destatis Gemeindeverzeichnis as a {@link Gebietsverzeichnis}. */
class GebietsverzeichnisRealDataTest {

    private static Gebietsverzeichnis gv;

    @BeforeAll
    static void lese() {
        gv = GebietTestdaten.verzeichnis();
    }

    @Test
    void countsPerLevel() {
        assertEquals(16, gv.gebiete(ArsEbene.LAND).size());
        assertEquals(29, gv.gebiete(ArsEbene.REGIERUNGSBEZIRK).size());
        assertEquals(401, gv.gebiete(ArsEbene.KREIS).size());
        assertEquals(4606, gv.gebiete(ArsEbene.GEMEINDEVERBAND).size());
        assertEquals(11004, gv.gebiete(ArsEbene.GEMEINDE).size());
        assertEquals(11004, gv.anzahlGemeinden());
        assertEquals(16068 - 12, gv.gebiete().size());
    }

    @Test
    void gemeindenOfSachsenAnhalt() {
        Ars st = Ars.of(Bundesland.SACHSEN_ANHALT);
        Gebietsverzeichnis.Bereich bereich = gv.gemeindeBereich(st);
        assertEquals(218, bereich.size());
        long bruteForce = gv.gemeinden().stream().filter(g -> st.covers(g.ars())).count();
        assertEquals(bruteForce, bereich.size());
        assertTrue(gv.gemeindenUnter(st).stream().allMatch(g -> g.ars().land().orElseThrow() == Bundesland.SACHSEN_ANHALT));
    }

    /**
     * The Gemeinden no Kreis covers, by brute force: gemeindefreie Gebiete with Kreis digits 00
     * directly under their Land (the German-Luxembourg condominium in Rheinland-Pfalz and the
     * coastal waters of Mecklenburg-Vorpommern).
     */
    private static List<Gebiet> ohneKreis() {
        List<Gebiet> kreise = gv.gebiete(ArsEbene.KREIS);
        return gv.gemeinden().stream().filter(g -> kreise.stream().noneMatch(k -> k.ars().covers(g.ars()))).toList();
    }

    @Test
    void twoGemeindefreieGebieteLieOutsideEveryKreis() {
        List<Gebiet> ohne = ohneKreis();
        assertEquals(2, ohne.size(), ohne::toString);
        for (Gebiet g : ohne) {
            assertEquals(Optional.of("66"), g.textkennzeichen(), g::toString);
            assertEquals("00", g.ars().toString().substring(3, 5), g::toString);
        }
    }

    @Test
    void rangesOfAllLaenderAndKreisePartitionTheGemeinden() {
        int summeLaender = 0;
        for (Gebiet land : gv.gebiete(ArsEbene.LAND)) {
            summeLaender += gv.gemeindeBereich(land.ars()).size();
        }
        assertEquals(gv.anzahlGemeinden(), summeLaender);
        assertEquals(gv.anzahlGemeinden(), gv.gemeindeBereich(Ars.BUND).size());
        int summeKreise = 0;
        for (Gebiet kreis : gv.gebiete(ArsEbene.KREIS)) {
            Gebietsverzeichnis.Bereich b = gv.gemeindeBereich(kreis.ars());
            assertFalse(b.isEmpty(), kreis::toString);
            summeKreise += b.size();
        }
        assertEquals(gv.anzahlGemeinden() - ohneKreis().size(), summeKreise);
    }

    @Test
    void everyGemeindeHasALandAncestorAndAKreisAncestorUnlessNoKreisCoversIt() {
        Set<Gebiet> ohne = Set.copyOf(ohneKreis());
        for (Gebiet g : gv.gemeinden()) {
            Set<ArsEbene> vorfahren = EnumSet.noneOf(ArsEbene.class);
            Optional<Gebiet> p = gv.eltern(g);
            Gebiet kind = g;
            while (p.isPresent()) {
                assertTrue(p.get().ebene().isHoeherAls(kind.ebene()), g::toString);
                assertTrue(p.get().ars().covers(g.ars()), g::toString);
                assertTrue(gv.kinder(p.get()).contains(kind), kind::toString);
                vorfahren.add(p.get().ebene());
                kind = p.get();
                p = gv.eltern(kind);
            }
            assertEquals(!ohne.contains(g), vorfahren.contains(ArsEbene.KREIS), g::toString);
            assertTrue(vorfahren.contains(ArsEbene.LAND), g::toString);
            assertEquals(ArsEbene.LAND, kind.ebene(), g::toString);
        }
    }

    @Test
    void childListsCoverEveryGebietExceptTheLaender() {
        int kinder = gv.gebiete().stream().mapToInt(g -> gv.kinder(g).size()).sum();
        assertEquals(gv.gebiete().size() - 16, kinder);
    }

    @Test
    void gemeindeIndexIsThePosition() {
        List<Gebiet> gemeinden = gv.gemeinden();
        for (int i = 0; i < gemeinden.size(); i++) {
            assertEquals(i, gv.gemeindeIndex(gemeinden.get(i).ars()));
            assertEquals(gemeinden.get(i), gv.gemeinde(i));
        }
    }

    @Test
    void kreisfreieStadtAndStadtstaat() {
        Ars flensburg = Ars.parse("010010000000");
        Gebiet gemeinde = gv.gebiet(flensburg, ArsEbene.GEMEINDE).orElseThrow();
        Gebiet verband = gv.gebiet(flensburg, ArsEbene.GEMEINDEVERBAND).orElseThrow();
        Gebiet kreis = gv.gebiet(flensburg, ArsEbene.KREIS).orElseThrow();
        assertEquals(Optional.of(verband), gv.eltern(gemeinde));
        assertEquals(Optional.of(kreis), gv.eltern(verband));
        assertEquals("Schleswig-Holstein", gv.eltern(kreis).orElseThrow().name());
        assertEquals(List.of(verband), gv.kinder(kreis));
        assertEquals(List.of(gemeinde), gv.kinder(verband));
        assertEquals(Optional.of(kreis), gv.gebiet(flensburg));
        assertEquals(Optional.of(gemeinde), gv.gemeinde(Ags.parse("01001000")));
        assertEquals(90164, gemeinde.bevoelkerung().getAsLong());

        Ars hamburg = Ars.parse("020000000000");
        Gebiet land = gv.gebiet(hamburg, ArsEbene.LAND).orElseThrow();
        Gebiet hhKreis = gv.gebiet(hamburg, ArsEbene.KREIS).orElseThrow();
        assertEquals(Optional.of(land), gv.gebiet(hamburg));
        assertEquals(List.of(hhKreis), gv.kinder(land));
        Gebiet hhGemeinde = gv.gebiet(hamburg, ArsEbene.GEMEINDE).orElseThrow();
        assertEquals(Optional.of(land), gv.eltern(gv.eltern(gv.eltern(hhGemeinde).orElseThrow()).orElseThrow()));
        assertEquals(1, gv.gemeindeBereich(hamburg).size());
    }

    @Test
    void kreisUnderRegierungsbezirk() {
        Gebiet braunschweig = gv.gebiet(Ars.parse("031010000000"), ArsEbene.KREIS).orElseThrow();
        Gebiet region = gv.eltern(braunschweig).orElseThrow();
        assertEquals(ArsEbene.REGIERUNGSBEZIRK, region.ebene());
        assertEquals("Statistische Region Braunschweig", region.name());
        assertTrue(region.ags().isEmpty());
        assertEquals("Niedersachsen", gv.eltern(region).orElseThrow().name());
    }
}
