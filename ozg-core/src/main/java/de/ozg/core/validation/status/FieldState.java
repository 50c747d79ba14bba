package de.ozg.core.validation.status;

/** The state of one field of the record a {@link StatusRow} holds. */
public enum FieldState {
    /** Not given (in CSV: the column is missing or the cell is blank). */
    ABSENT,
    /** Given and converted. */
    VALUE,
    /** JSON {@code null} for an optional field: treated as absent. */
    NULL,
    /** Given with the wrong JSON type, such as a number for a key. */
    WRONG_TYPE,
    /** Given as text that does not convert. */
    INVALID
}
