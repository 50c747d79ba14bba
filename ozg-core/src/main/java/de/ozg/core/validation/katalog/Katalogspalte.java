package de.ozg.core.validation.katalog;

import de.ozg.core.table.TableColumn;
import java.util.List;

/**
 * The twelve columns of the OZG-Umsetzungskatalog in its published layout: one row per LeiKa
 * service, carrying the bundle's Themenfeld, Lebenslage, OZG-ID and name, then the service's key,
 * name, Typisierung (in the column the catalogue calls "LeiKa-Typ"), legal basis and SDG flags.
 * The first seven columns are required; the others may be empty or missing.
 *
 * <p>Each constant carries the canonical column name as the catalogue prints it and the other names
 * exports give the column ("Lage" for "Lebenslage", "Leistungsschlüssel" or "LeiKa-Key" for
 * "LeiKa-Schlüssel"); header cells are compared by {@link TableColumn#key(CharSequence)}, so case,
 * umlauts and punctuation do not matter. Findings name the column as it appeared in the file's
 * header. Immutable and thread-safe.
 */
public enum Katalogspalte implements TableColumn {
    /** "Themenfeld": one of the 14 Themenfelder. */
    THEMENFELD("Themenfeld", true),
    /** "Lebenslage" (also "Lage", "Unternehmenslage"): the Lebens- or Unternehmenslage of the bundle. */
    LEBENSLAGE("Lebenslage", true, "Lage", "Unternehmenslage", "Lebens- und Unternehmenslage"),
    /** "OZG-ID" (also "OZG-Nummer"): five digits. */
    OZG_ID("OZG-ID", true, "OZG-Nummer"),
    /** "OZG-Leistung" (also "OZG-Bezeichnung", "Leistungsbündel"): the bundle's name. */
    OZG_LEISTUNG("OZG-Leistung", true, "OZG-Bezeichnung", "Leistungsbündel"),
    /** "LeiKa-Schlüssel" (also "Leistungsschlüssel", "LeiKa-Key"): 14 digits, or "nicht im LeiKa". */
    LEIKA_SCHLUESSEL("LeiKa-Schlüssel", true, "Leistungsschlüssel", "LeiKa-Key"),
    /** "LeiKa-Bezeichnung" (also "Leistungsbezeichnung", "LeiKa-Name"): the service's name. */
    LEIKA_BEZEICHNUNG("LeiKa-Bezeichnung", true, "Leistungsbezeichnung", "LeiKa-Name"),
    /** "LeiKa-Typ" (also "Typisierung", "Typ"): codes such as "2/3" or "1, 2/3"; the cell may be empty. */
    LEIKA_TYP("LeiKa-Typ", true, "Typisierung", "Typ"),
    /** "Rechtsgrundlage(n)" (also "Rechtsgrundlage"): free text. */
    RECHTSGRUNDLAGEN("Rechtsgrundlage(n)", false, "Rechtsgrundlage"),
    /** "Gesetz(e)" (also "Gesetz"): free text. */
    GESETZE("Gesetz(e)", false, "Gesetz"),
    /** "Gesetzeskürzel": free text such as "BEEG". */
    GESETZESKUERZEL("Gesetzeskürzel", false),
    /** "SDG1-Relevanz" (also "SDG1"): 0 or 1. */
    SDG1("SDG1-Relevanz", false, "SDG1"),
    /** "SDG2-Relevanz" (also "SDG2"): 0 or 1. */
    SDG2("SDG2-Relevanz", false, "SDG2");

    private final String bezeichnung;
    private final boolean pflicht;
    private final List<String> aliases;

    Katalogspalte(String bezeichnung, boolean pflicht, String... aliases) {
        this.bezeichnung = bezeichnung;
        this.pflicht = pflicht;
        this.aliases = List.of(aliases);
    }

    /**
     * The canonical column name, such as "LeiKa-Schlüssel".
     *
     * @return the name
     */
    @Override
    public String bezeichnung() {
        return bezeichnung;
    }

    /** @return the other names of the column in real exports, unmodifiable */
    @Override
    public List<String> aliases() {
        return aliases;
    }

    /**
     * Whether a catalogue must have this column and a value in it. "LeiKa-Typ" is required as a
     * column, but an empty cell there is only a warning.
     *
     * @return true for the first seven columns
     */
    @Override
    public boolean isPflicht() {
        return pflicht;
    }
}
