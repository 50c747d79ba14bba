package de.ozg.core.validation.status;

/** The JSON type of a value, for findings about wrong types and rows that are no objects. */
public enum JsonType {
    /** A JSON string. */
    STRING,
    /** A JSON number. */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** {@code null}. */
    NULL,
    /** A JSON object. */
    OBJECT,
    /** A JSON array. */
    ARRAY
}
