package de.ozg.core.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.id.Ars;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.model.Gebiet;
import de.ozg.core.model.GebietTestdaten;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.KatalogTestdaten;
import de.ozg.core.model.LeikaLeistung;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Flaechendeckung;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.ReifegradModell;
import de.ozg.core.ref.Typisierung;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reproducer on the real data: the Destatis Gemeindeverzeichnis (Gebietsstand 31.12.2020) and
 * the 2019 catalogue. The Typ-5 service 99098006000000 online in every Bavarian Kommune is landesweit
 * flächendeckend — 2,056 of 2,056 — and not, as counted before gemeindefreie Gebiete were left out,
 * 2,056 of 2,230. Skipped when the shared data is missing.
 */
class GemeindefreieGebieteRealDataTest {

    private static final Leistungsschluessel SPORTSTAETTEN = Leistungsschluessel.parse("99098006000000");
    private static final LocalDate STICHTAG = LocalDate.of(2024, 6, 30);

    /** The Länder whose Gemeinde level lists gemeindefreie Gebiete, with their number. */
    private static final Map<Bundesland, Integer> GEMEINDEFREI = Map.of(Bundesland.BAYERN, 174,
            Bundesland.NIEDERSACHSEN, 25, Bundesland.HESSEN, 4, Bundesland.SCHLESWIG_HOLSTEIN, 2,
            Bundesland.BADEN_WUERTTEMBERG, 2, Bundesland.RHEINLAND_PFALZ, 1, Bundesland.SAARLAND, 1,
            Bundesland.MECKLENBURG_VORPOMMERN, 1);

    private static Umsetzungsstand online(Ars ars) {
        return Umsetzungsstand.builder().schluessel(SPORTSTAETTEN).ars(ars).stichtag(STICHTAG).online(true)
                .reifegrad(Reifegrad.of(ReifegradModell.V1, 2)).build();
    }

    @Test
    void theGemeindeverzeichnisHas210GemeindefreieGebiete() {
        Gebietsverzeichnis v = GebietTestdaten.verzeichnis();
        assertEquals(11_004, v.anzahlGemeinden());
        assertEquals(10_794, v.anzahlKommunen());
        Map<Bundesland, Integer> proLand = new EnumMap<>(Bundesland.class);
        for (Gebiet g : v.gemeinden()) {
            if (g.isGemeindefrei()) {
                proLand.merge(g.ars().land().orElseThrow(), 1, Integer::sum);
                assertTrue(Set.of("65", "66").contains(g.textkennzeichen().orElseThrow()), g.toString());
                assertFalse(g.isKommune());
            }
        }
        assertEquals(GEMEINDEFREI, proLand);
    }

    /** The reproducer, and the same for every Land. */
    @Test
    void onlineInEveryKommuneIsLandesweitFlaechendeckend() {
        OzgKatalog katalog = KatalogTestdaten.katalog();
        Gebietsverzeichnis v = GebietTestdaten.verzeichnis();
        Optional<LeikaLeistung> leistung = katalog.leistungen().stream().flatMap(l -> l.leistungen().stream())
                .filter(l -> l.schluessel().equals(Optional.of(SPORTSTAETTEN))).findFirst();
        assertEquals(EnumSet.of(Typisierung.parse("5")), EnumSet.copyOf(leistung.orElseThrow().typisierung()),
                "a service of Typ 5: relevant in every Kommune");

        List<Umsetzungsstand> zeilen = new ArrayList<>();
        for (Gebiet g : v.gemeinden()) {
            if (g.isKommune()) {
                zeilen.add(online(g.ars()));
            }
        }
        assertEquals(10_794, zeilen.size());
        Umsetzungsbild jetzt = Umsetzungsmatrix.zero(katalog, v, Zaehlregel.FLAECHENDECKEND).addAll(zeilen).result();
        Umsetzungsbild vorher = Umsetzungsmatrix.zero(katalog, v,
                Zaehlregel.FLAECHENDECKEND.withGemeindefreieGebieteZaehlen(true)).addAll(zeilen).result();

        Flaechendeckungswert bayern = jetzt.flaechendeckung(SPORTSTAETTEN, Ars.of(Bundesland.BAYERN)).orElseThrow();
        assertEquals(2_056, bayern.relevanteGemeinden());
        assertEquals(2_056, bayern.abgedeckteGemeinden());
        assertTrue(bayern.flaechendeckend());
        assertEquals(Optional.of(Flaechendeckung.BUNDESWEIT), bayern.klasse(), "online in every Kommune of Germany");

        Flaechendeckungswert bayernVorher = vorher.flaechendeckung(SPORTSTAETTEN, Ars.of(Bundesland.BAYERN))
                .orElseThrow();
        assertEquals(2_230, bayernVorher.relevanteGemeinden());
        assertEquals(2_056, bayernVorher.abgedeckteGemeinden());
        assertFalse(bayernVorher.flaechendeckend());
        assertEquals(Optional.of(Flaechendeckung.MIND_EINE_KOMMUNE), bayernVorher.klasse());

        // the same in all 16 Länder now; before, in the 8 Länder with gemeindefreie Gebiete never
        for (Bundesland land : Bundesland.values()) {
            Ars ars = Ars.of(land);
            int frei = GEMEINDEFREI.getOrDefault(land, 0);
            Flaechendeckungswert w = jetzt.flaechendeckung(SPORTSTAETTEN, ars).orElseThrow();
            Flaechendeckungswert alt = vorher.flaechendeckung(SPORTSTAETTEN, ars).orElseThrow();
            assertTrue(w.flaechendeckend(), land.toString());
            assertEquals(w.relevanteGemeinden() + frei, alt.relevanteGemeinden(), land.toString());
            assertEquals(frei == 0, alt.flaechendeckend(), land.toString());
            assertEquals(1, jetzt.anzahlFlaechendeckend(ars), land.toString());
            assertEquals(frei == 0 ? 1 : 0, vorher.anzahlFlaechendeckend(ars), land.toString());
        }
        assertTrue(jetzt.flaechendeckung(SPORTSTAETTEN, Ars.BUND).orElseThrow().flaechendeckend());
        assertEquals(10_794, jetzt.flaechendeckung(SPORTSTAETTEN, Ars.BUND).orElseThrow().relevanteGemeinden());
    }

    /** A Land row covers the whole Land: flächendeckend either way, with different denominators. */
    @Test
    void aLandRowCoversEveryKommuneOfTheLand() {
        OzgKatalog katalog = KatalogTestdaten.katalog();
        Gebietsverzeichnis v = GebietTestdaten.verzeichnis();
        List<Umsetzungsstand> zeilen = List.of(online(Ars.of(Bundesland.BAYERN)));
        Flaechendeckungswert jetzt = Umsetzungsmatrix.zero(katalog, v, Zaehlregel.FLAECHENDECKEND).addAll(zeilen)
                .result().flaechendeckung(SPORTSTAETTEN, Ars.of(Bundesland.BAYERN)).orElseThrow();
        assertEquals(2_056, jetzt.abgedeckteGemeinden());
        assertTrue(jetzt.flaechendeckend());
        assertEquals(Optional.of(Flaechendeckung.LANDESWEIT), jetzt.klasse());
        Flaechendeckungswert vorher = Umsetzungsmatrix.zero(katalog, v,
                Zaehlregel.FLAECHENDECKEND.withGemeindefreieGebieteZaehlen(true)).addAll(zeilen).result()
                .flaechendeckung(SPORTSTAETTEN, Ars.of(Bundesland.BAYERN)).orElseThrow();
        assertEquals(2_230, vorher.abgedeckteGemeinden());
        assertTrue(vorher.flaechendeckend());
    }
}
