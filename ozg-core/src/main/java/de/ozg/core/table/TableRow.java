package de.ozg.core.table;

import de.ozg.core.SafeText;
import de.ozg.core.OzgException;
import de.ozg.core.validation.Fundstelle;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One data record of a tabular file as a reader found it, and the one row type the rules of a
 * source see: its physical line, its cells exactly as written (nothing trimmed, converted or
 * repaired), and the {@link TableHeader header} it belongs to. CSV readers and rows built in memory
 * produce the same rows; the format does not matter to the rules.
 *
 * <p>Two views of a cell: {@link #cell(Enum)} is empty when the header lacks the column, the row
 * ends before it, or the cell is {@linkplain #isBlank(CharSequence) blank} — an empty cell carries
 * no value; {@link #rawCell(Enum)} gives the cell exactly as written (blanks included), for rules
 * that report blanks or repair values and must quote what the file says.
 *
 * <p>The {@linkplain #line() line} is what a user sees in a text editor: the header is line 1, and a
 * record after a quoted cell with line breaks starts further down than its record number suggests.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <C> the column enum
 */
public final class TableRow<C extends Enum<C> & TableColumn> {

    private final TableHeader<C> header;
    private final long line;
    private final String[] cells;

    TableRow(TableHeader<C> header, long line, String[] cells) {
        this.header = header;
        this.line = line;
        this.cells = cells;
    }

    /**
     * Whether a text carries no value: it is empty or consists of blanks only — white space,
     * no-break spaces and the invisible zero-width space and byte order mark included.
     *
     * @param text the text, not null
     * @return true for a blank text
     */
    public static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isBlank(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a character is a blank in the sense of {@link #isBlank(CharSequence)}.
     *
     * @param c the character
     * @return true for white space, no-break spaces, the zero-width space and the byte order mark
     */
    public static boolean isBlank(char c) {
        // printable ASCII first: nearly every character of a cell, and no blank among them
        if (c > ' ' && c < '\u007F') {
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /** @return the header this row belongs to */
    public TableHeader<C> header() {
        return header;
    }

    /** @return the 1-based physical line where the record starts (the header being line 1) */
    public long line() {
        return line;
    }

    /** @return the file name, or empty */
    public Optional<String> quelle() {
        return header.quelle();
    }

    /**
     * The value of a column.
     *
     * @param column the column
     * @return the cell exactly as written; empty when the header lacks the column, the row ends
     *         before it or the cell is blank
     */
    public Optional<String> cell(C column) {
        String c = rawCell(column);
        return c == null || isBlank(c) ? Optional.empty() : Optional.of(c);
    }

    /**
     * The cell of a column exactly as written, blanks included.
     *
     * @param column the column
     * @return the cell, or null when the header lacks the column or the row ends before it
     */
    public String rawCell(C column) {
        int i = header.index(column);
        return i >= 0 && i < cells.length ? cells[i] : null;
    }

    /**
     * The number of cells the record had; empty cells beyond the header's width do not count.
     *
     * @return the count
     */
    public int cellCount() {
        return cells.length;
    }

    /** @return the number of cells the header has: how many this row should have */
    public int expectedCellCount() {
        return header.cellCount();
    }

    /** @return all cells in file order (those of undeclared columns included), unmodifiable */
    public List<String> cells() {
        return Collections.unmodifiableList(Arrays.asList(cells));
    }

    /**
     * The name of a column as the user sees it in the file's header.
     *
     * @param column the column
     * @return the header name, or the canonical name when the header lacks the column
     */
    public String columnName(C column) {
        return header.columnName(column);
    }

    /** @return the location of the row: line and file */
    public Fundstelle fundstelle() {
        Fundstelle f = Fundstelle.ofLine(line);
        String q = header.quelleOrNull();
        return q == null ? f : f.withQuelle(q);
    }

    /**
     * The location of one cell: line, column name as in the header, and file.
     *
     * @param column the column
     * @return the location
     */
    public Fundstelle fundstelle(C column) {
        return fundstelle().withSpalte(columnName(column));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TableRow<?> r)) {
            return false;
        }
        return line == r.line && header.equals(r.header) && Arrays.equals(cells, r.cells);
    }

    @Override
    public int hashCode() {
        return Objects.hash(header, line, Arrays.hashCode(cells));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("TableRow[").append(line);
        for (C c : header.columns().getEnumConstants()) {
            String v = rawCell(c);
            if (v != null) {
                sb.append(", ").append(c.bezeichnung()).append('=').append(SafeText.quote(v));
            }
        }
        return sb.append(']').toString();
    }
}
