package de.ozg.json.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How {@link CsvReader} decodes a file: the charset (UTF-8 unless told otherwise), an optional fixed
 * delimiter instead of detection, and the longest cell accepted.
 *
 * <p>Excel on German Windows still exports "CSV (Trennzeichen-getrennt)" as Windows-1252, and older
 * tools write ISO-8859-1; such files must be read with {@link #withCharset(Charset)}, because the
 * reader never guesses and never silently replaces undecodable bytes. The maximum cell length bounds
 * the memory a single broken quote can claim.
 *
 * <p>Immutable and thread-safe.
 *
 * @param charset       the charset of the file when it has no byte order mark
 * @param delimiter     the delimiter to use, or {@code 0} to detect it from the header row
 * @param maxCellLength the longest cell in characters; a longer one is reported and its record skipped
 */
public record CsvReadOptions(Charset charset, char delimiter, int maxCellLength) {

    /** Default maximum cell length: one million characters. */
    public static final int DEFAULT_MAX_CELL_LENGTH = 1_000_000;

    private static final CsvReadOptions DEFAULTS =
            new CsvReadOptions(StandardCharsets.UTF_8, (char) 0, DEFAULT_MAX_CELL_LENGTH);

    /**
     * Validates the components.
     *
     * @param charset       not null
     * @param delimiter     0 (detect) or a character that is no quote and no line break
     * @param maxCellLength at least 1
     */
    public CsvReadOptions {
        Objects.requireNonNull(charset, "charset");
        if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
            throw new IllegalArgumentException("delimiter must not be a quote or line break, was "
                    + (int) delimiter);
        }
        if (maxCellLength < 1) {
            throw new IllegalArgumentException("maxCellLength must be >= 1, was " + maxCellLength);
        }
    }

    /** @return UTF-8, delimiter detected, {@value #DEFAULT_MAX_CELL_LENGTH} characters per cell */
    public static CsvReadOptions defaults() {
        return DEFAULTS;
    }

    /**
     * @param newCharset the charset of files without byte order mark, e.g. ISO-8859-1 or windows-1252
     * @return a copy with this charset
     */
    public CsvReadOptions withCharset(Charset newCharset) {
        return new CsvReadOptions(newCharset, delimiter, maxCellLength);
    }

    /**
     * @param newDelimiter a fixed delimiter, or {@code 0} to detect it
     * @return a copy with this delimiter
     */
    public CsvReadOptions withDelimiter(char newDelimiter) {
        return new CsvReadOptions(charset, newDelimiter, maxCellLength);
    }

    /**
     * @param newMaxCellLength the longest accepted cell in characters
     * @return a copy with this limit
     */
    public CsvReadOptions withMaxCellLength(int newMaxCellLength) {
        return new CsvReadOptions(charset, delimiter, newMaxCellLength);
    }

    /** @return whether the delimiter is detected from the header row */
    public boolean detectsDelimiter() {
        return delimiter == 0;
    }
}
