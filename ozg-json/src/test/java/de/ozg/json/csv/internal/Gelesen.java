package de.ozg.json.csv.internal;

import de.ozg.core.table.TableColumn;
import de.ozg.core.table.TableHeader;
import de.ozg.core.table.TableRow;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.TechnischerFehler;
import de.ozg.json.csv.CsvDialect;
import de.ozg.json.csv.CsvReadOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Everything a {@link TableReader} delivered for one input: rows, findings, rejected records, failures. */
final class Gelesen<C extends Enum<C> & TableColumn> {

    /** The columns of the tests: two required, two optional with aliases. */
    enum Spalte implements TableColumn {
        @Declared(value = "OZG-ID", pflicht = true)
        OZG_ID,
        @Declared(value = "LeiKa-Schlüssel", pflicht = true, aliases = "Leistungsschlüssel")
        SCHLUESSEL,
        @Declared(value = "Lebenslage", aliases = "Lage")
        LAGE,
        @Declared("Rechtsgrundlage(n)")
        RECHT
    }

    final List<TableRow<C>> rows = new ArrayList<>();
    final List<Befund> findings = new ArrayList<>();
    final List<Befund> rejected = new ArrayList<>();
    final List<TechnischerFehler> failures = new ArrayList<>();
    Optional<TableHeader<C>> header;
    CsvDialect dialect;
    long records;
    long rejectedCount;

    static <C extends Enum<C> & TableColumn> Gelesen<C> read(InputStream in, Class<C> columns, CsvReadOptions options) {
        Gelesen<C> g = new Gelesen<>();
        try (TableReader<C> reader = TableReader.open(in, columns, options, null, g.listener())) {
            g.header = reader.header();
            g.dialect = reader.dialect();
            reader.forEachRemaining(g.rows::add);
            g.records = reader.records();
            g.rejectedCount = reader.rejected();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    static Gelesen<Spalte> read(byte[] bytes, CsvReadOptions options) {
        return read(new ByteArrayInputStream(bytes), Spalte.class, options);
    }

    static Gelesen<Spalte> read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8), CsvReadOptions.defaults());
    }

    /** Collects everything besides rows into this object's lists. */
    TableReader.Listener listener() {
        return TableReader.Listener.of(findings::add, rejected::add, failures::add);
    }

    List<List<String>> cells() {
        return rows.stream().map(TableRow::cells).collect(Collectors.toList());
    }

    List<Long> lines() {
        return rows.stream().map(TableRow::line).collect(Collectors.toList());
    }

    List<String> ids(List<Befund> befunde) {
        return befunde.stream().map(Befund::regelId).collect(Collectors.toList());
    }

    /** What was read in the form of {@link Rfc4180#expected}: rows as line and cells, and the rejected count. */
    List<Object> accounting() {
        List<Object> r = new ArrayList<>();
        for (TableRow<C> row : rows) {
            r.add(List.of(row.line(), row.cells()));
        }
        return List.of(r, rejectedCount);
    }

    /** A comparable summary: rows, findings, rejected findings, failures and counts. */
    List<Object> summary() {
        return List.of(rows, findings, rejected, failures.stream().map(TechnischerFehler::toString)
                .collect(Collectors.toList()), records, rejectedCount);
    }
}
