package de.ozg.core.table;

import de.ozg.core.validation.Fundstelle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The header row of one tabular file as a reader met it: its cells exactly as written, which
 * declared {@link TableColumn column} each cell names (by canonical name or alias, compared by
 * {@linkplain TableColumn#key(CharSequence) key}, in any order), the header's line and the file
 * name. All {@link TableRow rows} of a file share one header, so a finding names a column as the
 * user sees it in the file without each row carrying the names again.
 *
 * <p>Odd headers are never an error here: when two cells name the same column the first one is
 * used and the later one is kept as an extra cell; cells that name no column (a vendor's remarks
 * column) and blank cells are kept too. The rules of {@link TableRules} report them, and a missing
 * required column, as findings.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <C> the column enum
 */
public final class TableHeader<C extends Enum<C> & TableColumn> {

    private final Class<C> columns;
    private final C[] constants;
    private final String[] cells;
    /** Per column ordinal: the index of the header cell used for it, or -1. */
    private final int[] positions;
    /** Per header cell: the ordinal of the column it names (used or not), or -1. */
    private final int[] named;
    private final long line;
    private final String quelle;

    private TableHeader(Class<C> columns, String[] cells, int[] positions, int[] named, long line, String quelle) {
        this.columns = columns;
        this.constants = columns.getEnumConstants();
        this.cells = cells;
        this.positions = positions;
        this.named = named;
        this.line = line;
        this.quelle = quelle;
    }

    /**
     * The header read from a header row: each cell that names a column maps it to its position;
     * the first cell wins when a column is named twice. On line 1, without file name.
     *
     * @param <C>     the column enum
     * @param columns the column enum, not null
     * @param cells   the header cells exactly as read, none null
     * @return the header
     * @throws IllegalArgumentException if two columns of the enum share a name key
     */
    public static <C extends Enum<C> & TableColumn> TableHeader<C> of(Class<C> columns, List<String> cells) {
        Objects.requireNonNull(columns, "columns");
        String[] copy = cells.toArray(new String[0]);
        ColumnKeys keys = ColumnKeys.of(columns);
        int[] positions = new int[columns.getEnumConstants().length];
        Arrays.fill(positions, -1);
        int[] named = new int[copy.length];
        for (int i = 0; i < copy.length; i++) {
            int ordinal = keys.ordinal(TableColumn.key(Objects.requireNonNull(copy[i], "header cell")));
            named[i] = ordinal;
            if (ordinal >= 0 && positions[ordinal] < 0) {
                positions[ordinal] = i;
            }
        }
        return new TableHeader<>(columns, copy, positions, named, 1, null);
    }

    /**
     * The header of the published layout: every column under its canonical name in enum order, on
     * line 1, without file name. For rows held in memory and for tests.
     *
     * @param <C>     the column enum
     * @param columns the column enum, not null
     * @return the header
     */
    public static <C extends Enum<C> & TableColumn> TableHeader<C> standard(Class<C> columns) {
        C[] all = Objects.requireNonNull(columns, "columns").getEnumConstants();
        String[] names = new String[all.length];
        int[] positions = new int[all.length];
        for (C c : all) {
            names[c.ordinal()] = c.bezeichnung();
            positions[c.ordinal()] = c.ordinal();
        }
        return new TableHeader<>(columns, names, positions, positions.clone(), 1, null);
    }

    /**
     * This header at another line, for files with lines before the header.
     *
     * @param newLine the 1-based line of the header
     * @return the copy
     * @throws de.ozg.core.validation.RegelwerkException if the line is below 1
     */
    public TableHeader<C> withLine(long newLine) {
        Fundstelle.ofLine(newLine);
        return new TableHeader<>(columns, cells, positions, named, newLine, quelle);
    }

    /**
     * This header of a named file; every finding on its rows names the file.
     *
     * @param newQuelle the file name, such as "katalog.csv"; null for none
     * @return the copy
     */
    public TableHeader<C> withQuelle(String newQuelle) {
        if (newQuelle != null) {
            Fundstelle.ofQuelle(newQuelle);
        }
        return new TableHeader<>(columns, cells, positions, named, line, newQuelle);
    }

    /** @return the column enum */
    public Class<C> columns() {
        return columns;
    }

    /** @return the header cells exactly as read, unmodifiable */
    public List<String> cells() {
        return Collections.unmodifiableList(Arrays.asList(cells));
    }

    /** @return the number of header cells: how many cells a row should have */
    public int cellCount() {
        return cells.length;
    }

    /**
     * @param column a column
     * @return whether the header has it
     */
    public boolean has(C column) {
        return positions[column.ordinal()] >= 0;
    }

    /**
     * @param column a column
     * @return the 0-based index of its header cell, empty when the header lacks it
     */
    public OptionalInt position(C column) {
        int p = positions[column.ordinal()];
        return p < 0 ? OptionalInt.empty() : OptionalInt.of(p);
    }

    /** The index of the column's cell, or -1; for the rows' hot path. */
    int index(C column) {
        return positions[column.ordinal()];
    }

    /**
     * The column a header cell names, whether or not that cell is the one used for it (see
     * {@link #position(Enum)}: a later cell naming the same column is a duplicate).
     *
     * @param index the 0-based index of a header cell
     * @return the column, or empty for a blank cell or one that names no column
     * @throws IndexOutOfBoundsException if there is no such cell
     */
    public Optional<C> columnAt(int index) {
        int ordinal = named[index];
        return ordinal < 0 ? Optional.empty() : Optional.of(constants[ordinal]);
    }

    /**
     * The column's name as the user wrote it in the header (without blanks at its ends), or its
     * canonical name when the header lacks it.
     *
     * @param column a column
     * @return the name
     */
    public String columnName(C column) {
        int p = positions[column.ordinal()];
        return p < 0 ? column.bezeichnung() : cells[p].strip();
    }

    /**
     * @return the columns present with their names as in the header, in column order, unmodifiable
     */
    public Map<C, String> columnNames() {
        Map<C, String> map = new EnumMap<>(columns);
        for (C c : constants) {
            if (positions[c.ordinal()] >= 0) {
                map.put(c, columnName(c));
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** @return the required columns the header lacks, in column order; empty for a complete header */
    public List<C> missingRequired() {
        List<C> missing = new ArrayList<>();
        for (C c : constants) {
            if (c.isRequired() && positions[c.ordinal()] < 0) {
                missing.add(c);
            }
        }
        return List.copyOf(missing);
    }

    /** @return the 1-based line of the header */
    public long line() {
        return line;
    }

    /** @return the file name, or empty */
    public Optional<String> quelle() {
        return Optional.ofNullable(quelle);
    }

    /** The file name or null, for the rows' locations. */
    String quelleOrNull() {
        return quelle;
    }

    /** @return the location of the header line, with the file name, for findings about the header */
    public Fundstelle fundstelle() {
        Fundstelle f = Fundstelle.ofLine(line);
        return quelle == null ? f : f.withQuelle(quelle);
    }

    /**
     * A row of this header from its cells in file order: each column takes the cell at its header
     * position; a column whose position lies beyond the row's end is absent. Empty cells after the
     * header's width (Excel writes {@code ;;} up to the widest row of a sheet) are dropped.
     *
     * @param rowLine the 1-based physical line of the row
     * @param rowCells the cells exactly as read, none null
     * @return the row
     * @throws de.ozg.core.validation.RegelwerkException if the line is below 1
     */
    public TableRow<C> row(long rowLine, List<String> rowCells) {
        return create(rowLine, rowCells.toArray(new String[rowCells.size()]));
    }

    /**
     * A row of this header from its cells in file order, see {@link #row(long, List)}.
     *
     * @param rowLine  the 1-based physical line of the row
     * @param rowCells the cells exactly as read, none null
     * @return the row
     * @throws de.ozg.core.validation.RegelwerkException if the line is below 1
     */
    public TableRow<C> row(long rowLine, String... rowCells) {
        return create(rowLine, rowCells.clone());
    }

    /** A row owning the given array. */
    private TableRow<C> create(long rowLine, String[] own) {
        if (rowLine < 1) {
            Fundstelle.ofLine(rowLine); // throws the precise error
        }
        int n = own.length;
        while (n > cells.length && own[n - 1].isEmpty()) {
            n--;
        }
        for (int i = 0; i < n; i++) {
            Objects.requireNonNull(own[i], "cell");
        }
        return new TableRow<>(this, rowLine, n == own.length ? own : Arrays.copyOf(own, n));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TableHeader<?> h)) {
            return false;
        }
        return columns == h.columns && line == h.line && Objects.equals(quelle, h.quelle)
                && Arrays.equals(cells, h.cells);
    }

    @Override
    public int hashCode() {
        return Objects.hash(columns, line, quelle, Arrays.hashCode(cells));
    }

    @Override
    public String toString() {
        return "TableHeader[" + columns.getSimpleName() + ", " + Arrays.toString(cells) + ", line " + line
                + (quelle == null ? "" : ", " + quelle) + "]";
    }
}
