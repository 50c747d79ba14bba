package de.ozg.core.aggregation;

import de.ozg.core.id.Ars;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.internal.LongIntMap;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.LeikaLeistung;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.OzgLeistung;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.ReifegradModell;
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
    /** Bits of a row's state that index its Reifegrad: 0 for none, then every level of every model. */
    private static final int ZUSTAND_REIFEGRAD_BITS = 5;
    /** Per Reifegrad model (by ordinal): the Reifegrad index of its level 0. */
    private static final int[] REIFEGRAD_BASIS = reifegradBasis();
    /** The classes of {@link Zaehlregel#bewerte} counted in the lanes of {@link #inkrement}, lane by lane. */
    private static final int[] ZAEHLER = {Zaehlregel.INAKTIV, Zaehlregel.NICHT_OK, Zaehlregel.OFFLINE,
        Zaehlregel.ONLINE, Zaehlregel.ANDERES_MODELL};
    /** Bits per lane of {@link #inkrement}: five lanes fit in a long, and a batch of rows stays below 2^12. */
    static final int LANE_BITS = 12;
    static final long LANE_MASKE = (1L << LANE_BITS) - 1;
    /** The bit of {@link #wirkung} set for rows counted as online: the low bit of their lane. */
    static final int ONLINE_BIT = 3 * LANE_BITS;
    /** The shift of the level code in {@link #wirkung}. */
    static final int CODE_SHIFT = 5 * LANE_BITS;

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

    /**
     * How many Gemeinden a row of the slot's Land lies in, counted from {@code landVon[slot]}: none
     * for the Bund's slot 0, so that a Gemeinde row leaves it for its Land.
     */
    int gemeindenDesLandes(int slot) {
        return slot == 0 ? 0 : landBis[slot] - landVon[slot];
    }
    /**
     * The rule's decisions as tables over the {@linkplain #zustand state} of a row, computed once
     * with {@link Zaehlregel#bewerte}: the class, the level code for {@code stufen} (0 where the row
     * is not assessed, so that combining it changes nothing) and a mask that is all ones where the
     * row sets its Gemeinden as online (resp. offline). The per-row path then reads three tables
     * instead of taking a branch per decision, which on real files goes either way at random.
     */
    final byte[] klasse;
    final byte[] code;
    /**
     * Per state one in the {@value #LANE_BITS}-bit lane of its class's counter (lanes in the order of
     * {@link #ZAEHLER}, the last for rows of another model, which the batch loop then counts without
     * a branch). Adding these counts up to 4,095 rows in one long.
     */
    final long[] inkrement;
    /**
     * What a row of a state does, in one table read for the batch loop of the best level: its
     * {@link #inkrement} in bits 0 to 59 (so the online lane's low bit, {@link #ONLINE_BIT}, says
     * whether it sets its Gemeinden) and its {@link #code} in bits 60 to 63. Adding these adds the
     * increments; the codes above bit 59 are then meaningless and masked off.
     */
    final long[] wirkung;
    final long[] onlineMaske;
    final long[] offlineMaske;
    /** Whether the rule combines to the worst level, which needs the offline bitsets too. */
    final boolean schlechtester;

    private Rahmen(OzgKatalog katalog, Gebietsverzeichnis verzeichnis, Zaehlregel regel) {
        this.katalog = Objects.requireNonNull(katalog, "katalog");
        this.verzeichnis = Objects.requireNonNull(verzeichnis, "verzeichnis");
        this.regel = Objects.requireNonNull(regel, "regel");
        this.schlechtester = regel.kombination() == Zaehlregel.Kombination.SCHLECHTESTER_REIFEGRAD;
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
        int zustaende = 4 << ZUSTAND_REIFEGRAD_BITS;
        klasse = new byte[zustaende];
        code = new byte[zustaende];
        onlineMaske = new long[zustaende];
        offlineMaske = new long[zustaende];
        inkrement = new long[zustaende];
        wirkung = new long[zustaende];
        for (int z = 0; z < zustaende; z++) {
            boolean aktiv = (z & 1) != 0;
            boolean ok = (z & 2) != 0;
            Reifegrad rg = reifegradVon(z >>> 2);
            int c = regel.bewerte(aktiv, ok, rg == null ? null : rg.modell(), rg == null ? 0 : rg.stufe());
            klasse[z] = (byte) c;
            boolean bewertet = c == Zaehlregel.ONLINE || c == Zaehlregel.OFFLINE;
            code[z] = (byte) (!bewertet ? 0 : rg == null ? 1 : 2 + rg.stufe());
            onlineMaske[z] = c == Zaehlregel.ONLINE ? -1L : 0L;
            offlineMaske[z] = c == Zaehlregel.OFFLINE ? -1L : 0L;
            for (int lane = 0; lane < ZAEHLER.length; lane++) {
                if (ZAEHLER[lane] == c) {
                    inkrement[z] = 1L << LANE_BITS * lane;
                }
            }
            if (code[z] >= 1 << Long.SIZE - CODE_SHIFT) {
                throw new IllegalStateException("a level code above what wirkung has room for: " + code[z]);
            }
            wirkung[z] = inkrement[z] | (long) code[z] << CODE_SHIFT;
        }
    }


    private static int[] reifegradBasis() {
        ReifegradModell[] modelle = ReifegradModell.values();
        int[] basis = new int[modelle.length];
        int n = 1;
        for (ReifegradModell m : modelle) {
            basis[m.ordinal()] = n - m.minStufe();
            n += m.maxStufe() - m.minStufe() + 1;
        }
        if (n > 1 << ZUSTAND_REIFEGRAD_BITS) {
            throw new IllegalStateException("more Reifegrad levels than the state has room for: " + n);
        }
        return basis;
    }

    /** The Reifegrad of a state's Reifegrad index, null for index 0 and for unused indexes. */
    private static Reifegrad reifegradVon(int index) {
        for (ReifegradModell m : ReifegradModell.values()) {
            int stufe = index - REIFEGRAD_BASIS[m.ordinal()];
            if (index > 0 && stufe >= m.minStufe() && stufe <= m.maxStufe()) {
                return Reifegrad.of(m, stufe);
            }
        }
        return null;
    }

    /**
     * The state of a row as the rule sees it, an index into {@link #klasse}, {@link #code} and the
     * masks: bit 0 aktiv, bit 1 online_status ok, the bits above the Reifegrad (0 for none).
     */
    static int zustand(boolean aktiv, boolean ok, Reifegrad r) {
        int z = (aktiv ? 1 : 0) | (ok ? 2 : 0);
        return r == null ? z : z | (REIFEGRAD_BASIS[r.modell().ordinal()] + r.stufe()) << 2;
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
