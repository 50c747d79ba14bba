package de.ozg.core.id;

/**
 * Which format rule an identifier broke. Carried by {@link IdFormatException#violation()}; the
 * failing identifier type is {@link IdFormatException#idTyp()}.
 */
public enum IdFormatViolation {
    /** The input was {@code null}. */
    NULL,
    /** The input was empty or consisted of whitespace only. */
    EMPTY,
    /** The input had the wrong number of characters (digits). */
    WRONG_LENGTH,
    /** A character other than the ASCII digits 0-9 appeared where a digit belongs. */
    NON_DIGIT,
    /**
     * The catalogue placeholder "nicht im LeiKa" was given to a strict key parse. It marks a service
     * that has no key yet, a legal unkeyed state that the model represents explicitly.
     */
    PLACEHOLDER,
    /** The Land code (first two digits) is {@code 00} or greater than {@code 16} where a Land is required. */
    INVALID_LAND,
    /** The digits are well-formed but their structure is not, e.g. a Verrichtungsdetail without Verrichtung. */
    INVALID_STRUCTURE,
    /** A URN did not have the expected prefix. */
    INVALID_URN,
    /** A FIM-ID did not start with one of the letters S, G, F, R, C, D. */
    INVALID_FIM_TYPE,
    /** A FIM version was not {@code V} followed by dot-separated numbers such as {@code V1.1}. */
    INVALID_VERSION,
    /** A numeric value given to a factory lies outside the range the identifier can hold. */
    OUT_OF_RANGE,
    /** A code (such as a LeiKa-Typ) is not one of the defined codes. */
    UNKNOWN_CODE,
    /**
     * Lenient normalisation only, never strict parsing: restoring a lost leading zero would give a
     * well-formed key, but not certainly the one meant, because it names no existing structure (no
     * such Regierungsbezirk in the Land, the Bund key) or the Gebietsverzeichnis at hand does not
     * list it. The candidate is in {@link Normalisierung#kandidaten()}; the value is not repaired.
     */
    AMBIGUOUS_REPAIR
}
