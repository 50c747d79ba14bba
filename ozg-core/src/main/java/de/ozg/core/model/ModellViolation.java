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
    DATE_ORDER
}
