package de.ozg.json.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The columns a CSV format declares, in their documented order.
 *
 * <p>A format reader (Umsetzungskatalog, Gemeindeverzeichnis, dashboard status rows) declares its
 * {@link Spalte columns} once; {@link #match(List, long)} then maps any header row onto them,
 * whatever the column order, spelling or extra columns of the file. The order of the declaration
 * does not bind the file.
 *
 * <p>Immutable and thread-safe.
 */
public final class Spaltenschema {

    private static final Spaltenschema EMPTY = new Spaltenschema(List.of());

    private final List<Spalte> spalten;
    private final Map<String, Integer> byKey;

    private Spaltenschema(List<Spalte> spalten) {
        this.spalten = List.copyOf(spalten);
        this.byKey = new HashMap<>();
        for (int i = 0; i < this.spalten.size(); i++) {
            Spalte spalte = this.spalten.get(i);
            for (String key : spalte.keys()) {
                Integer previous = byKey.putIfAbsent(key, i);
                if (previous != null) {
                    throw new IllegalArgumentException("columns " + this.spalten.get(previous).name() + " and "
                            + spalte.name() + " share the name key '" + key + "'");
                }
            }
        }
    }

    /**
     * @param spalten the declared columns; no two may share a name or alias (after normalisation)
     * @return the schema
     * @throws IllegalArgumentException when two columns share a name
     */
    public static Spaltenschema of(Spalte... spalten) {
        return new Spaltenschema(List.of(spalten));
    }

    /**
     * @param spalten the declared columns; no two may share a name or alias (after normalisation)
     * @return the schema
     * @throws IllegalArgumentException when two columns share a name
     */
    public static Spaltenschema of(List<Spalte> spalten) {
        return new Spaltenschema(spalten);
    }

    /** @return a schema without columns: every column of a file is an extra column, none is reported */
    public static Spaltenschema empty() {
        return EMPTY;
    }

    /** @return the declared columns in declaration order, unmodifiable */
    public List<Spalte> spalten() {
        return spalten;
    }

    /**
     * @param name a canonical name, alias or header cell, compared tolerantly
     * @return the column it names
     */
    public Optional<Spalte> find(String name) {
        Integer i = byKey.get(Spaltenname.normalize(name));
        return i == null ? Optional.empty() : Optional.of(spalten.get(i));
    }

    /** Index of a column in {@link #spalten()}, or -1. */
    int position(Spalte spalte) {
        Integer i = byKey.get(spalte.keys().get(0));
        return i != null && spalten.get(i).equals(spalte) ? i : -1;
    }

    int position(String name) {
        Integer i = byKey.get(Spaltenname.normalize(name));
        return i == null ? -1 : i;
    }

    /**
     * Maps a header row onto the declared columns. Never throws for odd headers: missing required
     * columns, duplicates, unknown and blank header cells are reported as problems on the header line.
     *
     * @param header     the header cells as read, not null
     * @param headerLine the physical line of the header row (usually 1)
     * @return the mapping
     */
    public Spaltenzuordnung match(List<String> header, long headerLine) {
        Objects.requireNonNull(header, "header");
        return new Spaltenzuordnung(this, header, headerLine, true);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Spaltenschema && spalten.equals(((Spaltenschema) o).spalten);
    }

    @Override
    public int hashCode() {
        return spalten.hashCode();
    }

    @Override
    public String toString() {
        return "Spaltenschema" + spalten;
    }
}
