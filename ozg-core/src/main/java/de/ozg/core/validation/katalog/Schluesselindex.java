package de.ozg.core.validation.katalog;

import de.ozg.core.internal.LongIntMap;
import de.ozg.core.table.TableRow;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The LeiKa keys of one pass, each with the row where it first came with a readable OZG-ID: one
 * index shared by {@code KATALOG-LEIKA-MEHRFACH}, {@code KATALOG-LEIKA-DOPPELT} and the assembly,
 * which all look up the same key of the same row. Before, each kept a map of its own, and every
 * row's key missed the cache three times instead of once.
 *
 * <p>Each user registers for a bit ({@link #teilnehmer()}). The first user to ask for a row's key
 * looks it up; the others asking for the same key get the same answer without a lookup, as long
 * as their bit is not yet set. A user that asks twice for one key (the next row has the same key)
 * looks up anew. That is exact because the rules ask for every row that has a key and an OZG-ID,
 * and the assembly only for some of those rows, after the rules: whoever asks first in a row has
 * asked for every earlier row with that key. Mutable, one pass, one thread.
 */
final class Schluesselindex {

    private final LongIntMap eintraege = Querpruefungen.karte();
    private long[] zeile = new long[64];
    private int[] ozgId = new int[64];
    /** The first rows, kept only when a user needs them ({@link #merkeZeilen()}). */
    private TableRow<Katalogspalte>[] zeilen;
    private int anzahl;
    private int teilnehmer;

    private long letzterSchluessel = -1;
    private int letzterEintrag;
    private boolean letzterNeu;
    private int gefragt;

    /** Registers a user. @return its bit */
    int teilnehmer() {
        if (teilnehmer == 30) {
            throw new IllegalStateException("too many users of one key index");
        }
        return 1 << teilnehmer++;
    }

    /** Keeps each key's first row, for {@link #ersteZeile(int)}. */
    @SuppressWarnings("unchecked")
    void merkeZeilen() {
        if (zeilen == null) {
            zeilen = new TableRow[zeile.length];
        }
    }

    /**
     * The entry of a key, created with the row's line and OZG-ID when the key is new.
     *
     * @param bit        the user's bit
     * @param schluessel the key as a number
     * @param id         the row's OZG-ID as a number
     * @param z          the row
     * @return the entry; {@link #isNeu()} tells whether this row created it
     */
    int eintrag(int bit, long schluessel, int id, TableRow<Katalogspalte> z) {
        if (schluessel == letzterSchluessel && (gefragt & bit) == 0) {
            gefragt |= bit;
            return letzterEintrag;
        }
        int e = eintraege.putIfAbsent(schluessel, anzahl);
        letzterNeu = e == LongIntMap.ABSENT;
        if (letzterNeu) {
            e = anzahl++;
            if (e == zeile.length) {
                zeile = Arrays.copyOf(zeile, e * 2);
                ozgId = Arrays.copyOf(ozgId, e * 2);
                if (zeilen != null) {
                    zeilen = Arrays.copyOf(zeilen, e * 2);
                }
            }
            zeile[e] = z.line();
            ozgId[e] = id;
            if (zeilen != null) {
                zeilen[e] = z;
            }
        }
        letzterSchluessel = schluessel;
        letzterEintrag = e;
        gefragt = bit;
        return e;
    }

    /** Whether the last {@link #eintrag} created its entry, i.e. the row is the key's first. */
    boolean isNeu() {
        return letzterNeu;
    }

    /** The line of the key's first row. */
    long zeile(int eintrag) {
        return zeile[eintrag];
    }

    /** The OZG-ID (as a number) of the key's first row. */
    int ozgId(int eintrag) {
        return ozgId[eintrag];
    }

    /** The key's first row; only after {@link #merkeZeilen()}. */
    TableRow<Katalogspalte> ersteZeile(int eintrag) {
        return zeilen[eintrag];
    }

    /** The number of keys. */
    int size() {
        return anzahl;
    }

    /**
     * The index of the pass being set up on this thread, shared by the rules that it creates; null
     * outside {@link Katalogregeln#check}, where each rule keeps its own.
     */
    private static final ThreadLocal<Schluesselindex> ENTSTEHEND = new ThreadLocal<>();

    /** The index of the pass being set up, or a fresh one of the caller's own. */
    static Schluesselindex fuerPass() {
        Schluesselindex i = ENTSTEHEND.get();
        return i != null ? i : new Schluesselindex();
    }

    /** Runs the set-up of a pass with {@code index} as the one its rules share. */
    static <T> T teile(Schluesselindex index, Supplier<T> aufbau) {
        Schluesselindex vorher = ENTSTEHEND.get();
        ENTSTEHEND.set(index);
        try {
            return aufbau.get();
        } finally {
            if (vorher == null) {
                ENTSTEHEND.remove();
            } else {
                ENTSTEHEND.set(vorher);
            }
        }
    }
}
