package de.ozg.json.csv;

/**
 * The limits that bound the memory a CSV reader may take, whatever the file: characters per cell,
 * cells per record and characters per record. A record that breaks one of them is reported once
 * (rule {@code CSV-ZELLE-ZU-LANG}, {@code CSV-DATENSATZ-ZU-BREIT} or {@code CSV-DATENSATZ-ZU-LANG}
 * of {@link de.ozg.core.table.TableRules}) and rejected, and reading goes on with the next record:
 * after the end of the record, never inside a quoted cell. So a reader holds at most one record of
 * at most {@link #maxRecordChars()} characters plus one cell of at most {@link #maxCellChars()}
 * characters, however long the file, its lines or its broken quotes are.
 *
 * <p>The defaults are far above what any OZG source needs (the longest cell of the real 2019
 * catalogue has about 2,000 characters, its widest row 12 cells, the Gemeindeverzeichnis 20) and
 * keep a reader within a few megabytes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxCellChars   the most characters a cell may have, at least 1
 * @param maxCells       the most cells a record may have, at least 1
 * @param maxRecordChars the most characters all cells of a record may have together, at least 1
 */
public record TableLimits(int maxCellChars, int maxCells, int maxRecordChars) {

    /** Default {@link #maxCellChars()}: one million characters. */
    public static final int DEFAULT_MAX_CELL_CHARS = 1_000_000;
    /** Default {@link #maxCells()}: ten thousand cells. */
    public static final int DEFAULT_MAX_CELLS = 10_000;
    /** Default {@link #maxRecordChars()}: four million characters. */
    public static final int DEFAULT_MAX_RECORD_CHARS = 4_000_000;

    private static final TableLimits DEFAULTS =
            new TableLimits(DEFAULT_MAX_CELL_CHARS, DEFAULT_MAX_CELLS, DEFAULT_MAX_RECORD_CHARS);

    /**
     * Validates the components.
     *
     * @param maxCellChars   at least 1
     * @param maxCells       at least 1
     * @param maxRecordChars at least 1
     */
    public TableLimits {
        positive("maxCellChars", maxCellChars);
        positive("maxCells", maxCells);
        positive("maxRecordChars", maxRecordChars);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }

    /**
     * @return {@value #DEFAULT_MAX_CELL_CHARS} characters per cell, {@value #DEFAULT_MAX_CELLS} cells
     *         and {@value #DEFAULT_MAX_RECORD_CHARS} characters per record
     */
    public static TableLimits defaults() {
        return DEFAULTS;
    }

    /**
     * @param newMaxCellChars the most characters a cell may have
     * @return a copy with this limit
     */
    public TableLimits withMaxCellChars(int newMaxCellChars) {
        return new TableLimits(newMaxCellChars, maxCells, maxRecordChars);
    }

    /**
     * @param newMaxCells the most cells a record may have
     * @return a copy with this limit
     */
    public TableLimits withMaxCells(int newMaxCells) {
        return new TableLimits(maxCellChars, newMaxCells, maxRecordChars);
    }

    /**
     * @param newMaxRecordChars the most characters the cells of a record may have together
     * @return a copy with this limit
     */
    public TableLimits withMaxRecordChars(int newMaxRecordChars) {
        return new TableLimits(maxCellChars, maxCells, newMaxRecordChars);
    }
}
