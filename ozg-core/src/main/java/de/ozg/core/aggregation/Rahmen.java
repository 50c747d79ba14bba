package de.ozg.core.aggregation;

import de.ozg.core.id.Ars;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.LeikaLeistung;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.OzgLeistung;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Typisierung;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fixed setup an aggregation counts over, built once and shared by all accumulators of one
 * collector: the dense LeiKa index of the catalogue (sorted keys, so index order is key order), the
 * relevance of each key under the rule, the bundles as index arrays, the Gemeinde ranges of the
 * Länder, the Gemeinde range of every listed key, and which Gemeinden are Kommunen under the rule
 * (gemeindefreie Gebiete are not, unless the rule counts them). Immutable after construction, so
 * any number of threads may read it.
 */
final class Rahmen {

    /** Slots per key for the best level: 0 for rows at Bund level, 1 to 16 for the Länder. */
    static final int SLOTS = 17;

    final OzgKatalog katalog;
    final Gebietsverzeichnis verzeichnis;
    final Zaehlregel regel;
    final long[] schluessel;
    final LongIntMap index;
    final boolean[] relevant;
    final OzgLeistung[] buendel;
    final int[][] buendelSchluessel;
    final int gemeinden;
    final Gemeindebereiche bereiche;
    final Kommunen kommunen;
    final int[] landVon = new int[SLOTS];
    final int[] landBis = new int[SLOTS];

    private Rahmen(OzgKatalog katalog, Gebietsverzeichnis verzeichnis, Zaehlregel regel) {
        this.katalog = Objects.requireNonNull(katalog, "katalog");
        this.verzeichnis = Objects.requireNonNull(verzeichnis, "verzeichnis");
        this.regel = Objects.requireNonNull(regel, "regel");
        TreeMap<Leistungsschluessel, Set<Typisierung>> typen = new TreeMap<>();
        for (OzgLeistung l : katalog.leistungen()) {
            for (LeikaLeistung ll : l.leistungen()) {
                ll.schluessel().ifPresent(k -> typen.computeIfAbsent(k, x -> EnumSet.noneOf(Typisierung.class))
                        .addAll(ll.typisierung()));
            }
        }
        schluessel = new long[typen.size()];
        relevant = new boolean[typen.size()];
        index = new LongIntMap(typen.size());
        int i = 0;
        for (var e : typen.entrySet()) {
            schluessel[i] = e.getKey().longValue();
            index.getOrPut(schluessel[i], i);
            relevant[i] = istRelevant(e.getValue(), regel);
            i++;
        }
        buendel = katalog.leistungen().toArray(new OzgLeistung[0]);
        buendelSchluessel = new int[buendel.length][];
        for (int b = 0; b < buendel.length; b++) {
            buendelSchluessel[b] = new LinkedHashSet<>(buendel[b].schluessel()).stream()
                    .mapToInt(k -> index.get(k.longValue())).sorted().toArray();
        }
        gemeinden = verzeichnis.anzahlGemeinden();
        bereiche = new Gemeindebereiche(verzeichnis);
        kommunen = Kommunen.of(verzeichnis, regel.isGemeindefreieGebieteZaehlen());
        landVon[0] = 0;
        landBis[0] = gemeinden;
        for (Bundesland land : Bundesland.values()) {
            Gebietsverzeichnis.Bereich r = verzeichnis.gemeindeBereich(Ars.of(land));
            landVon[land.nummer()] = r.start();
            landBis[land.nummer()] = r.end();
        }
    }

    static Rahmen of(OzgKatalog katalog, Gebietsverzeichnis verzeichnis, Zaehlregel regel) {
        return new Rahmen(katalog, verzeichnis, regel);
    }

    private static boolean istRelevant(Set<Typisierung> typen, Zaehlregel regel) {
        if (!regel.isNurKommunalerVollzug()) {
            return true;
        }
        if (typen.isEmpty()) {
            return regel.isOhneTypisierungRelevant();
        }
        for (Typisierung t : typen) {
            if (t.isKommunalerVollzug()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The Kommunen among the Gemeinden {@code [von, bis)}: the denominator of a Flächendeckung over
     * that range.
     */
    int relevanteGemeinden(int von, int bis) {
        return kommunen.anzahl(von, bis);
    }

    /** The dense index of a key, or -1 when the catalogue does not list it. */
    int indexOf(long schluesselWert) {
        return index.get(schluesselWert);
    }

    int anzahlSchluessel() {
        return schluessel.length;
    }

    /** All key indexes of the bundles given, distinct and ascending. */
    int[] schluesselVon(List<Integer> buendelIndexe) {
        boolean[] dabei = new boolean[schluessel.length];
        for (int b : buendelIndexe) {
            for (int k : buendelSchluessel[b]) {
                dabei[k] = true;
            }
        }
        int n = 0;
        for (boolean d : dabei) {
            n += d ? 1 : 0;
        }
        int[] r = new int[n];
        n = 0;
        for (int k = 0; k < dabei.length; k++) {
            if (dabei[k]) {
                r[n++] = k;
            }
        }
        return r;
    }

    List<Integer> alleBuendel() {
        List<Integer> r = new ArrayList<>(buendel.length);
        for (int b = 0; b < buendel.length; b++) {
            r.add(b);
        }
        return r;
    }

    int[] alleSchluessel() {
        int[] r = new int[schluessel.length];
        Arrays.setAll(r, k -> k);
        return r;
    }

    /** Whether accumulators over the two setups may be merged. */
    boolean isVertraeglich(Rahmen o) {
        return this == o || regel.equals(o.regel) && katalog.equals(o.katalog) && verzeichnis.equals(o.verzeichnis);
    }
}
