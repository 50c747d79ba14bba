package de.ozg.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.json.csv.CsvWriteOptions;
import de.ozg.json.csv.CsvWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * Writes status rows ({@link Umsetzungsstand}) one at a time, in the forms that
 * {@link UmsetzungsstandReader} reads: JSON Lines, a status document, or the dashboard's CSV in an
 * Excel-friendly dialect. Rows are written as they come, so any number fits in constant memory.
 *
 * <pre>{@code
 * try (UmsetzungsstandWriter w = UmsetzungsstandWriter.jsonDokument(out, LocalDate.of(2023, 5, 31))) {
 *     rows.forEach(w::write);
 * }
 * }</pre>
 *
 * <p>All forms are UTF-8. A writer is not thread-safe; {@link #close()} completes the document
 * (closing brackets) and closes the output.
 */
public final class UmsetzungsstandWriter implements Closeable, Flushable {

    private final JsonGenerator json;
    private final CsvWriter csv;
    private final boolean zeilen;
    private final boolean dokument;
    private final LocalDate stichtag;
    private final String[] zellen;

    private UmsetzungsstandWriter(JsonGenerator json, CsvWriter csv, boolean zeilen, boolean dokument,
            LocalDate stichtag) {
        this.json = json;
        this.csv = csv;
        this.zeilen = zeilen;
        this.dokument = dokument;
        this.stichtag = stichtag;
        this.zellen = csv == null ? null : new String[UmsetzungsstandCsv.SPALTEN.size()];
    }

    /**
     * JSON Lines: one row object per line, each ending with LF, no byte order mark.
     *
     * @param out the output, closed by {@link #close()}
     * @return the writer
     */
    public static UmsetzungsstandWriter jsonLines(OutputStream out) {
        JsonGenerator g = generator(out);
        g.setRootValueSeparator(null);
        return new UmsetzungsstandWriter(g, null, true, false, null);
    }

    /**
     * A status document {@code {"format":"ozg-umsetzungsstand","version":1,"stichtag":…,"zeilen":[…]}}.
     * Rows of the document's Stichtag are written without their own; rows of another day keep theirs.
     *
     * @param out      the output, closed by {@link #close()}
     * @param stichtag the document's Stichtag
     * @return the writer
     */
    public static UmsetzungsstandWriter jsonDokument(OutputStream out, LocalDate stichtag) {
        Objects.requireNonNull(stichtag, "stichtag");
        JsonGenerator g = generator(out);
        try {
            g.writeStartObject();
            g.writeStringField("format", UmsetzungsstandReader.FORMAT);
            g.writeNumberField("version", Modellformen.VERSION);
            g.writeStringField("stichtag", stichtag.toString());
            g.writeArrayFieldStart("zeilen");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new UmsetzungsstandWriter(g, null, false, true, stichtag);
    }

    /**
     * A bare JSON array of row objects, each with its Stichtag.
     *
     * @param out the output, closed by {@link #close()}
     * @return the writer
     */
    public static UmsetzungsstandWriter jsonArray(OutputStream out) {
        JsonGenerator g = generator(out);
        try {
            g.writeStartArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new UmsetzungsstandWriter(g, null, false, false, null);
    }

    /**
     * The dashboard's CSV (columns in {@link UmsetzungsstandCsv#SPALTEN}) for people: UTF-8 byte order
     * mark, {@code ;}, CRLF, key columns quoted, formula injection neutralised
     * ({@link CsvWriteOptions#excel()}).
     *
     * @param out the output, closed by {@link #close()}
     * @return the writer
     */
    public static UmsetzungsstandWriter csv(OutputStream out) {
        return csv(out, CsvWriteOptions.excel());
    }

    /**
     * The dashboard's CSV in another dialect, such as {@link CsvWriteOptions#rfc4180()} for machines.
     * The key columns are always quoted.
     *
     * @param out     the output, closed by {@link #close()}
     * @param options the dialect
     * @return the writer
     */
    public static UmsetzungsstandWriter csv(OutputStream out, CsvWriteOptions options) {
        try {
            CsvWriter w = CsvWriter.open(out, options.withQuotedColumns(UmsetzungsstandCsv.SCHLUESSELSPALTEN),
                    UmsetzungsstandCsv.SPALTEN);
            return new UmsetzungsstandWriter(null, w, false, false, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonGenerator generator(OutputStream out) {
        Objects.requireNonNull(out, "out");
        try {
            return OzgJson.mapper().getFactory().createGenerator(out, JsonEncoding.UTF8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes one row.
     *
     * @param row the row
     * @throws UncheckedIOException when writing fails
     */
    public void write(Umsetzungsstand row) {
        Objects.requireNonNull(row, "row");
        try {
            if (csv != null) {
                schreibeCsv(row);
                return;
            }
            Zeilenformat.schreibe(json, row, stichtag);
            if (zeilen) {
                json.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void schreibeCsv(Umsetzungsstand s) throws IOException {
        Arrays.fill(zellen, "");
        zellen[0] = s.schluessel().toString();
        zellen[2] = s.ars().toString();
        zellen[4] = s.ars().land().map(l -> l.bezeichnung()).orElse("");
        zellen[5] = s.ozgId().map(Object::toString).orElse("");
        zellen[7] = s.url().orElse("");
        zellen[8] = s.isOnline() ? "ok" : "nicht ok";
        zellen[9] = s.isAktiv() ? "ja" : "nein";
        zellen[10] = s.flaechendeckung().map(f -> f.bezeichnung()).orElse("");
        zellen[11] = s.stichtag().toString();
        zellen[12] = s.reifegrad().map(Object::toString).orElse("");
        csv.writeRow(zellen);
    }

    @Override
    public void flush() {
        try {
            if (csv != null) {
                csv.flush();
            } else {
                json.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Completes the document and closes the output.
     *
     * @throws UncheckedIOException when writing fails
     */
    @Override
    public void close() {
        try {
            if (csv != null) {
                csv.close();
                return;
            }
            if (dokument) {
                json.writeEndArray();
                json.writeEndObject();
            } else if (!zeilen) {
                json.writeEndArray();
            }
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
