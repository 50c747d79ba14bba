package de.ozg.json.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How a CSV file is read: the charset (UTF-8 unless told otherwise), an optional fixed delimiter
 * instead of detection, and the {@link TableLimits limits} that bound the reader's memory.
 *
 * <p>Excel on German Windows still exports "CSV (Trennzeichen-getrennt)" as Windows-1252, and older
 * tools write ISO-8859-1; such files must be read with {@link #withCharset(Charset)}, because the
 * reader never guesses and never silently replaces undecodable bytes. A byte order mark at the start
 * of a file wins over the charset given.
 *
 * <p>Immutable and thread-safe.
 *
 * @param charset   the charset of the file when it has no byte order mark
 * @param delimiter the delimiter to use, or {@code 0} to detect it from the header row
 * @param limits    characters per cell, cells and characters per record
 */
public record CsvReadOptions(Charset charset, char delimiter, TableLimits limits) {

    private static final CsvReadOptions DEFAULTS =
            new CsvReadOptions(StandardCharsets.UTF_8, (char) 0, TableLimits.defaults());

    /**
     * Validates the components.
     *
     * @param charset   not null
     * @param delimiter 0 (detect) or a character that is no quote and no line break
     * @param limits    not null
     */
    public CsvReadOptions {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(limits, "limits");
        if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
            throw new IllegalArgumentException("delimiter must not be a quote or line break, was "
                    + (int) delimiter);
        }
    }

    /** @return UTF-8, delimiter detected, {@link TableLimits#defaults()} */
    public static CsvReadOptions defaults() {
        return DEFAULTS;
    }

    /**
     * @param newCharset the charset of files without byte order mark, e.g. ISO-8859-1 or windows-1252
     * @return a copy with this charset
     */
    public CsvReadOptions withCharset(Charset newCharset) {
        return new CsvReadOptions(newCharset, delimiter, limits);
    }

    /**
     * @param newDelimiter a fixed delimiter, or {@code 0} to detect it
     * @return a copy with this delimiter
     */
    public CsvReadOptions withDelimiter(char newDelimiter) {
        return new CsvReadOptions(charset, newDelimiter, limits);
    }

    /**
     * @param newLimits the limits of the reader
     * @return a copy with these limits
     */
    public CsvReadOptions withLimits(TableLimits newLimits) {
        return new CsvReadOptions(charset, delimiter, newLimits);
    }

    /** @return whether the delimiter is detected from the header row */
    public boolean detectsDelimiter() {
        return delimiter == 0;
    }
}
