package de.ozg.json.csv;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * The dialect a CSV file was written in, as detected from its first bytes.
 *
 * <p>OZG data arrives from Excel (German locale: {@code ;}, often a UTF-8 byte order mark, CRLF),
 * from portals and databases ({@code ,}, LF) and as tab-separated text. The table reader detects
 * the delimiter from the header row (ignoring delimiters inside quotes and blank lines before it),
 * strips a byte order mark and reports here what it found, so a report can say how the file was read.
 *
 * <p>Immutable and thread-safe.
 *
 * @param delimiter  the cell delimiter: {@code ','}, {@code ';'} or {@code '\t'} (or one given explicitly)
 * @param charset    the charset the file is decoded with (a byte order mark overrides the option)
 * @param bom        whether a byte order mark was found and stripped
 * @param lineEnding the line ending of the header row
 */
public record CsvDialect(char delimiter, Charset charset, boolean bom, LineEnding lineEnding) {

    /** The line ending found after the header row; both CRLF and LF files read the same. */
    public enum LineEnding {
        /** {@code \n}, Unix. */
        LF,
        /** {@code \r\n}, Windows and RFC 4180. */
        CRLF,
        /** {@code \r} alone, old Mac exports. */
        CR,
        /** No line ending in the inspected prefix (a one-line file, or a very long header). */
        NONE
    }

    /**
     * Validates the components.
     *
     * @param delimiter  the delimiter, not a quote or line break
     * @param charset    the charset, not null
     * @param bom        whether a byte order mark was seen
     * @param lineEnding the line ending, not null
     */
    public CsvDialect {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(lineEnding, "lineEnding");
        if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
            throw new IllegalArgumentException("delimiter must not be a quote or line break, was "
                    + (int) delimiter);
        }
    }
}
