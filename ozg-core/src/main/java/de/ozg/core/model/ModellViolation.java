package de.ozg.core.model;

/**
 * Which invariant of the model a value broke. Carried by {@link ModellException#violation()}.
 */
public enum ModellViolation {
    /** A required name or text is blank. */
    BLANK_TEXT,
    /** A value lies outside its allowed range (for example a negative count). */
    OUT_OF_RANGE,
    /** The Lebenslage of an OZG-Leistung belongs to another Themenfeld. */
    LEBENSLAGE_THEMENFELD_MISMATCH,
    /** One OZG-Leistung lists the same LeiKa key twice with different content. */
    DUPLICATE_LEIKA_KEY,
    /** One OZG-ID occurs twice in a catalogue with different content. */
    CONTRADICTING_OZG_LEISTUNG,
    /** One Gebiet key occurs twice at the same level with different content. */
    CONTRADICTING_GEBIET,
    /** A Gebiet's ARS does not fit its level. */
    GEBIET_EBENE_MISMATCH,
    /** A Gebiet's AGS does not correspond to its ARS. */
    GEBIET_AGS_MISMATCH,
    /** A date lies before another date it must follow. */
    DATE_ORDER,
    /** An identifier chosen by a data source (such as an Onlinedienst id) is blank inside or contains whitespace. */
    INVALID_ID,
    /** A code of an extensible classification is not snake_case ASCII. */
    INVALID_CODE,
    /** An EfA Onlinedienst names no entwickelndes Land. */
    MISSING_ENTWICKELNDES_LAND,
    /** An Onlinedienst names no Leistungsschlüssel. */
    MISSING_LEISTUNGSSCHLUESSEL,
    /** A URL is not an absolute http or https URL with a host. */
    INVALID_URL,
    /** A Nachnutzung names the Bund key instead of a Land or Kommune. */
    INVALID_NACHNUTZER,
    /** One Onlinedienst lists two Nachnutzungen of the same nachnutzer. */
    DUPLICATE_NACHNUTZER,
    /** One Nachnutzungsübersicht lists two entries for the same OZG-ID and Leistungsschlüssel. */
    DUPLICATE_EINTRAG,
    /** One Nachnutzungsübersicht lists two Onlinedienste with the same id. */
    DUPLICATE_ONLINEDIENST,
    /** A text names none of the Nachnutzung status values. */
    UNKNOWN_NACHNUTZUNGSSTATUS
}
