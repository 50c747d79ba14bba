package de.ozg.core.validation.katalog;

import de.ozg.core.validation.Spaltenart;
import java.util.Optional;

/**
 * The twelve columns of the OZG-Umsetzungskatalog in its published layout: one row per LeiKa
 * service, carrying the bundle's Themenfeld, Lebenslage, OZG-ID and name, then the service's key,
 * name, Typisierung (in the column the catalogue calls "LeiKa-Typ"), legal basis and SDG flags.
 * The first seven columns are required; the others may be empty or missing.
 *
 * <p>Each constant carries the canonical column name as the catalogue prints it. Findings name the
 * column as it appeared in the file's header (see {@link Katalogkopf#spaltenname}),
 * which may differ. Immutable and thread-safe.
 */
public enum Katalogspalte implements Spaltenart {
    /** "Themenfeld": one of the 14 Themenfelder. */
    THEMENFELD("Themenfeld", true),
    /** "Lebenslage": the Lebens- or Unternehmenslage of the bundle. */
    LEBENSLAGE("Lebenslage", true),
    /** "OZG-ID": five digits. */
    OZG_ID("OZG-ID", true),
    /** "OZG-Leistung": the bundle's name. */
    OZG_LEISTUNG("OZG-Leistung", true),
    /** "LeiKa-Schlüssel": fourteen digits, or the placeholder "nicht im LeiKa". */
    LEIKA_SCHLUESSEL("LeiKa-Schlüssel", true),
    /** "LeiKa-Bezeichnung": the service's name. */
    LEIKA_BEZEICHNUNG("LeiKa-Bezeichnung", true),
    /** "LeiKa-Typ": the Typisierung codes, such as "2/3" or "1, 2/3"; the cell may be empty. */
    LEIKA_TYP("LeiKa-Typ", true),
    /** "Rechtsgrundlage(n)": free text. */
    RECHTSGRUNDLAGEN("Rechtsgrundlage(n)", false),
    /** "Gesetz(e)": free text. */
    GESETZE("Gesetz(e)", false),
    /** "Gesetzeskürzel": free text such as "BEEG". */
    GESETZESKUERZEL("Gesetzeskürzel", false),
    /** "SDG1-Relevanz": 0 or 1. */
    SDG1("SDG1-Relevanz", false),
    /** "SDG2-Relevanz": 0 or 1. */
    SDG2("SDG2-Relevanz", false);

    private static final Katalogspalte[] ALLE = values();

    private final String bezeichnung;
    private final boolean pflicht;

    Katalogspalte(String bezeichnung, boolean pflicht) {
        this.bezeichnung = bezeichnung;
        this.pflicht = pflicht;
    }

    /**
     * The canonical column name, such as "LeiKa-Schlüssel".
     *
     * @return the name
     */
    public String bezeichnung() {
        return bezeichnung;
    }

    /**
     * Whether a catalogue must have this column and a value in it. "LeiKa-Typ" is required as a
     * column, but an empty cell there is only a warning.
     *
     * @return true for the first seven columns
     */
    public boolean isPflicht() {
        return pflicht;
    }

    /**
     * The column with this canonical name, ignoring case and surrounding blanks. Readers with
     * tolerant header matching (aliases, snake case) map names themselves and build a
     * {@link Katalogkopf} from the result.
     *
     * @param name the header cell, may be null
     * @return the column, or empty
     */
    public static Optional<Katalogspalte> find(CharSequence name) {
        if (name == null) {
            return Optional.empty();
        }
        String s = Texte.strip(name.toString());
        for (Katalogspalte k : ALLE) {
            if (k.bezeichnung.equalsIgnoreCase(s)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
