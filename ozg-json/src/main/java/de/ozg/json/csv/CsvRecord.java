package de.ozg.json.csv;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One record of a CSV file: its cells, always as strings, and the physical line where it starts.
 *
 * <p>Identifiers such as {@code 01001000} or {@code 00123} stay exactly as written; nothing is
 * converted to a number. The {@link #line() line} is what a user sees in a text editor: a record
 * after a quoted cell with line breaks starts further down than its record number suggests. Cells
 * are read by declared column ({@link #get(String)}), by index ({@link #cell(int)}), or as extra
 * columns by header name ({@link #extras()}). A record shorter than the header reads the missing
 * cells as absent and carries a {@link CsvProblem.Kind#TOO_FEW_CELLS} problem.
 *
 * <p>Immutable and thread-safe.
 */
public final class CsvRecord {

    private final long line;
    private final String[] cells;
    private final Spaltenzuordnung mapping;
    private final List<CsvProblem> problems;

    CsvRecord(long line, String[] cells, Spaltenzuordnung mapping, List<CsvProblem> problems) {
        this.line = line;
        this.cells = cells;
        this.mapping = mapping;
        this.problems = problems;
    }

    /** @return the 1-based physical line where this record starts (header = line 1) */
    public long line() {
        return line;
    }

    /** @return the number of cells this record actually has (compare {@link #expectedCellCount()}) */
    public int cellCount() {
        return cells.length;
    }

    /** @return the number of cells of the header row */
    public int expectedCellCount() {
        return mapping.header().size();
    }

    /**
     * @param index 0-based cell index
     * @return the cell
     * @throws IndexOutOfBoundsException when {@code index >= cellCount()}
     */
    public String cell(int index) {
        return cells[index];
    }

    /** @return all cells in file order, unmodifiable */
    public List<String> cells() {
        return Collections.unmodifiableList(Arrays.asList(cells));
    }

    /**
     * @param spalte a column declared in the schema
     * @return its cell, empty when the file lacks the column or this record is too short
     * @throws IllegalArgumentException when the column is not declared in the schema
     */
    public Optional<String> get(Spalte spalte) {
        return cellAt(mapping.index(spalte).orElse(-1));
    }

    /**
     * @param name the canonical name or an alias of a declared column, compared tolerantly
     * @return its cell, empty when the file lacks the column or this record is too short
     * @throws IllegalArgumentException when no declared column has this name
     */
    public Optional<String> get(String name) {
        return cellAt(mapping.index(name).orElse(-1));
    }

    /**
     * @param name the canonical name or an alias of a declared column
     * @return its cell, or the empty string when absent
     * @throws IllegalArgumentException when no declared column has this name
     */
    public String text(String name) {
        return get(name).orElse("");
    }

    private Optional<String> cellAt(int index) {
        return index >= 0 && index < cells.length ? Optional.of(cells[index]) : Optional.empty();
    }

    /**
     * The cells of the columns the schema does not declare, keyed by their header name (see
     * {@link Spaltenzuordnung} for the naming of blank and repeated names). Cells beyond the header
     * have no name and are only reachable through {@link #cell(int)}.
     *
     * @return extra column name to cell, in file order, unmodifiable
     */
    public Map<String, String> extras() {
        List<String> names = mapping.extraColumns();
        Map<String, String> extras = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            int index = mapping.extraIndex(i);
            if (index < cells.length) {
                extras.put(names.get(i), cells[index]);
            }
        }
        return Collections.unmodifiableMap(extras);
    }

    /** @return the header mapping this record is read with */
    public Spaltenzuordnung mapping() {
        return mapping;
    }

    /** @return the problems of this record (too few or too many cells), unmodifiable */
    public List<CsvProblem> problems() {
        return problems;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CsvRecord)) {
            return false;
        }
        CsvRecord r = (CsvRecord) o;
        return line == r.line && Arrays.equals(cells, r.cells) && mapping.header().equals(r.mapping.header());
    }

    @Override
    public int hashCode() {
        return Long.hashCode(line) * 31 + Arrays.hashCode(cells);
    }

    @Override
    public String toString() {
        return "CsvRecord[line " + line + ", " + Arrays.toString(cells) + "]";
    }
}
