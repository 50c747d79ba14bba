package de.ozg.json.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The result of matching a header row against a {@link Spaltenschema}: the column index of each
 * declared column found, the extra columns the format does not know, the required columns that are
 * missing, and the problems to report on the header line.
 *
 * <p>Extra columns are never an error: vendors add remarks columns, and their data is kept (see
 * {@link CsvRecord#extras()}). A missing required column is a reportable problem, not an exception, so
 * a report can list it together with every other defect of the file. When two header cells name the
 * same declared column, the first one is used and the later one becomes an extra column.
 *
 * <p>Extra columns are named by their trimmed header text; a blank header cell is named
 * {@code "#n"} and a repeated name gets {@code " #n"} appended, n being the 1-based column number,
 * so that every extra column has a distinct name.
 *
 * <p>Immutable and thread-safe.
 */
public final class Spaltenzuordnung {

    private final Spaltenschema schema;
    private final List<String> header;
    private final long headerLine;
    private final int[] indexes;
    private final int[] extraIndexes;
    private final List<String> extraNames;
    private final List<Spalte> missingRequired;
    private final List<CsvProblem> problems;

    Spaltenzuordnung(Spaltenschema schema, List<String> header, long headerLine, boolean reportMissing) {
        if (headerLine < 1) {
            throw new IllegalArgumentException("headerLine must be >= 1, was " + headerLine);
        }
        this.schema = schema;
        this.header = List.copyOf(header);
        this.headerLine = headerLine;
        List<Spalte> spalten = schema.spalten();
        this.indexes = new int[spalten.size()];
        Arrays.fill(indexes, -1);
        List<CsvProblem> found = new ArrayList<>();
        List<Integer> extras = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Set<String> usedNames = new HashSet<>();
        for (int i = 0; i < this.header.size(); i++) {
            String cell = this.header.get(i);
            String text = cell.strip();
            int position = schema.position(cell);
            if (position >= 0 && indexes[position] < 0) {
                indexes[position] = i;
                continue;
            }
            String name = text.isEmpty() ? "#" + (i + 1) : text;
            if (!usedNames.add(name)) {
                name = name + " #" + (i + 1);
                usedNames.add(name);
            }
            extras.add(i);
            names.add(name);
            int column = i + 1;
            if (position >= 0) {
                String first = this.header.get(indexes[position]);
                found.add(CsvProblem.of(CsvProblem.Kind.DUPLICATE_COLUMN, headerLine, text, text,
                        "Spalte " + column + " \u201E" + text + "\u201C benennt dieselbe Spalte \u201E"
                                + spalten.get(position).name() + "\u201C wie Spalte " + (indexes[position] + 1)
                                + " \u201E" + first.strip() + "\u201C; verwendet wird die erste, diese bleibt als"
                                + " Zusatzspalte \u201E" + name + "\u201C erhalten.",
                        "Column " + column + " '" + text + "' names the same column '" + spalten.get(position).name()
                                + "' as column " + (indexes[position] + 1) + " '" + first.strip()
                                + "'; the first is used, this one is kept as extra column '" + name + "'."));
            } else if (text.isEmpty() || Spaltenname.normalize(text).isEmpty()) {
                found.add(CsvProblem.of(CsvProblem.Kind.BLANK_HEADER, headerLine, name, cell,
                        "Spalte " + column + " hat keinen Namen; ihre Werte bleiben als Zusatzspalte \u201E"
                                + name + "\u201C erhalten.",
                        "Column " + column + " has no name; its values are kept as extra column '" + name + "'."));
            } else if (!spalten.isEmpty()) {
                found.add(CsvProblem.of(CsvProblem.Kind.UNKNOWN_COLUMN, headerLine, text, text,
                        "Spalte " + column + " \u201E" + text + "\u201C ist in diesem Format unbekannt; ihre Werte"
                                + " bleiben als Zusatzspalte erhalten.",
                        "Column " + column + " '" + text + "' is unknown in this format; its values are kept as an"
                                + " extra column."));
            }
        }
        List<Spalte> missing = new ArrayList<>();
        for (int s = 0; s < spalten.size(); s++) {
            Spalte spalte = spalten.get(s);
            if (indexes[s] < 0 && spalte.isRequired()) {
                missing.add(spalte);
                if (reportMissing) {
                    String also = spalte.aliases().isEmpty() ? "" : " (oder " + String.join(", ", spalte.aliases()) + ")";
                    String alsoEn = spalte.aliases().isEmpty() ? "" : " (or " + String.join(", ", spalte.aliases()) + ")";
                    found.add(CsvProblem.of(CsvProblem.Kind.MISSING_REQUIRED_COLUMN, headerLine, spalte.name(), null,
                            "Die Pflichtspalte \u201E" + spalte.name() + "\u201C" + also + " fehlt in der Kopfzeile.",
                            "The required column '" + spalte.name() + "'" + alsoEn + " is missing from the header row."));
                }
            }
        }
        this.extraIndexes = extras.stream().mapToInt(Integer::intValue).toArray();
        this.extraNames = Collections.unmodifiableList(names);
        this.missingRequired = List.copyOf(missing);
        this.problems = List.copyOf(found);
    }

    /** @return the schema that was matched */
    public Spaltenschema schema() {
        return schema;
    }

    /** @return the header cells exactly as read, unmodifiable */
    public List<String> header() {
        return header;
    }

    /** @return the physical line of the header row */
    public long headerLine() {
        return headerLine;
    }

    /**
     * @param spalte a declared column
     * @return its 0-based index in the file, empty when the file lacks it
     * @throws IllegalArgumentException when the column is not declared in the schema
     */
    public OptionalInt index(Spalte spalte) {
        int p = schema.position(spalte);
        if (p < 0) {
            throw new IllegalArgumentException("column " + spalte.name() + " is not declared in " + schema);
        }
        return indexes[p] < 0 ? OptionalInt.empty() : OptionalInt.of(indexes[p]);
    }

    /**
     * @param name the canonical name or an alias of a declared column, compared tolerantly
     * @return its 0-based index in the file, empty when the file lacks it
     * @throws IllegalArgumentException when no declared column has this name
     */
    public OptionalInt index(String name) {
        int p = schema.position(name);
        if (p < 0) {
            throw new IllegalArgumentException("no column " + de.ozg.core.OzgException.quote(name)
                    + " is declared in " + schema);
        }
        return indexes[p] < 0 ? OptionalInt.empty() : OptionalInt.of(indexes[p]);
    }

    /** Index of the declared column at schema position p, or -1. */
    int indexAt(int p) {
        return indexes[p];
    }

    /** @return the names of the extra columns in file order, unmodifiable (see class doc for naming) */
    public List<String> extraColumns() {
        return extraNames;
    }

    /** 0-based file indexes of the extra columns, parallel to {@link #extraColumns()}. */
    int extraIndex(int i) {
        return extraIndexes[i];
    }

    /** @return the required columns the header lacks, unmodifiable */
    public List<Spalte> missingRequired() {
        return missingRequired;
    }

    /** @return whether all required columns are present */
    public boolean isComplete() {
        return missingRequired.isEmpty();
    }

    /** @return the problems of the header row, unmodifiable */
    public List<CsvProblem> problems() {
        return problems;
    }

    @Override
    public String toString() {
        return "Spaltenzuordnung[line " + headerLine + ", header " + header + ", extra " + extraNames
                + ", missing " + missingRequired.stream().map(Spalte::name).toList() + "]";
    }
}
