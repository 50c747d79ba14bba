package de.ozg.json;

/**
 * The rule a JSON input broke, carried by {@link OzgJsonException#violation()}.
 *
 * <p>Immutable and thread-safe.
 */
public enum JsonViolation {
    /** The input holds no JSON value at all (an empty file or only blanks). */
    EMPTY_INPUT,
    /** The bytes are not well-formed JSON: truncated, a stray character, a missing comma. */
    MALFORMED_JSON,
    /** The bytes are not valid UTF-8 (JSON is UTF-8; a UTF-8 byte order mark is skipped). */
    INVALID_ENCODING,
    /** An object names the same field twice; which value is meant is undecidable. */
    DUPLICATE_FIELD,
    /**
     * A {@link com.fasterxml.jackson.core.StreamReadConstraints limit} was exceeded: nesting depth,
     * string, number or field name length, document size.
     */
    LIMIT_EXCEEDED,
    /** A value has the wrong JSON type, such as a number where an identifier string belongs. */
    WRONG_TYPE,
    /** A value has the right JSON type but is not a valid value of its field (a 13-digit key). */
    INVALID_VALUE,
    /** A required field is missing. */
    MISSING_FIELD,
    /**
     * A field is not part of the format: refused in the library's types under any mapper, in other
     * types by {@link OzgJson#mapper()}.
     */
    UNKNOWN_FIELD,
    /**
     * The document's {@code format} or {@code version} header names another or a newer format, or a
     * result type (such as a {@code Pruefbericht}) that is written but never read was to be read.
     */
    UNSUPPORTED_FORMAT,
    /** The values are each valid but together break an invariant of the model. */
    MODEL_INVARIANT,
    /** The input could not be read at all. */
    IO_ERROR
}
