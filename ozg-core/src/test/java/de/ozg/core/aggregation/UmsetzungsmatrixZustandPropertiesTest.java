package de.ozg.core.aggregation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import de.ozg.core.examples.Beispiele;
import de.ozg.core.id.Ars;
import de.ozg.core.model.Gebiet;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.ReifegradModell;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The matrix's state after many rows — bitsets, levels per key and Land, counters, unassigned rows
 * and their examples — equals a row-by-row count that looks every ARS up in the directory and
 * decides every row with {@link Zaehlregel#bewerte}: nothing of the batch loop (the Gemeinde lookup
 * of a whole batch first, the Land slot kept while rows stay in one Land, the rule's decisions as
 * one table) may change a figure. Rows are a generated Stichtag of a directory of some hundred
 * Gemeinden, with rows of unknown keys, unknown ARS, other Reifegrad models and the Bund mixed in,
 * in file order, shuffled, or reversed, so that batches fill, keys change inside a batch and Länder
 * change inside a key.
 */
class UmsetzungsmatrixZustandPropertiesTest {

    private static final List<Zaehlregel> REGELN = List.of(Zaehlregel.DASHBOARD_ONLINE, Zaehlregel.OZG_KONFORM,
            Zaehlregel.FLAECHENDECKEND.withGemeindefreieGebieteZaehlen(true),
            Zaehlregel.DASHBOARD_ONLINE.withKombination(Zaehlregel.Kombination.SCHLECHTESTER_REIFEGRAD),
            Zaehlregel.DASHBOARD_ONLINE.withMindestReifegrad(Reifegrad.of(ReifegradModell.V2, 3))
                    .withInaktiveZaehlen(true).withNichtOkZaehlen(true));

    @Test
    void theStateEqualsARowByRowCount() {
        qt().withExamples(60).forAll(longs().all(), integers().between(0, REGELN.size() - 1),
                integers().between(0, 2)).checkAssert((seed, regelNr, ordnung) -> {
                    Beispiele b = Beispiele.ofSeed(seed);
                    Random r = new Random(seed);
                    OzgKatalog katalog = b.katalog().katalog(2 + r.nextInt(6));
                    Gebietsverzeichnis v = b.gebiete().gebietsverzeichnis(1 + r.nextInt(3), 1 + r.nextInt(25));
                    Zaehlregel regel = REGELN.get(regelNr);
                    List<Umsetzungsstand> zeilen = zeilen(b, r, katalog, v);
                    if (ordnung == 1) {
                        Collections.shuffle(zeilen, r);
                    } else if (ordnung == 2) {
                        Collections.reverse(zeilen);
                    }
                    Umsetzungsmatrix m = Umsetzungsmatrix.zero(katalog, v, regel);
                    m.addAll(zeilen);
                    vergleiche(new Zaehlung(m.rahmen(), zeilen), m.zustand());
                });
    }

    /** A Stichtag as the generator writes it, with rows the matrix cannot place mixed in. */
    private static List<Umsetzungsstand> zeilen(Beispiele b, Random r, OzgKatalog katalog, Gebietsverzeichnis v) {
        List<Umsetzungsstand> zeilen = b.status().umsetzungsstaende(katalog, v, Fixtur.STICHTAG)
                .collect(Collectors.toCollection(ArrayList::new));
        List<Gebiet> gebiete = v.gebiete();
        int n = zeilen.size();
        for (int i = 0; i < n / 20 + 3; i++) {
            Umsetzungsstand vorbild = n == 0 ? Fixtur.zeile(Fixtur.A, Ars.BUND, 2) : zeilen.get(r.nextInt(n));
            Umsetzungsstand.Builder z = vorbild.toBuilder();
            switch (r.nextInt(5)) {
                case 0:
                    z.schluessel(Fixtur.UNBEKANNT);
                    break;
                case 1:
                    // listed nowhere: a Gemeinde of a Kreis the directory does not have
                    z.ars(Ars.of(gebiete.get(r.nextInt(gebiete.size())).ars().landNummer() * 10_000_000_000L
                            + 98 * 10_000_000L + 1 + r.nextInt(50)));
                    break;
                case 2:
                    z.reifegrad(Reifegrad.of(ReifegradModell.V2, r.nextInt(8)));
                    break;
                case 3:
                    z.ars(Ars.BUND);
                    break;
                default:
                    z.ars(gebiete.get(r.nextInt(gebiete.size())).ars()).reifegrad(null);
            }
            zeilen.add(r.nextInt(zeilen.size() + 1), z.build());
        }
        return zeilen;
    }

    /** The state counted row by row, without batches, tables or the matrix's Gemeinde lookup. */
    private static final class Zaehlung {
        final BitSet[] erfuellt;
        final BitSet[] verfehlt;
        final byte[] stufen;
        final long[] zaehler = new long[5];
        final long[] nichtZugeordnet = new long[NichtZugeordnet.Grund.values().length];
        final Stichprobe[] beispiele = new Stichprobe[nichtZugeordnet.length];

        Zaehlung(Rahmen rahmen, List<Umsetzungsstand> zeilen) {
            int n = rahmen.anzahlSchluessel();
            erfuellt = new BitSet[n];
            verfehlt = new BitSet[n];
            stufen = new byte[n * Rahmen.SLOTS];
            for (int k = 0; k < n; k++) {
                erfuellt[k] = new BitSet();
                verfehlt[k] = new BitSet();
            }
            for (int i = 0; i < beispiele.length; i++) {
                beispiele[i] = new Stichprobe();
            }
            boolean schlechtester = rahmen.schlechtester;
            for (Umsetzungsstand z : zeilen) {
                zaehler[0]++;
                int k = rahmen.indexOf(z.schluessel().longValue());
                if (k < 0) {
                    unzugeordnet(NichtZugeordnet.Grund.SCHLUESSEL_UNBEKANNT, z.schluessel().longValue());
                    continue;
                }
                Gebietsverzeichnis.Bereich bereich = rahmen.verzeichnis.gemeindeBereich(z.ars());
                if (bereich.start() >= bereich.end()) {
                    unzugeordnet(NichtZugeordnet.Grund.ARS_UNBEKANNT, z.ars().longValue());
                    continue;
                }
                int klasse = rahmen.regel.bewerte(z);
                switch (klasse) {
                    case Zaehlregel.ANDERES_MODELL:
                        unzugeordnet(NichtZugeordnet.Grund.REIFEGRAD_ANDERES_MODELL, z.schluessel().longValue());
                        continue;
                    case Zaehlregel.ONLINE:
                        zaehler[1]++;
                        erfuellt[k].set(bereich.start(), bereich.end());
                        break;
                    case Zaehlregel.OFFLINE:
                        zaehler[2]++;
                        if (schlechtester) {
                            verfehlt[k].set(bereich.start(), bereich.end());
                        }
                        break;
                    case Zaehlregel.INAKTIV:
                        zaehler[3]++;
                        continue;
                    default:
                        zaehler[4]++;
                        continue;
                }
                Reifegrad rg = z.reifegradOrNull();
                int code = rg == null ? 1 : 2 + rg.stufe();
                int slot = k * Rahmen.SLOTS + (z.ars().equals(Ars.BUND) ? 0 : z.ars().landNummer());
                stufen[slot] = Umsetzungsmatrix.kombiniere(stufen[slot], code, schlechtester);
            }
        }

        private void unzugeordnet(NichtZugeordnet.Grund grund, long beispiel) {
            nichtZugeordnet[grund.ordinal()]++;
            beispiele[grund.ordinal()].add(beispiel);
        }
    }

    private static void vergleiche(Zaehlung erwartet, Matrixzustand z) {
        assertArrayEquals(erwartet.zaehler, z.zaehler(), "rows, online, offline, inactive, not ok");
        assertArrayEquals(erwartet.nichtZugeordnet, z.nichtZugeordnet(), "unassigned rows per reason");
        for (int i = 0; i < erwartet.beispiele.length; i++) {
            assertArrayEquals(erwartet.beispiele[i].werte(), z.beispiele()[i].werte(), "examples of reason " + i);
        }
        assertArrayEquals(erwartet.stufen, z.stufen(), "levels per key and Land");
        for (int k = 0; k < erwartet.erfuellt.length; k++) {
            assertEquals(erwartet.erfuellt[k], bitset(z.erfuellt()[k]), "Gemeinden online of key " + k);
            if (z.verfehlt() != null) {
                assertEquals(erwartet.verfehlt[k], bitset(z.verfehlt()[k]), "Gemeinden offline of key " + k);
            }
        }
    }

    private static BitSet bitset(long[] worte) {
        return worte == null ? new BitSet() : BitSet.valueOf(worte);
    }
}
