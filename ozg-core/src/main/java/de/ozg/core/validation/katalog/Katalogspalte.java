package de.ozg.core.validation.katalog;

import de.ozg.core.table.TableColumn;

/**
 * The twelve columns of the OZG-Umsetzungskatalog in its published layout: one row per LeiKa
 * service, carrying the bundle's Themenfeld, Lebenslage, OZG-ID and name, then the service's key,
 * name, Typisierung (in the column the catalogue calls "LeiKa-Typ"), legal basis and SDG flags.
 * The first seven columns are required ({@link #isRequired()}); the others may be empty or missing.
 * "LeiKa-Typ" is required as a column, but an empty cell there is only a warning.
 *
 * <p>Each constant carries the canonical column name as the catalogue prints it
 * ({@link #bezeichnung()}, such as "LeiKa-Schlüssel") and the other names exports give the column
 * ({@link #aliases()}: "Lage" for "Lebenslage", "Leistungsschlüssel" or "LeiKa-Key" for
 * "LeiKa-Schlüssel"); header cells are compared by {@link TableColumn#key(CharSequence)}, so case,
 * umlauts and punctuation do not matter. Findings name the column as it appeared in the file's
 * header. Immutable and thread-safe.
 */
public enum Katalogspalte implements TableColumn {
    /** "Themenfeld": one of the 14 Themenfelder. */
    @Declared(value = "Themenfeld", pflicht = true) THEMENFELD,
    /** "Lebenslage" (also "Lage", "Unternehmenslage"): the Lebens- or Unternehmenslage of the bundle. */
    @Declared(value = "Lebenslage", pflicht = true,
            aliases = {"Lage", "Unternehmenslage", "Lebens- und Unternehmenslage"}) LEBENSLAGE,
    /** "OZG-ID" (also "OZG-Nummer"): five digits. */
    @Declared(value = "OZG-ID", pflicht = true, aliases = "OZG-Nummer") OZG_ID,
    /** "OZG-Leistung" (also "OZG-Bezeichnung", "Leistungsbündel"): the bundle's name. */
    @Declared(value = "OZG-Leistung", pflicht = true, aliases = {"OZG-Bezeichnung", "Leistungsbündel"}) OZG_LEISTUNG,
    /** "LeiKa-Schlüssel" (also "Leistungsschlüssel", "LeiKa-Key"): 14 digits, or "nicht im LeiKa". */
    @Declared(value = "LeiKa-Schlüssel", pflicht = true, aliases = {"Leistungsschlüssel", "LeiKa-Key"}) LEIKA_SCHLUESSEL,
    /** "LeiKa-Bezeichnung" (also "Leistungsbezeichnung", "LeiKa-Name"): the service's name. */
    @Declared(value = "LeiKa-Bezeichnung", pflicht = true,
            aliases = {"Leistungsbezeichnung", "LeiKa-Name"}) LEIKA_BEZEICHNUNG,
    /** "LeiKa-Typ" (also "Typisierung", "Typ"): codes such as "2/3" or "1, 2/3"; the cell may be empty. */
    @Declared(value = "LeiKa-Typ", pflicht = true, aliases = {"Typisierung", "Typ"}) LEIKA_TYP,
    /** "Rechtsgrundlage(n)" (also "Rechtsgrundlage"): free text. */
    @Declared(value = "Rechtsgrundlage(n)", aliases = "Rechtsgrundlage") RECHTSGRUNDLAGEN,
    /** "Gesetz(e)" (also "Gesetz"): free text. */
    @Declared(value = "Gesetz(e)", aliases = "Gesetz") GESETZE,
    /** "Gesetzeskürzel": free text such as "BEEG". */
    @Declared("Gesetzeskürzel") GESETZESKUERZEL,
    /** "SDG1-Relevanz" (also "SDG1"): 0 or 1. */
    @Declared(value = "SDG1-Relevanz", aliases = "SDG1") SDG1,
    /** "SDG2-Relevanz" (also "SDG2"): 0 or 1. */
    @Declared(value = "SDG2-Relevanz", aliases = "SDG2") SDG2
}
