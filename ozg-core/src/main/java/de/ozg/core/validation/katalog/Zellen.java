package de.ozg.core.validation.katalog;

import de.ozg.core.id.Aenderung;
import de.ozg.core.id.IdFormatException;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.Normalisierung;
import de.ozg.core.id.OzgId;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.ref.Typisierung;
import de.ozg.core.ref.UnknownReferenceException;
import de.ozg.core.table.TableRow;
import java.util.Arrays;
import java.util.List;
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
    /** Marks a cell of the memo that was not read yet (null is a valid answer). */
    private static final Object OFFEN = new Object();

    /**
     * What the rules and the assembly read from the last row of a thread, each at most once: about
     * twenty rules and the assembly ask for the same identifiers and texts, and parsing them per
     * rule cost more than reading the row. A row is immutable, so its identity is its key. Holding
     * the last row keeps one row per thread alive; {@link #vergiss()} drops it at the end of a pass.
     */
    private static final class Memo {
        TableRow<Katalogspalte> zeile;
        Object ozgId;
        Object schluessel;
        Object themenfeld;
        Object typisierung;
        final Object[] texte = new Object[SPALTEN.length];

        Memo fuer(TableRow<Katalogspalte> z) {
            if (zeile != z) {
                zeile = z;
                ozgId = OFFEN;
                schluessel = OFFEN;
                themenfeld = OFFEN;
                typisierung = OFFEN;
                Arrays.fill(texte, OFFEN);
            }
            return this;
        }
    }

    private static final ThreadLocal<Memo> MEMO = ThreadLocal.withInitial(Memo::new);

    private Zellen() {
    }

    private static Memo memo(TableRow<Katalogspalte> z) {
        return MEMO.get().fuer(z);
    }

    /** Drops the row the memo of this thread holds. */
    static void vergiss() {
        MEMO.get().zeile = null;
    }

    /** The OZG-ID of the row, strictly or after harmless repairs; null when the cell is absent or bad. */
    static OzgId ozgId(TableRow<Katalogspalte> z) {
        Memo m = memo(z);
        if (m.ozgId == OFFEN) {
            m.ozgId = leseOzgId(z.rawCell(Katalogspalte.OZG_ID));
        }
        return (OzgId) m.ozgId;
    }

    private static OzgId leseOzgId(String roh) {
        if (roh == null) {
            return null;
        }
        if (OzgId.isValid(roh)) {
            return OzgId.parse(roh);
        }
        return OzgId.normalize(roh).wert().orElse(null);
    }

    /** The LeiKa key of the row, strictly or after harmless repairs; null when absent, bad or the placeholder. */
    static Leistungsschluessel schluessel(TableRow<Katalogspalte> z) {
        Memo m = memo(z);
        if (m.schluessel == OFFEN) {
            m.schluessel = leseSchluessel(z.rawCell(Katalogspalte.LEIKA_SCHLUESSEL));
        }
        return (Leistungsschluessel) m.schluessel;
    }

    private static Leistungsschluessel leseSchluessel(String roh) {
        if (roh == null) {
            return null;
        }
        if (Leistungsschluessel.isValid(roh)) {
            return Leistungsschluessel.parse(roh);
        }
        // the placeholder never normalises, and trying builds an exception with its stack trace
        return Leistungsschluessel.isPlaceholder(roh) ? null : Leistungsschluessel.normalize(roh).wert().orElse(null);
    }

    /** Whether the key cell holds the placeholder "nicht im LeiKa". */
    static boolean isPlatzhalter(TableRow<Katalogspalte> z) {
        return Leistungsschluessel.isPlaceholder(z.rawCell(Katalogspalte.LEIKA_SCHLUESSEL));
    }

    /** The Themenfeld of the row (tolerant spelling); null when absent or unknown. */
    static Themenfeld themenfeld(TableRow<Katalogspalte> z) {
        Memo m = memo(z);
        if (m.themenfeld == OFFEN) {
            String roh = z.rawCell(Katalogspalte.THEMENFELD);
            m.themenfeld = roh == null ? null : Themenfeld.find(roh).orElse(null);
        }
        return (Themenfeld) m.themenfeld;
    }

    /** The stripped text of a cell; null when absent or blank. */
    static String text(TableRow<Katalogspalte> z, Katalogspalte s) {
        Memo m = memo(z);
        Object t = m.texte[s.ordinal()];
        if (t == OFFEN) {
            String roh = z.rawCell(s);
            t = roh == null || Texte.isLeer(roh) ? null : Texte.strip(roh);
            m.texte[s.ordinal()] = t;
        }
        return (String) t;
    }

    /** The Typisierung codes; the empty set for an absent or blank cell; null when a code is unknown. */
    @SuppressWarnings("unchecked")
    static Set<Typisierung> typisierung(TableRow<Katalogspalte> z) {
        Memo m = memo(z);
        if (m.typisierung == OFFEN) {
            m.typisierung = leseTypisierung(z.rawCell(Katalogspalte.LEIKA_TYP));
        }
        return (Set<Typisierung>) m.typisierung;
    }

    private static Set<Typisierung> leseTypisierung(String roh) {
        if (roh == null) {
            return Set.of();
        }
        try {
            return Typisierung.parseMenge(roh);
        } catch (UnknownReferenceException e) {
            return null;
        }
    }

    /** An SDG flag: {@code FALSE} for absent, blank or 0, {@code TRUE} for 1, null otherwise. */
    static Boolean sdg(TableRow<Katalogspalte> z, Katalogspalte s) {
        String roh = z.rawCell(s);
        if (roh == null) {
            return Boolean.FALSE;
        }
        String t = Texte.strip(roh);
        if (t.isEmpty() || t.equals("0")) {
            return Boolean.FALSE;
        }
        return t.equals("1") ? Boolean.TRUE : null;
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
