package de.ozg.core.validation.status;

/**
 * What a reader found wrong with the bytes of a status input before any field could be read: the
 * syntax, the encoding, a safety limit, or the frame of a status document. A reader records such a
 * defect on a {@link StatusRow} ({@link MutableStatusRow#setDefect}); the rule named by {@link #regelId()}
 * reports it, so that it can be switched off or re-rated like every other status rule. A record
 * with a defect is always rejected.
 */
public enum StatusDefect {
    /** Not well-formed JSON; the number is the column of the error, the detail the parser's message. */
    SYNTAX(StatusRules.JSON_SYNTAX),
    /** JSON Lines: more content follows the row's object on the same line. */
    SECOND_VALUE(StatusRules.JSON_SYNTAX),
    /** JSON Lines: the row's object does not end on its line. */
    UNCLOSED_LINE(StatusRules.JSON_SYNTAX),
    /** Content follows the end of a JSON document. */
    TRAILING_CONTENT(StatusRules.JSON_SYNTAX),
    /** Bytes that are not UTF-8; the number is the column, the detail the decoder's message. */
    ENCODING(StatusRules.KODIERUNG),
    /** A NUL byte or a UTF-16/UTF-32 byte order mark: another encoding than UTF-8. */
    FOREIGN_ENCODING(StatusRules.KODIERUNG),
    /** A line longer than the reader's limit; the number is the limit in bytes. */
    LINE_TOO_LONG(StatusRules.GRENZE),
    /** A string longer than the limit; the number is the limit in characters. */
    STRING_TOO_LONG(StatusRules.GRENZE),
    /** Arrays and objects nested deeper than the limit; the number is the limit. */
    NESTING_TOO_DEEP(StatusRules.GRENZE),
    /** A number longer than the limit; the number is the limit in characters. */
    NUMBER_TOO_LONG(StatusRules.GRENZE),
    /** A field name longer than the limit; the number is the limit in characters. */
    NAME_TOO_LONG(StatusRules.GRENZE),
    /** Another limit of the parser; the detail is its message. */
    LIMIT(StatusRules.GRENZE),
    /** A row that is not a JSON object; the detail names its JSON type (string, number, array …). */
    NOT_AN_OBJECT(StatusRules.ZEILE_KEIN_OBJEKT),
    /** The input is empty where a JSON array or status document was expected. */
    DOCUMENT_EMPTY(StatusRules.DOKUMENT_FORMAT),
    /** The input is neither a JSON array nor an object. */
    DOCUMENT_NOT_OBJECT(StatusRules.DOKUMENT_FORMAT),
    /** {@code format} is not {@code ozg-umsetzungsstand}. */
    DOCUMENT_FORMAT(StatusRules.DOKUMENT_FORMAT),
    /** {@code version} is not 1. */
    DOCUMENT_VERSION(StatusRules.DOKUMENT_FORMAT),
    /** {@code stichtag} of the document is not an ISO date. */
    DOCUMENT_STICHTAG(StatusRules.DOKUMENT_FORMAT),
    /** {@code format}, {@code version} or {@code stichtag} come after {@code zeilen}. */
    DOCUMENT_ORDER(StatusRules.DOKUMENT_FORMAT),
    /** {@code zeilen} is not an array. */
    DOCUMENT_ROWS_TYPE(StatusRules.DOKUMENT_FORMAT),
    /** The document has no {@code zeilen}. */
    DOCUMENT_ROWS_MISSING(StatusRules.DOKUMENT_FORMAT),
    /**
     * Bytes of a CSV file that are not valid in its charset; reading stops. The detail and the German
     * detail are the table reader's messages, which name the charset.
     */
    CSV_ENCODING(StatusRules.KODIERUNG);

    private final String regelId;

    StatusDefect(String regelId) {
        this.regelId = regelId;
    }

    /**
     * The id of the rule that reports this defect.
     *
     * @return one of the syntax, encoding, limit and document rules of {@link StatusRules}
     */
    public String regelId() {
        return regelId;
    }
}
