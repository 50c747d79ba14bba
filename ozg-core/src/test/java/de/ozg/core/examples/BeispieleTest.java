package de.ozg.core.examples;

import de.ozg.core.ref.Answer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.id.Ags;
import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.id.FimArt;
import de.ozg.core.id.FimId;
import de.ozg.core.id.LeikaTyp;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.model.Gebiet;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.Lebenslage;
import de.ozg.core.model.LeikaLeistung;
import de.ozg.core.model.Nachnutzung;
import de.ozg.core.model.NachnutzungsStatus;
import de.ozg.core.model.Nachnutzungseintrag;
import de.ozg.core.model.Nachnutzungskategorie;
import de.ozg.core.model.Nachnutzungsuebersicht;
import de.ozg.core.model.Onlinedienst;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.OzgLeistung;
import de.ozg.core.model.Phase;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Flaechendeckung;
import de.ozg.core.ref.Nachnutzungsmodell;
import de.ozg.core.ref.Priorisierung;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.ReifegradModell;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.ref.Typisierung;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BeispieleTest {

    private static final LocalDate STICHTAG = LocalDate.of(2024, 6, 30);
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    /** One line per draw touching every identifier and reference method. */
    private static String zeile(Beispiele b) {
        return b.kennungen().ozgId() + " " + b.kennungen().leistungsschluessel() + " " + b.kennungen().ars() + " " + b.kennungen().ags() + " " + b.kennungen().fimId() + " "
                + b.kennungen().bundesland() + " " + b.kennungen().themenfeld() + " " + b.kennungen().typisierungen() + " " + b.kennungen().reifegrad() + " "
                + b.kennungen().nachnutzungsmodell() + " " + b.kennungen().priorisierung() + " " + b.kennungen().flaechendeckung() + " " + b.kennungen().datum();
    }

    @Test
    void sameSeedGivesSameValues() {
        assertEquals(Beispiele.ofSeed(42).list(1000, BeispieleTest::zeile),
                Beispiele.ofSeed(42).list(1000, BeispieleTest::zeile));
        assertEquals(Beispiele.ofSeed(7).list(1000, x -> x.status().umsetzungsstand()),
                Beispiele.ofSeed(7).list(1000, x -> x.status().umsetzungsstand()));
        assertEquals(Beispiele.ofSeed(7).list(1000, x -> x.gebiete().gebiet()),
                Beispiele.ofSeed(7).list(1000, x -> x.gebiete().gebiet()));
    }

    @Test
    void sameSeedGivesSameEntities() {
        Beispiele a = Beispiele.ofSeed(3);
        Beispiele b = Beispiele.ofSeed(3);
        OzgKatalog katalog = a.katalog().katalog(60);
        assertEquals(katalog, b.katalog().katalog(60));
        Gebietsverzeichnis verzeichnis = a.gebiete().gebietsverzeichnis();
        assertEquals(verzeichnis, b.gebiete().gebietsverzeichnis());
        assertEquals(a.status().umsetzungsstaende(katalog, verzeichnis, STICHTAG, 1000),
                b.status().umsetzungsstaende(katalog, verzeichnis, STICHTAG, 1000));
        assertEquals(a.status().umsetzungsstaende(katalog, verzeichnis, STICHTAG).toList(),
                b.status().umsetzungsstaende(katalog, verzeichnis, STICHTAG).toList());
    }

    @Test
    void mitSeedIsSplittableRandomAndOtherGeneratorsAreDeterministicToo() {
        assertEquals(Beispiele.ofSeed(99).list(200, BeispieleTest::zeile),
                Beispiele.of(new SplittableRandom(99)).list(200, BeispieleTest::zeile));
        RandomGeneratorFactory<?> f = RandomGeneratorFactory.of("L64X128MixRandom");
        assertEquals(Beispiele.of(f.create(5)).list(500, BeispieleTest::zeile),
                Beispiele.of(f.create(5)).list(500, BeispieleTest::zeile));
    }

    @Test
    void differentSeedsGiveDifferentValues() {
        assertNotEquals(Beispiele.ofSeed(1).list(1000, x -> x.kennungen().ozgId()),
                Beispiele.ofSeed(2).list(1000, x -> x.kennungen().ozgId()));
        assertNotEquals(Beispiele.ofSeed(1).list(1000, BeispieleTest::zeile),
                Beispiele.ofSeed(2).list(1000, BeispieleTest::zeile));
        assertNotEquals(Beispiele.ofSeed(1).katalog().katalog(20), Beispiele.ofSeed(2).katalog().katalog(20));
    }

    @Test
    void identifiersStrictParseFromTheirCanonicalText() {
        Beispiele b = Beispiele.ofSeed(11);
        for (int i = 0; i < 2000; i++) {
            OzgId o = b.kennungen().ozgId();
            assertEquals(o, OzgId.parse(o.toString()));
            Leistungsschluessel k = b.kennungen().leistungsschluessel();
            assertEquals(k, Leistungsschluessel.parse(k.toString()));
            assertEquals(k, Leistungsschluessel.parseUrn(k.toUrn()));
            Ars ars = b.kennungen().ars();
            assertEquals(ars, Ars.parse(ars.toString()));
            Ags ags = b.kennungen().ags();
            assertEquals(ags, Ags.parse(ags.toString()));
            FimId fim = b.kennungen().fimId();
            assertEquals(fim, FimId.parse(fim.toString()));
            Reifegrad r = b.kennungen().reifegrad();
            assertEquals(r, Reifegrad.parse(r.toString()));
            Set<Typisierung> t = b.kennungen().typisierungen();
            assertEquals(t, Typisierung.parseMenge(Typisierung.formatMenge(t)));
        }
    }

    @Test
    void identifiersHaveTheRequestedStructure() {
        Beispiele b = Beispiele.ofSeed(12);
        int usual = 0;
        int bund = 0;
        for (int i = 0; i < 2000; i++) {
            usual += b.kennungen().ozgId().isImUeblichenBereich() ? 1 : 0;
            bund += b.kennungen().leistungsschluessel().isBundeskatalog() ? 1 : 0;
        }
        assertTrue(usual > 1800 && usual < 2000, "mostly, not only, 10000-10999: " + usual);
        assertTrue(bund > 1500 && bund < 1900, "mostly Bund keys, some regional: " + bund);
        for (int i = 0; i < 300; i++) {
            for (LeikaTyp typ : LeikaTyp.values()) {
                assertEquals(typ, b.kennungen().leistungsschluessel(typ).leikaTyp());
            }
            for (ArsEbene e : ArsEbene.values()) {
                assertEquals(e, b.kennungen().ars(e).ebene());
                if (e != ArsEbene.BUND) {
                    Bundesland land = b.kennungen().bundesland();
                    Ars ars = b.kennungen().ars(land, e);
                    assertEquals(e, ars.ebene());
                    assertEquals(land, ars.land().orElseThrow());
                }
                if (e != ArsEbene.BUND && e != ArsEbene.GEMEINDEVERBAND) {
                    assertEquals(e, b.kennungen().ags(e).ebene());
                }
            }
            for (FimArt art : FimArt.values()) {
                assertEquals(art, b.kennungen().fimId(art).art());
            }
            for (ReifegradModell m : ReifegradModell.values()) {
                assertEquals(m, b.kennungen().reifegrad(m).modell());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> b.kennungen().ags(ArsEbene.GEMEINDEVERBAND));
        assertThrows(IllegalArgumentException.class, () -> b.kennungen().ars(Bundesland.BAYERN, ArsEbene.BUND));
    }

    private static <T> Set<T> gesehen(int n, Function<Beispiele, T> f) {
        return new HashSet<>(Beispiele.ofSeed(2024).list(n, f));
    }

    @Test
    void fiveThousandDrawsCoverEveryValue() {
        assertEquals(EnumSet.allOf(Bundesland.class), gesehen(5000, x -> x.kennungen().bundesland()));
        assertEquals(EnumSet.allOf(Bundesland.class), gesehen(5000, b -> b.kennungen().ars().land().orElse(Bundesland.BERLIN)));
        assertEquals(EnumSet.allOf(Bundesland.class), gesehen(5000, b -> b.kennungen().ags().land()));
        assertEquals(EnumSet.allOf(Themenfeld.class), gesehen(5000, x -> x.kennungen().themenfeld()));
        assertEquals(EnumSet.allOf(Themenfeld.class), gesehen(5000, b -> b.katalog().lebenslage().themenfeld()));
        assertEquals(EnumSet.allOf(Typisierung.class), gesehen(5000, x -> x.kennungen().typisierung()));
        assertEquals(EnumSet.allOf(Typisierung.class),
                gesehen(5000, x -> x.kennungen().typisierungen()).stream().flatMap(Set::stream).collect(Collectors.toSet()));
        assertEquals(EnumSet.allOf(ArsEbene.class), gesehen(5000, b -> b.kennungen().ars().ebene()));
        assertEquals(EnumSet.allOf(FimArt.class), gesehen(5000, b -> b.kennungen().fimId().art()));
        assertEquals(Set.of(true, false), gesehen(5000, b -> b.kennungen().fimId().version().isPresent()));
        assertEquals(EnumSet.allOf(LeikaTyp.class), gesehen(5000, b -> b.kennungen().leistungsschluessel().leikaTyp()));
        Set<Reifegrad> alle = new HashSet<>(ReifegradModell.V1.stufen());
        alle.addAll(ReifegradModell.V2.stufen());
        assertEquals(alle, gesehen(5000, x -> x.kennungen().reifegrad()));
        assertEquals(EnumSet.allOf(Nachnutzungsmodell.class), gesehen(5000, x -> x.kennungen().nachnutzungsmodell()));
        assertEquals(EnumSet.allOf(Priorisierung.class), gesehen(5000, x -> x.kennungen().priorisierung()));
        assertEquals(EnumSet.allOf(Flaechendeckung.class), gesehen(5000, x -> x.kennungen().flaechendeckung()));
        assertEquals(EnumSet.complementOf(EnumSet.of(ArsEbene.BUND)), gesehen(5000, b -> b.gebiete().gebiet().ebene()));
        assertEquals(Set.of(true, false), gesehen(2000, b -> b.katalog().ozgLeistung().anzahlOhneSchluessel() > 0));
    }

    @Test
    void katalogHasUniqueIdsAndKeysAcrossAllThemenfelder() {
        Beispiele b = Beispiele.ofSeed(5);
        for (int n : new int[] {1, 13, 14, 100, 1000}) {
            OzgKatalog k = b.katalog().katalog(n);
            assertEquals(n, k.leistungen().size());
            assertEquals(n, k.leistungen().stream().map(OzgLeistung::ozgId).distinct().count());
            assertTrue(k.leistungen().stream().allMatch(l -> l.ozgId().isImUeblichenBereich()));
            long keyed = k.anzahlLeikaLeistungen() - k.anzahlOhneSchluessel();
            assertEquals(keyed, k.schluessel().size(), "every key once in the catalogue");
            if (n >= 14) {
                assertEquals(EnumSet.allOf(Themenfeld.class), k.themenfelder());
            }
            for (OzgLeistung l : k.leistungen()) {
                assertEquals(l.themenfeld(), l.lebenslage().themenfeld());
                assertFalse(l.leistungen().isEmpty());
            }
            assertEquals(k, OzgKatalog.builder().from(k).build());
        }
        assertThrows(IllegalArgumentException.class, () -> b.katalog().katalog(0));
        assertThrows(IllegalArgumentException.class, () -> b.katalog().katalog(1001));
    }

    /**
     * Generated directories hold gemeindefreie Gebiete where the real one does, keyed as Destatis
     * keys them; generated status rows never name one at Gemeinde level.
     */
    @Test
    void gebietsverzeichnisHoldsGemeindefreieGebieteLikeTheRealOne() {
        Set<Bundesland> mitGemeindefreien = EnumSet.of(Bundesland.SCHLESWIG_HOLSTEIN, Bundesland.NIEDERSACHSEN,
                Bundesland.HESSEN, Bundesland.RHEINLAND_PFALZ, Bundesland.BADEN_WUERTTEMBERG, Bundesland.BAYERN,
                Bundesland.SAARLAND, Bundesland.MECKLENBURG_VORPOMMERN);
        Beispiele b = Beispiele.ofSeed(12);
        Gebietsverzeichnis v = b.gebiete().gebietsverzeichnis(10, 6);
        int frei = 0;
        for (Gebiet g : v.gemeinden()) {
            if (g.isGemeindefrei()) {
                frei++;
                assertTrue(mitGemeindefreien.contains(g.ars().land().orElseThrow()), g.toString());
                assertTrue(List.of("65", "66").contains(g.textkennzeichen().orElseThrow()), g.toString());
                assertTrue(g.ars().toString().substring(5, 7).equals("94"), "Gemeindeverband 94xx: " + g);
                Gebiet verband = v.eltern(g).orElseThrow();
                assertEquals(ArsEbene.GEMEINDEVERBAND, verband.ebene());
                assertEquals(ArsEbene.KREIS, v.eltern(verband).orElseThrow().ebene());
                assertEquals("66".equals(g.textkennzeichen().get()), g.bevoelkerung().getAsLong() == 0, g.toString());
            } else {
                assertTrue(g.isKommune(), g.toString());
            }
        }
        assertTrue(frei > 0, "some gemeindefreie Gebiete");
        assertEquals(v.anzahlGemeinden() - frei, v.anzahlKommunen());
        OzgKatalog katalog = b.katalog().katalog(60);
        for (Umsetzungsstand z : b.status().umsetzungsstaende(katalog, v, STICHTAG, 3000)) {
            v.gebiet(z.ars(), ArsEbene.GEMEINDE).ifPresent(g -> assertFalse(g.isGemeindefrei(), z.toString()));
        }
        b.status().umsetzungsstaende(katalog, v, STICHTAG).forEach(z -> v.gebiet(z.ars(), ArsEbene.GEMEINDE)
                .ifPresent(g -> assertFalse(g.isGemeindefrei(), z.toString())));
    }

    @Test
    void gebietsverzeichnisIsAConsistentHierarchy() {
        Beispiele b = Beispiele.ofSeed(8);
        Gebietsverzeichnis v = b.gebiete().gebietsverzeichnis(6, 12);
        assertEquals(16, v.gebiete(ArsEbene.LAND).size());
        Set<Bundesland> mitRb = v.gebiete(ArsEbene.REGIERUNGSBEZIRK).stream()
                .map(g -> g.ars().land().orElseThrow()).collect(Collectors.toSet());
        assertEquals(Set.of(Bundesland.NIEDERSACHSEN, Bundesland.NORDRHEIN_WESTFALEN, Bundesland.HESSEN,
                Bundesland.RHEINLAND_PFALZ, Bundesland.BADEN_WUERTTEMBERG, Bundesland.BAYERN, Bundesland.SACHSEN), mitRb);
        for (Gebiet g : v.gebiete()) {
            assertEquals(g.ars(), Ars.parse(g.ars().toString()));
            assertTrue(g.ars().ebene().compareTo(g.ebene()) <= 0, g.toString());
            if (g.ebene() == ArsEbene.GEMEINDEVERBAND) {
                assertTrue(g.ags().isEmpty(), g.toString());
            } else {
                assertEquals(g.ars().toAgs(), g.ags(), g.toString());
            }
            if (g.ebene() != ArsEbene.LAND) {
                Gebiet eltern = v.eltern(g).orElseThrow(() -> new AssertionError("no parent: " + g));
                assertTrue(eltern.ars().covers(g.ars()), g + " under " + eltern);
                assertTrue(eltern.ebene().isHoeherAls(g.ebene()));
            }
        }
        for (Gebiet land : v.gebiete(ArsEbene.LAND)) {
            List<Gebiet> gemeinden = v.gemeindenUnter(land.ars());
            assertFalse(gemeinden.isEmpty(), land.name());
            long summe = gemeinden.stream().mapToLong(g -> g.bevoelkerung().orElseThrow()).sum();
            assertEquals(summe, land.bevoelkerung().orElseThrow(), land.name());
        }
        for (Gebiet g : v.gemeinden()) {
            assertEquals(g, v.gemeinde(g.ags().orElseThrow()).orElseThrow());
        }
        Bundesland[] flaechenlaender = EnumSet.complementOf(EnumSet.of(Bundesland.HAMBURG, Bundesland.BERLIN,
                Bundesland.BREMEN)).toArray(new Bundesland[0]);
        for (Bundesland land : flaechenlaender) {
            assertEquals(6, v.gebiete(ArsEbene.KREIS).stream().filter(k -> k.ars().land().orElseThrow() == land)
                    .count(), land.bezeichnung());
        }
        assertTrue(v.gebiete(ArsEbene.GEMEINDEVERBAND).stream().anyMatch(g -> g.name().startsWith("Amt ")));
        assertTrue(v.gebiete(ArsEbene.KREIS).stream().anyMatch(g -> g.textkennzeichen().orElse("").equals("41")));
        assertEquals(v, Gebietsverzeichnis.of(v.gebietsstand(), v.gebiete()));
        int gemeinden = v.anzahlGemeinden();
        assertTrue(gemeinden > 13 * 6 * 12 / 2 && gemeinden < 13 * 6 * 12 + 100, "size " + gemeinden);
        assertThrows(IllegalArgumentException.class, () -> b.gebiete().gebietsverzeichnis(0, 5));
        assertThrows(IllegalArgumentException.class, () -> b.gebiete().gebietsverzeichnis(5, 1000));
    }

    @Test
    void umsetzungsstaendeHaveDistinctPairsAndRealisticShares() {
        Beispiele b = Beispiele.ofSeed(21);
        OzgKatalog katalog = b.katalog().katalog(200);
        Gebietsverzeichnis v = b.gebiete().gebietsverzeichnis();
        List<Umsetzungsstand> zeilen = b.status().umsetzungsstaende(katalog, v, STICHTAG, 5000);
        assertEquals(5000, zeilen.size());
        assertEquals(5000, zeilen.stream().map(z -> z.schluessel() + "@" + z.ars()).distinct().count());
        pruefeZeilen(katalog, v, zeilen);
        int[] ebenen = new int[ArsEbene.values().length];
        zeilen.forEach(z -> ebenen[z.ars().equals(Ars.BUND) ? 0 : v.gebiet(z.ars()).orElseThrow().ebene().ordinal()]++);
        assertTrue(ebenen[ArsEbene.LAND.ordinal()] > 100, "some Land rows");
        assertTrue(ebenen[ArsEbene.KREIS.ordinal()] > 200, "some Kreis rows");
        assertTrue(ebenen[ArsEbene.BUND.ordinal()] > 0, "some Bund rows");
        long v1 = zeilen.stream().filter(z -> z.reifegrad().map(r -> r.modell() == ReifegradModell.V1).orElse(false))
                .count();
        assertTrue(v1 > 4000, "Reifegrad mostly V1: " + v1);
        long offline = zeilen.stream().filter(z -> !z.isOnline()).count();
        assertTrue(offline > 750 && offline < 2500, "some offline: " + offline);
        long inaktiv = zeilen.stream().filter(z -> !z.isAktiv()).count();
        assertTrue(inaktiv > 50 && inaktiv < 500, "some inactive: " + inaktiv);
        assertThrows(IllegalArgumentException.class,
                () -> b.status().umsetzungsstaende(b.katalog().katalog(1), v, STICHTAG, 1_000_000));
    }

    private static void pruefeZeilen(OzgKatalog katalog, Gebietsverzeichnis v, List<Umsetzungsstand> zeilen) {
        for (Umsetzungsstand z : zeilen) {
            assertEquals(STICHTAG, z.stichtag());
            List<OzgLeistung> buendel = katalog.leistungenMit(z.schluessel());
            assertFalse(buendel.isEmpty(), z.toString());
            z.ozgId().ifPresent(id -> assertTrue(buendel.stream().anyMatch(l -> l.ozgId().equals(id))));
            if (z.ars().equals(Ars.BUND)) {
                assertTrue(buendel.stream().flatMap(l -> l.leistungen().stream())
                        .filter(l -> l.schluessel().equals(java.util.Optional.of(z.schluessel())))
                        .anyMatch(l -> l.typisierung().contains(Typisierung.TYP_1)), "Bund row of a Typ 1 service");
            } else {
                assertTrue(v.contains(z.ars()), z.toString());
            }
            z.reifegrad().ifPresent(r -> assertEquals(r.stufe() >= 2, z.isOnline(), z.toString()));
            if (!z.isAktiv()) {
                assertTrue(z.flaechendeckung().map(f -> f == Flaechendeckung.NICHT_BERUECKSICHTIGT).orElse(true));
            }
            z.url().ifPresent(u -> assertTrue(z.isOnline() && u.startsWith("https://") && u.contains(".example/")));
        }
    }

    @Test
    void stichtagStreamIsLazyDeterministicAndParallelSafe() {
        Beispiele b = Beispiele.ofSeed(31);
        OzgKatalog katalog = b.katalog().katalog(40);
        Gebietsverzeichnis v = b.gebiete().gebietsverzeichnis(3, 6);
        var stream = b.status().umsetzungsstaende(katalog, v, STICHTAG);
        String danach = zeile(b);
        List<Umsetzungsstand> sequentiell = stream.toList();
        Beispiele c = Beispiele.ofSeed(31);
        c.katalog().katalog(40);
        c.gebiete().gebietsverzeichnis(3, 6);
        List<Umsetzungsstand> parallel = c.status().umsetzungsstaende(katalog, v, STICHTAG).parallel().toList();
        assertEquals(sequentiell, parallel);
        assertEquals(danach, zeile(c), "the stream takes exactly one seed from its Beispiele");
        assertFalse(sequentiell.isEmpty());
        assertEquals(sequentiell.size(),
                sequentiell.stream().map(z -> z.schluessel() + "@" + z.ars()).distinct().count());
        pruefeZeilen(katalog, v, sequentiell);
        Set<Flaechendeckung> klassen = sequentiell.stream().flatMap(z -> z.flaechendeckung().stream())
                .collect(Collectors.toSet());
        assertTrue(klassen.containsAll(List.of(Flaechendeckung.BUNDESWEIT, Flaechendeckung.LANDESWEIT,
                Flaechendeckung.KREISWEIT, Flaechendeckung.MIND_EINE_KOMMUNE)), klassen.toString());
        assertEquals(3, b.status().umsetzungsstaende(katalog, v, STICHTAG).limit(3).count());
    }

    @Test
    void entitiesRebuildUnchanged() {
        Beispiele b = Beispiele.ofSeed(17);
        for (int i = 0; i < 300; i++) {
            LeikaLeistung l = b.katalog().leikaLeistung();
            assertTrue(l.isImLeika());
            assertEquals(l, LeikaLeistung.builder().from(l).build());
            assertFalse(b.katalog().leikaLeistungOhneSchluessel().isImLeika());
            OzgLeistung o = b.katalog().ozgLeistung();
            assertEquals(o, OzgLeistung.builder().from(o).build());
            Gebiet g = b.gebiete().gebiet();
            assertEquals(g, Gebiet.builder().from(g).build());
            Lebenslage lage = b.katalog().lebenslage();
            assertEquals(lage, lage.typ().map(t -> Lebenslage.of(lage.bezeichnung(), lage.themenfeld(), t))
                    .orElseGet(() -> Lebenslage.of(lage.bezeichnung(), lage.themenfeld())));
        }
    }

    // --- reuse ---------------------------------------------------------------------------------

    /** One line per draw touching every reuse method. */
    private static String nachnutzungszeile(Beispiele b) {
        return b.nachnutzung().onlinedienst() + " " + b.nachnutzung().nachnutzung() + " " + b.nachnutzung().nachnutzungsStatus() + " "
                + b.nachnutzung().nachnutzungskategorie().bezeichnung() + " " + b.nachnutzung().phase().bezeichnung() + " "
                + b.nachnutzung().nachnutzungseintrag();
    }

    @Test
    void sameSeedGivesSameReuseValues() {
        assertEquals(Beispiele.ofSeed(42).list(1000, BeispieleTest::nachnutzungszeile),
                Beispiele.ofSeed(42).list(1000, BeispieleTest::nachnutzungszeile));
        assertNotEquals(Beispiele.ofSeed(42).list(100, BeispieleTest::nachnutzungszeile),
                Beispiele.ofSeed(43).list(100, BeispieleTest::nachnutzungszeile));
        assertEquals(Beispiele.ofSeed(8).list(20, x -> x.nachnutzung().nachnutzungsuebersicht()),
                Beispiele.ofSeed(8).list(20, x -> x.nachnutzung().nachnutzungsuebersicht()));
        Beispiele a = Beispiele.ofSeed(9);
        Beispiele b = Beispiele.ofSeed(9);
        OzgKatalog katalog = a.katalog().katalog(40);
        assertEquals(katalog, b.katalog().katalog(40));
        List<Onlinedienst> dienste = a.nachnutzung().onlinedienste(katalog, 15);
        assertEquals(dienste, b.nachnutzung().onlinedienste(katalog, 15));
        assertEquals(a.nachnutzung().nachnutzungsuebersicht(Bundesland.SACHSEN_ANHALT, katalog, dienste),
                b.nachnutzung().nachnutzungsuebersicht(Bundesland.SACHSEN_ANHALT, katalog, dienste));
        assertEquals(a.verstoesse().onlinedienstVerstoesse().toString(), b.verstoesse().onlinedienstVerstoesse().toString());
        assertEquals(a.verstoesse().modellVerstoesse().toString(), b.verstoesse().modellVerstoesse().toString());
    }

    @Test
    void twoThousandDrawsCoverEveryReuseValue() {
        assertEquals(EnumSet.allOf(NachnutzungsStatus.class), gesehen(2000, x -> x.nachnutzung().nachnutzungsStatus()));
        assertEquals(EnumSet.allOf(NachnutzungsStatus.class), gesehen(2000, b -> b.nachnutzung().nachnutzung().status()));
        assertEquals(EnumSet.allOf(NachnutzungsStatus.class), gesehen(2000, b -> b.nachnutzung().onlinedienst().nachnutzungen())
                .stream().flatMap(List::stream).map(Nachnutzung::status).collect(Collectors.toSet()));
        Set<Nachnutzungskategorie> kategorien = gesehen(2000, x -> x.nachnutzung().nachnutzungskategorie());
        assertTrue(kategorien.containsAll(Nachnutzungskategorie.bekannte()), kategorien.toString());
        assertTrue(kategorien.stream().anyMatch(k -> !k.isBekannt()), "a Land's own categories too");
        Set<Phase> phasen = gesehen(2000, x -> x.nachnutzung().phase());
        assertTrue(phasen.containsAll(Phase.bekannte()), phasen.toString());
        assertTrue(phasen.stream().anyMatch(p -> !p.isBekannt()), "a Land's own phases too");
        assertEquals(EnumSet.allOf(Nachnutzungsmodell.class), gesehen(2000, b -> b.nachnutzung().onlinedienst().nachnutzungsmodell()));
        assertEquals(Set.of(1, 2, 3, 4), gesehen(2000, b -> b.nachnutzung().onlinedienst().leistungsschluessel().size()));
        assertEquals(EnumSet.of(ArsEbene.LAND, ArsEbene.KREIS, ArsEbene.GEMEINDE),
                gesehen(2000, b -> b.nachnutzung().nachnutzung().nachnutzer().ebene()), "Nachnutzer: Länder, Kreise, Gemeinden");
        List<Onlinedienst> dienste = Beispiele.ofSeed(2024).list(2000, x -> x.nachnutzung().onlinedienst());
        assertTrue(dienste.stream().anyMatch(Onlinedienst::isOzgKonformGemeldet));
        assertTrue(dienste.stream().anyMatch(d -> d.reifegrad().isEmpty()));
        assertTrue(dienste.stream().anyMatch(d -> d.zielReifegrad().isPresent()));
        assertTrue(dienste.stream().anyMatch(d -> d.url().isEmpty()));
        assertTrue(dienste.stream().anyMatch(d -> d.nachnutzungen().isEmpty()));
        assertTrue(dienste.stream().anyMatch(d -> !d.isEfa() && d.entwickelndesLand().isEmpty()));
        assertTrue(dienste.stream().anyMatch(d -> d.nachnutzungen().stream().anyMatch(n -> !n.isLand())));
    }

    @Test
    void generatedOnlinediensteSatisfyEveryInvariantAndConstraint() {
        Beispiele b = Beispiele.ofSeed(19);
        for (int i = 0; i < 2000; i++) {
            Onlinedienst d = b.nachnutzung().onlinedienst();
            assertEquals(Set.of(), VALIDATOR.validate(d), d.toString());
            assertEquals(d, Onlinedienst.builder().from(d).build());
            pruefeDienst(d);
        }
        for (Nachnutzungsmodell m : Nachnutzungsmodell.values()) {
            for (int i = 0; i < 200; i++) {
                Onlinedienst d = b.nachnutzung().onlinedienst(m);
                assertEquals(m, d.nachnutzungsmodell());
                assertEquals(Set.of(), VALIDATOR.validate(d), d.toString());
                pruefeDienst(d);
            }
        }
    }

    /** The promises of {@link Beispiele#onlinedienst(Nachnutzungsmodell)} beyond the model's invariants. */
    static void pruefeDienst(Onlinedienst d) {
        if (d.isEfa()) {
            assertTrue(d.entwickelndesLand().isPresent(), d.toString());
        }
        assertTrue(d.leistungsschluessel().size() >= 1 && d.leistungsschluessel().size() <= 4, d.toString());
        d.reifegrad().ifPresent(ist -> d.zielReifegrad().ifPresent(ziel -> {
            assertEquals(ist.modell(), ziel.modell(), d.toString());
            assertTrue(ist.stufe() <= ziel.stufe(), d.toString());
        }));
        if (d.isOzgKonformGemeldet()) {
            assertEquals(Optional.of(Answer.YES), d.reifegrad().map(r -> r.ozgKonform()), d.toString());
        }
        d.url().ifPresent(u -> {
            assertEquals("https", u.getScheme());
            assertTrue(u.getHost().endsWith(".example"), u.toString());
        });
        Optional<Ars> eigen = d.entwickelndesLand().map(Ars::of);
        Set<Ars> nachnutzer = new HashSet<>();
        for (Nachnutzung n : d.nachnutzungen()) {
            assertTrue(nachnutzer.add(n.nachnutzer()), d.toString());
            assertNotEquals(Ars.BUND, n.nachnutzer());
            assertFalse(eigen.equals(Optional.of(n.nachnutzer())), "own Land key: " + d);
        }
    }

    @Test
    void nachnutzungsuebersichtCoversTheCatalogueAndUsesItsServices() {
        Beispiele b = Beispiele.ofSeed(23);
        Set<Nachnutzungskategorie> kategorien = new HashSet<>();
        int booster = 0;
        int fokus = 0;
        int mitDienst = 0;
        for (int runde = 0; runde < 30; runde++) {
            OzgKatalog katalog = b.katalog().katalog(40);
            List<Onlinedienst> dienste = b.nachnutzung().onlinedienste(katalog, 25);
            assertEquals(25, dienste.stream().map(Onlinedienst::id).distinct().count());
            Bundesland land = Bundesland.values()[runde % 16];
            Nachnutzungsuebersicht u = b.nachnutzung().nachnutzungsuebersicht(land, katalog, dienste);
            assertEquals(u, Nachnutzungsuebersicht.builder().from(u).build());
            assertEquals(land, u.land());
            assertEquals(dienste, u.onlinedienste());
            assertEquals(katalog.leistungen().stream().map(OzgLeistung::ozgId).collect(Collectors.toSet()),
                    u.eintraege().stream().map(Nachnutzungseintrag::ozgId).collect(Collectors.toSet()));
            for (Nachnutzungseintrag e : u.eintraege()) {
                kategorien.add(e.kategorie());
                booster += e.isOzgBooster() ? 1 : 0;
                fokus += e.isFokusleistung() ? 1 : 0;
                OzgLeistung l = katalog.leistung(e.ozgId()).orElseThrow();
                e.leistungsschluessel().ifPresent(k -> assertTrue(l.leistungen().stream()
                        .anyMatch(x -> x.schluessel().equals(Optional.of(k))), e.toString()));
                e.landesressort().ifPresent(r -> assertTrue(r.contains(" für "), r));
                if (e.kategorie().equals(Nachnutzungskategorie.KEIN_BEDARF)) {
                    assertTrue(e.phase().isEmpty(), e.toString());
                    assertTrue(e.priorisierung().map(p -> p == Priorisierung.KEIN_BEDARF).orElse(true));
                } else {
                    assertFalse(e.priorisierung().equals(Optional.of(Priorisierung.KEIN_BEDARF)), e.toString());
                }
                Optional<Onlinedienst> d = e.onlinedienstId().flatMap(u::onlinedienst);
                if (d.isPresent()) {
                    mitDienst++;
                    assertTrue(d.get().ozgIds().contains(e.ozgId()) || e.leistungsschluessel()
                            .map(d.get().leistungsschluessel()::contains).orElse(false), e.toString());
                    assertEquals(d.get().nachnutzungsmodell(), e.kategorie().nachnutzungsmodell().orElseThrow());
                    boolean eigen = d.get().entwickelndesLand().equals(Optional.of(land));
                    assertEquals(eigen && d.get().isEfa(),
                            e.kategorie().equals(Nachnutzungskategorie.EFA_ENTWICKLUNG_DES_LANDES), e.toString());
                }
            }
            assertTrue(u.eintraege().stream().map(e -> e.ozgId() + "/" + e.leistungsschluessel())
                    .distinct().count() == u.eintraege().size());
        }
        assertTrue(kategorien.containsAll(Nachnutzungskategorie.bekannte()), kategorien.toString());
        assertTrue(booster > 0 && fokus > 0 && mitDienst > 100, booster + " " + fokus + " " + mitDienst);
    }

    @Test
    void reuseArgumentsAreChecked() {
        Beispiele b = Beispiele.ofSeed(4);
        OzgKatalog katalog = b.katalog().katalog(5);
        Onlinedienst d = b.nachnutzung().onlinedienst(katalog.leistungen().get(0));
        assertEquals(Set.of(katalog.leistungen().get(0).ozgId()), d.ozgIds());
        assertThrows(IllegalArgumentException.class, () -> b.nachnutzung().onlinedienste(katalog, 6));
        assertThrows(IllegalArgumentException.class, () -> b.nachnutzung().onlinedienste(katalog, -1));
        assertThrows(IllegalArgumentException.class,
                () -> b.nachnutzung().nachnutzungsuebersicht(Bundesland.BAYERN, katalog, List.of(d, d)));
        OzgLeistung ohne = OzgLeistung.builder().from(katalog.leistungen().get(0))
                .leistungen(List.of(b.katalog().leikaLeistungOhneSchluessel())).build();
        assertThrows(IllegalArgumentException.class, () -> b.nachnutzung().onlinedienst(ohne));
    }
}
