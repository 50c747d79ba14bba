package de.ozg.core.validation.katalog;

import de.ozg.core.id.Aenderung;
import de.ozg.core.id.IdFormatException;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.Normalisierung;
import de.ozg.core.id.OzgId;
import de.ozg.core.internal.Ziffern;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.ref.Typisierung;
import de.ozg.core.ref.UnknownReferenceException;
import de.ozg.core.table.TableRow;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * How the catalogue rules and the catalogue assembly read cells, in one place so that both agree:
 * identifiers strictly first and leniently (via {@code normalize}) second, names stripped,
 * Typisierung via {@link Typisierung#parseMenge}, SDG flags 0/1. Every method returns null rather
 * than throwing when a cell cannot be read.
 */
final class Zellen {

    private static final Katalogspalte[] SPALTEN = Katalogspalte.values();
    /** Marks a value of the memo that was not read yet (null is a valid answer). */
    private static final Object OFFEN = new Object();

    /** The cell is absent: the header lacks the column or the row ends before it. */
    static final int FEHLT = 0;
    /** The cell is blank. */
    static final int LEER = 1;
    /** The identifier is valid as written. */
    static final int GUELTIG = 2;
    /** The LeiKa cell holds the placeholder "nicht im LeiKa". */
    static final int PLATZHALTER = 3;
    /** Anything else: valid only after repair, or not at all ({@link Zeile#ozgNormalisierung()}). */
    static final int ANDERS = 4;
    private static final int UNBESTIMMT = -1;
    /** The most LeiKa-Typ cells a memo keeps; real catalogues have a few dozen distinct ones. */
    private static final int MAX_TYPEN = 256;

    /**
     * One row as the rules and the assembly read it, each value at most once: about twenty rules
     * and the assembly ask for the same identifiers and texts, and parsing them per rule cost more
     * than reading the row. A row is immutable, so its identity is the key; a memo holds the last
     * row of its thread ({@link #vergiss()} drops it at the end of a pass). Not thread-safe.
     */
    static final class Zeile {
        /** The thread whose memo this is; null for a memo of one row that no one shares. */
        private final Thread besitzer;
        private TableRow<Katalogspalte> zeile;
        private int ozgZustand;
        private Object ozgId;
        private Normalisierung<OzgId> ozgNormalisierung;
        private int leikaZustand;
        private Object schluessel;
        private Normalisierung<Leistungsschluessel> leikaNormalisierung;
        private Object themenfeld;
        private Object typisierung;
        private final Object[] texte = new Object[SPALTEN.length];
        /**
         * The LeiKa-Typ cells read on this thread and their codes (null for an unknown code): a
         * catalogue repeats a few dozen cells thousands of times. Bounded, sets are unmodifiable.
         */
        private final Map<String, Optional<Set<Typisierung>>> codes = new HashMap<>();
        /** The last Themenfeld cell read on this thread and its Themenfeld (null: unknown). */
        private String letzterThemenfeldText;
        private Themenfeld letztesThemenfeld;

        private Zeile(Thread besitzer) {
            this.besitzer = besitzer;
        }

        Zeile fuer(TableRow<Katalogspalte> z) {
            if (zeile != z) {
                halte(z);
            }
            return this;
        }

        /** Holds {@code z} (null: none) with nothing read from it yet. */
        private void halte(TableRow<Katalogspalte> z) {
            zeile = z;
            ozgZustand = UNBESTIMMT;
            ozgId = OFFEN;
            ozgNormalisierung = null;
            leikaZustand = UNBESTIMMT;
            schluessel = OFFEN;
            leikaNormalisierung = null;
            themenfeld = OFFEN;
            typisierung = OFFEN;
            Arrays.fill(texte, OFFEN);
        }

        /** @return the row */
        TableRow<Katalogspalte> row() {
            return zeile;
        }

        /** The cell exactly as written; null when absent. */
        String roh(Katalogspalte s) {
            return zeile.rawCell(s);
        }

        /** The stripped text of a cell; null when absent or blank. */
        String text(Katalogspalte s) {
            Object t = texte[s.ordinal()];
            if (t == OFFEN) {
                String roh = zeile.rawCell(s);
                t = roh == null || Texte.isLeer(roh) ? null : Texte.strip(roh);
                texte[s.ordinal()] = t;
            }
            return (String) t;
        }

        /** Whether the cell is present and blank. */
        boolean isLeer(Katalogspalte s) {
            return text(s) == null && zeile.rawCell(s) != null;
        }

        /** {@link #FEHLT}, {@link #LEER}, {@link #GUELTIG} or {@link #ANDERS} for the OZG-ID cell. */
        int ozgZustand() {
            if (ozgZustand == UNBESTIMMT) {
                String roh = zeile.rawCell(Katalogspalte.OZG_ID);
                long v = Ziffern.wert(roh, 5);
                if (v >= 0) {
                    // five ASCII digits are what OzgId.isValid accepts: parsed here once, not again
                    ozgZustand = GUELTIG;
                    ozgId = OzgId.of((int) v);
                } else {
                    ozgZustand = roh == null ? FEHLT : isLeer(Katalogspalte.OZG_ID) ? LEER : ANDERS;
                }
            }
            return ozgZustand;
        }

        /** The lenient reading of an OZG-ID cell that is present but not valid as written. */
        Normalisierung<OzgId> ozgNormalisierung() {
            if (ozgNormalisierung == null) {
                ozgNormalisierung = OzgId.normalize(zeile.rawCell(Katalogspalte.OZG_ID));
            }
            return ozgNormalisierung;
        }

        /** The OZG-ID, strictly or after harmless repairs; null when the cell is absent or bad. */
        OzgId ozgId() {
            if (ozgId == OFFEN) {
                int z = ozgZustand();
                ozgId = z == FEHLT ? null : z == GUELTIG ? OzgId.parse(zeile.rawCell(Katalogspalte.OZG_ID))
                        : ozgNormalisierung().wert().orElse(null);
            }
            return (OzgId) ozgId;
        }

        /** {@link #FEHLT}, {@link #LEER}, {@link #GUELTIG}, {@link #PLATZHALTER} or {@link #ANDERS} for the key. */
        int leikaZustand() {
            if (leikaZustand == UNBESTIMMT) {
                String roh = zeile.rawCell(Katalogspalte.LEIKA_SCHLUESSEL);
                long v = Ziffern.wert(roh, 14);
                if (v >= 0 && Leistungsschluessel.isValid(roh)) {
                    // valid as written: the value is the digits, so the key needs no second parse
                    leikaZustand = GUELTIG;
                    schluessel = Leistungsschluessel.of(v);
                } else {
                    leikaZustand = roh == null ? FEHLT : isLeer(Katalogspalte.LEIKA_SCHLUESSEL) ? LEER
                            : Leistungsschluessel.isPlaceholder(roh) ? PLATZHALTER : ANDERS;
                }
            }
            return leikaZustand;
        }

        /** The lenient reading of a key cell that is present, not the placeholder and not valid as written. */
        Normalisierung<Leistungsschluessel> leikaNormalisierung() {
            if (leikaNormalisierung == null) {
                leikaNormalisierung = Leistungsschluessel.normalize(zeile.rawCell(Katalogspalte.LEIKA_SCHLUESSEL));
            }
            return leikaNormalisierung;
        }

        /** The LeiKa key, strictly or after harmless repairs; null when absent, bad or the placeholder. */
        Leistungsschluessel schluessel() {
            if (schluessel == OFFEN) {
                int z = leikaZustand();
                // the placeholder never normalises, and trying builds an exception with its stack trace
                schluessel = z == FEHLT || z == PLATZHALTER ? null
                        : z == GUELTIG ? Leistungsschluessel.parse(zeile.rawCell(Katalogspalte.LEIKA_SCHLUESSEL))
                        : leikaNormalisierung().wert().orElse(null);
            }
            return (Leistungsschluessel) schluessel;
        }

        /** Whether the key cell holds the placeholder "nicht im LeiKa". */
        boolean isPlatzhalter() {
            return leikaZustand() == PLATZHALTER;
        }

        /** The Themenfeld (tolerant spelling); null when absent or unknown. */
        Themenfeld themenfeld() {
            if (themenfeld == OFFEN) {
                String roh = zeile.rawCell(Katalogspalte.THEMENFELD);
                if (roh == null) {
                    themenfeld = null;
                } else if (roh.equals(letzterThemenfeldText)) {
                    // rows come grouped by bundle: comparing with the previous cell beats hashing it
                    themenfeld = letztesThemenfeld;
                } else {
                    themenfeld = Themenfeld.find(roh).orElse(null);
                    letzterThemenfeldText = roh;
                    letztesThemenfeld = (Themenfeld) themenfeld;
                }
            }
            return (Themenfeld) themenfeld;
        }

        /** The Typisierung codes; the empty set for an absent or blank cell; null when a code is unknown. */
        @SuppressWarnings("unchecked")
        Set<Typisierung> typisierung() {
            if (typisierung == OFFEN) {
                String roh = zeile.rawCell(Katalogspalte.LEIKA_TYP);
                if (roh == null) {
                    typisierung = Set.of();
                } else {
                    Optional<Set<Typisierung>> c = codes.get(roh);
                    if (c == null) {
                        if (codes.size() >= MAX_TYPEN) {
                            codes.clear();
                        }
                        c = Optional.ofNullable(leseTypisierung(roh));
                        codes.put(roh, c);
                    }
                    typisierung = c.orElse(null);
                }
            }
            return (Set<Typisierung>) typisierung;
        }

        /** An SDG flag: {@code FALSE} for absent, blank or 0, {@code TRUE} for 1, null otherwise. */
        Boolean sdg(Katalogspalte s) {
            if (zeile.rawCell(s) == null) {
                return Boolean.FALSE;
            }
            String t = text(s);
            if (t == null || t.equals("0")) {
                return Boolean.FALSE;
            }
            return t.equals("1") ? Boolean.TRUE : null;
        }
    }

    private static final ThreadLocal<Zeile> MEMO = ThreadLocal.withInitial(() -> new Zeile(Thread.currentThread()));

    /**
     * How one check reaches the memo of its thread: it remembers the memo it used last and asks the
     * thread-local only when the thread changed, instead of once per rule and row. The memo names
     * its thread in a final field, so a reference seen by another thread is recognised as foreign.
     * One instance per check and run.
     */
    static final class Zugang {
        private Zeile letzte;

        /**
         * The memo of the current thread, set to a row. Valid until the next call for another row on
         * this thread: do not hold it across reading another row.
         */
        Zeile zeile(TableRow<Katalogspalte> z) {
            Zeile m = letzte;
            if (m == null || m.besitzer != Thread.currentThread()) {
                m = MEMO.get();
                letzte = m;
            }
            return m.fuer(z);
        }
    }

    private Zellen() {
    }

    /** A memo of one row of its own, for reading an earlier row without disturbing the thread's memo. */
    static Zeile einzeln(TableRow<Katalogspalte> z) {
        return new Zeile(null).fuer(z);
    }

    /** Drops the row the memo of this thread holds. */
    static void vergiss() {
        Zeile m = MEMO.get();
        m.halte(null);
        m.codes.clear();
        m.letzterThemenfeldText = null;
        m.letztesThemenfeld = null;
    }

    private static Set<Typisierung> leseTypisierung(String roh) {
        try {
            return Typisierung.parseMenge(roh);
        } catch (UnknownReferenceException e) {
            return null;
        }
    }

    /** The repairs of a normalisation as one German and one English text. */
    static String[] aenderungen(Normalisierung<?> n) {
        List<Aenderung> liste = n.aenderungen();
        StringJoiner de = new StringJoiner(", ");
        StringJoiner en = new StringJoiner(", ");
        for (Aenderung a : liste) {
            de.add(a.beschreibungDe());
            en.add(a.beschreibungEn());
        }
        return new String[] {de.toString(), en.toString()};
    }

    /** The English message of a failed normalisation, or a fallback. */
    static String fehlerEn(Normalisierung<?> n) {
        Optional<IdFormatException> e = n.fehler();
        return e.isPresent() ? e.get().getMessage() : "not a valid identifier";
    }

    /** The number of characters of a text, for messages. */
    static int laenge(String s) {
        return s.codePointCount(0, s.length());
    }
}
