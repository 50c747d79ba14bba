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

    private Zellen() {
    }

    /** The OZG-ID of the row, strictly or after harmless repairs; null when the cell is absent or bad. */
    static OzgId ozgId(TableRow<Katalogspalte> z) {
        String roh = z.rawCell(Katalogspalte.OZG_ID);
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
        String roh = z.rawCell(Katalogspalte.LEIKA_SCHLUESSEL);
        if (roh == null) {
            return null;
        }
        if (Leistungsschluessel.isValid(roh)) {
            return Leistungsschluessel.parse(roh);
        }
        return Leistungsschluessel.normalize(roh).wert().orElse(null);
    }

    /** Whether the key cell holds the placeholder "nicht im LeiKa". */
    static boolean isPlatzhalter(TableRow<Katalogspalte> z) {
        return Leistungsschluessel.isPlaceholder(z.rawCell(Katalogspalte.LEIKA_SCHLUESSEL));
    }

    /** The Themenfeld of the row (tolerant spelling); null when absent or unknown. */
    static Themenfeld themenfeld(TableRow<Katalogspalte> z) {
        String roh = z.rawCell(Katalogspalte.THEMENFELD);
        return roh == null ? null : Themenfeld.find(roh).orElse(null);
    }

    /** The stripped text of a cell; null when absent or blank. */
    static String text(TableRow<Katalogspalte> z, Katalogspalte s) {
        String roh = z.rawCell(s);
        if (roh == null || Texte.isLeer(roh)) {
            return null;
        }
        return Texte.strip(roh);
    }

    /** The Typisierung codes; the empty set for an absent or blank cell; null when a code is unknown. */
    static Set<Typisierung> typisierung(TableRow<Katalogspalte> z) {
        String roh = z.rawCell(Katalogspalte.LEIKA_TYP);
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
