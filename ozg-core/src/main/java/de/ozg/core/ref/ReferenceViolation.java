package de.ozg.core.ref;

/**
 * Why a value could not be resolved to reference data. Carried by
 * {@link UnknownReferenceException#violation()}.
 */
public enum ReferenceViolation {
    /** Not one of the 16 Land codes, Kürzel or names. */
    UNKNOWN_BUNDESLAND,
    /** Not a known Bundesressort abbreviation or name. */
    UNKNOWN_BUNDESRESSORT,
    /** A Ressort asked for at a date outside its validity period. */
    RESSORT_NOT_VALID_AT_DATE,
    /** Not one of the 14 Themenfelder (canonical name, variant or FIM code). */
    UNKNOWN_THEMENFELD,
    /** Not a code of the Typisierung code list. */
    UNKNOWN_TYPISIERUNG,
    /** Not a level of the given Reifegrad model, or an unknown model version. */
    UNKNOWN_REIFEGRAD,
    /** Two Reifegrade of different models were compared without a mapping. */
    REIFEGRAD_MODEL_MISMATCH,
    /** Not a known Nachnutzungsmodell. */
    UNKNOWN_NACHNUTZUNGSMODELL,
    /** Not a Priorisierung 1 to 4 or its name. */
    UNKNOWN_PRIORISIERUNG,
    /** Not a Flächendeckung class of the dashboard. */
    UNKNOWN_FLAECHENDECKUNG,
    /** A reference data resource is missing or malformed (a defect of the library build). */
    BROKEN_RESOURCE
}
