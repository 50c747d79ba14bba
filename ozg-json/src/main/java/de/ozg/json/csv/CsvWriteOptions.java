package de.ozg.json.csv;

import java.util.List;
import java.util.Objects;

/**
 * How {@link CsvWriter} writes: the two presets {@link #excel()} for people and {@link #rfc4180()}
 * for machines, adjustable with {@code with…} methods.
 *
 * <p>Excel on a German system opens a file correctly only with a UTF-8 byte order mark (else umlauts
 * break) and {@code ;} as delimiter; files written for users are also protected against formula
 * injection. Machine consumers want plain RFC 4180 without either.
 *
 * <p>Immutable and thread-safe.
 *
 * @param delimiter     the cell delimiter
 * @param bom           whether a UTF-8 byte order mark is written first
 * @param neutralize    whether cells starting with {@code = + - @}, TAB or CR are prefixed with {@code '}
 * @param quotedColumns header names (compared tolerantly) whose cells are always quoted
 */
public record CsvWriteOptions(char delimiter, boolean bom, boolean neutralize, List<String> quotedColumns) {

    /**
     * Validates and copies the components.
     *
     * @param delimiter     no quote and no line break
     * @param bom           byte order mark
     * @param neutralize    formula neutralisation
     * @param quotedColumns not null
     */
    public CsvWriteOptions {
        if (delimiter == '"' || delimiter == '\r' || delimiter == '\n' || delimiter == 0) {
            throw new IllegalArgumentException("delimiter must not be a quote, line break or NUL, was "
                    + (int) delimiter);
        }
        quotedColumns = List.copyOf(Objects.requireNonNull(quotedColumns, "quotedColumns"));
    }

    /** @return for people: {@code ;}, UTF-8 byte order mark, CRLF, formula injection neutralised */
    public static CsvWriteOptions excel() {
        return new CsvWriteOptions(';', true, true, List.of());
    }

    /** @return for machines (RFC 4180): {@code ,}, no byte order mark, CRLF, cells written unchanged */
    public static CsvWriteOptions rfc4180() {
        return new CsvWriteOptions(',', false, false, List.of());
    }

    /**
     * @param newDelimiter the delimiter
     * @return a copy with this delimiter
     */
    public CsvWriteOptions withDelimiter(char newDelimiter) {
        return new CsvWriteOptions(newDelimiter, bom, neutralize, quotedColumns);
    }

    /**
     * @param newBom whether to write a UTF-8 byte order mark
     * @return a copy
     */
    public CsvWriteOptions withBom(boolean newBom) {
        return new CsvWriteOptions(delimiter, newBom, neutralize, quotedColumns);
    }

    /**
     * @param newNeutralize whether to neutralise formula injection
     * @return a copy
     */
    public CsvWriteOptions withNeutralize(boolean newNeutralize) {
        return new CsvWriteOptions(delimiter, bom, newNeutralize, quotedColumns);
    }

    /**
     * Key columns (LeiKa-Schlüssel, ARS, AGS, OZG-ID) whose cells are always quoted, so that they are
     * marked as text for importers that honour quotes. See {@link CsvWriter} for what Excel does.
     *
     * @param columns header names, compared tolerantly
     * @return a copy with these columns always quoted
     */
    public CsvWriteOptions withQuotedColumns(String... columns) {
        return new CsvWriteOptions(delimiter, bom, neutralize, List.of(columns));
    }
}
