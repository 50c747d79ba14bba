package de.ozg.core.aggregation;

/**
 * Why an aggregation could not be set up or combined. Carried by
 * {@link AggregationException#violation()}.
 */
public enum AggregationViolation {
    /** A counting rule name that is none of the presets. */
    UNKNOWN_ZAEHLREGEL,
    /** A threshold or share outside its range, such as a Flächendeckung share above 100 %. */
    INVALID_SCHWELLE,
    /** Two accumulators built over different catalogues, Gebietsverzeichnisse or counting rules. */
    INCOMPATIBLE_ACCUMULATORS,
    /** More distinct LeiKa keys in one snapshot than its compact encoding holds. */
    CAPACITY_EXCEEDED,
    /** Bytes that are not an accumulator's binary form, or one of a format version this library does not read. */
    UNSUPPORTED_FORMAT,
    /** An accumulator's binary form that is cut off, altered or inconsistent. */
    CORRUPT_STATE
}
