package de.ozg.json;

import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Regelwerk;
import de.ozg.core.validation.status.StatusCheck;
import de.ozg.core.validation.status.StatusRow;
import de.ozg.core.validation.status.StatusRules;
import de.ozg.json.csv.CsvReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads status rows ({@link Umsetzungsstand}) as a stream in constant memory, from JSON Lines, from
 * a JSON array (bare or inside a status document) or from the dashboard's flat CSV export.
 *
 * <p>One Stichtag of the OZG-Dashboard holds a row per LeiKa service and Gemeinde: tens of millions.
 * Such files are never loaded whole and never rejected whole. Every record is filled into a
 * {@link StatusRow} and checked by a status rule set ({@link StatusRules#standard()} unless another
 * {@link Regelwerk} is given): the readers themselves only notice syntax, encoding and limits, and
 * every finding — those included — comes from a rule, so that each can be switched off or re-rated
 * for every format alike. A rejected record is skipped and reading goes on with the next one. The
 * findings are passed to the consumer the moment they are made; nothing is kept, so a consumer that
 * stores them caps them (a capped {@link Regelwerk}'s {@code Pruefer} does).
 *
 * <p>A finding's location is the physical line (for JSON Lines and CSV, plus the field as a JSON
 * Pointer into the row, or the column), or the JSON Pointer such as {@code /zeilen/17/ars} plus the
 * line for arrays; messages never repeat it. Every data record is counted exactly once
 * ({@link #zeilen()}, of which {@link #fehlerhafteZeilen()} were rejected): for JSON Lines each line
 * that holds more than whitespace, for arrays each element, for CSV each record after the header.
 * A JSON Lines row that is not even well-formed JSON costs only its own line. Inside a JSON array a
 * syntax error or an exceeded limit ends the reading with one finding, because the rest of the array
 * cannot be found reliably; everything before it has been delivered. Failures of the input stream
 * itself are thrown as {@link UncheckedIOException}.
 *
 * <pre>{@code
 * List<Befund> befunde = new ArrayList<>();
 * Regelwerk<StatusRow> regeln = StatusRules.standard().without(StatusRules.FELD_UNBEKANNT);
 * try (UmsetzungsstandReader reader = UmsetzungsstandReader.jsonLines(in, regeln, befunde::add)) {
 *     reader.forEachRemaining(aggregation::add);
 * }
 * }</pre>
 *
 * <p>The JSON readers parse fields straight from Jackson's token stream (no tree per row), and the
 * row shares one instance per distinct identifier text (so the rows of a file refer to a few
 * thousand key and ARS objects, not millions) and per Reifegrad, and parses each distinct Stichtag
 * once; a record without problems costs no rule call. A reader is a single-use cursor and not
 * thread-safe; the rows it yields are immutable.
 */
public final class UmsetzungsstandReader implements Iterator<Umsetzungsstand>, AutoCloseable {

    /** The value of {@code format} in a status document. */
    public static final String FORMAT = "ozg-umsetzungsstand";
    /** The longest JSON Lines row accepted, in bytes; longer lines are reported and skipped. */
    public static final int MAX_ZEILENLAENGE = 2 * OzgJson.MAX_STRING_LENGTH;

    private final Quelle quelle;
    private final StatusCheck pruefung;
    private Umsetzungsstand naechste;
    private boolean fertig;

    private UmsetzungsstandReader(Quelle quelle, StatusCheck pruefung) {
        this.quelle = quelle;
        this.pruefung = pruefung;
    }

    /** A reader over a part of a file, for {@link StatusSplit}. */
    static UmsetzungsstandReader ueber(Quelle quelle, StatusCheck pruefung) {
        return new UmsetzungsstandReader(quelle, pruefung);
    }

    private static StatusCheck pruefung(Regelwerk<StatusRow> regelwerk, Consumer<Befund> befunde) {
        return StatusCheck.start(Objects.requireNonNull(regelwerk, "regelwerk"),
                Objects.requireNonNull(befunde, "befunde"));
    }

    /**
     * Reads JSON Lines with the {@linkplain StatusRules#standard() standard rules}, see
     * {@link #jsonLines(InputStream, Regelwerk, Consumer)}.
     *
     * @param in      the input, closed by {@link #close()}
     * @param befunde receives every finding
     * @return the reader
     */
    public static UmsetzungsstandReader jsonLines(InputStream in, Consumer<Befund> befunde) {
        return jsonLines(in, StatusRules.standard(), befunde);
    }

    /**
     * Reads JSON Lines: one row object per line (UTF-8, LF or CRLF; lines holding only whitespace
     * are skipped and are no records; a byte order mark at the start is skipped). Each row needs its
     * {@code stichtag}. A row object must begin and end on its line, with nothing after it.
     *
     * @param in        the input, closed by {@link #close()}
     * @param regelwerk the status rules, e.g. {@code StatusRules.standard().without(…)}
     * @param befunde   receives every finding
     * @return the reader
     */
    public static UmsetzungsstandReader jsonLines(InputStream in, Regelwerk<StatusRow> regelwerk,
            Consumer<Befund> befunde) {
        StatusCheck p = pruefung(regelwerk, befunde);
        return new UmsetzungsstandReader(new JsonLinesQuelle(Objects.requireNonNull(in, "in"), p), p);
    }

    /**
     * Reads a JSON array or status document with the {@linkplain StatusRules#standard() standard
     * rules}, see {@link #jsonArray(InputStream, Regelwerk, Consumer)}.
     *
     * @param in      the input, closed by {@link #close()}
     * @param befunde receives every finding
     * @return the reader
     */
    public static UmsetzungsstandReader jsonArray(InputStream in, Consumer<Befund> befunde) {
        return jsonArray(in, StatusRules.standard(), befunde);
    }

    /**
     * Reads a top-level JSON array of row objects, or a status document
     * {@code {"format":"ozg-umsetzungsstand","version":1,"stichtag":…,"zeilen":[…]}} whose rows may
     * leave out their Stichtag (they then have the document's). In a document, {@code format},
     * {@code version} and {@code stichtag} must come before {@code zeilen}, as this library writes
     * them, so that the rows can be streamed; a field of the header given twice is a finding
     * ({@link StatusRules#FELD_DOPPELT}), and the first value counts.
     *
     * @param in        the input, closed by {@link #close()}
     * @param regelwerk the status rules
     * @param befunde   receives every finding
     * @return the reader
     */
    public static UmsetzungsstandReader jsonArray(InputStream in, Regelwerk<StatusRow> regelwerk,
            Consumer<Befund> befunde) {
        StatusCheck p = pruefung(regelwerk, befunde);
        return new UmsetzungsstandReader(new JsonArrayQuelle(Objects.requireNonNull(in, "in"), p), p);
    }

    /**
     * Reads the dashboard's flat CSV export, see {@link UmsetzungsstandCsv} for the columns and values.
     *
     * @param in      the input, closed by {@link #close()}
     * @param befunde receives a finding for every bad row and every structural problem of the file
     * @return the reader
     * @throws UncheckedIOException when the first bytes cannot be read
     */
    public static UmsetzungsstandReader csv(InputStream in, Consumer<Befund> befunde) {
        return csv(in, java.nio.charset.StandardCharsets.UTF_8, befunde);
    }

    /**
     * Reads the dashboard's flat CSV export in another charset, for exports saved as ISO-8859-1 or
     * windows-1252. A byte order mark still wins over the charset given.
     *
     * @param in          the input, closed by {@link #close()}
     * @param zeichensatz the charset of the file
     * @param befunde     receives a finding for every bad row and every structural problem of the file
     * @return the reader
     * @throws UncheckedIOException when the first bytes cannot be read
     */
    public static UmsetzungsstandReader csv(InputStream in, java.nio.charset.Charset zeichensatz,
            Consumer<Befund> befunde) {
        return csv(in, zeichensatz, StatusRules.standard(), befunde);
    }

    /**
     * Reads the dashboard's flat CSV export with the given status rules, which include the CSV rules
     * ({@code CSV-…}) of the table reader.
     *
     * @param in          the input, closed by {@link #close()}
     * @param zeichensatz the charset of the file; a byte order mark wins over it
     * @param regelwerk   the status rules
     * @param befunde     receives every finding
     * @return the reader
     * @throws UncheckedIOException when the first bytes cannot be read
     */
    public static UmsetzungsstandReader csv(InputStream in, java.nio.charset.Charset zeichensatz,
            Regelwerk<StatusRow> regelwerk, Consumer<Befund> befunde) {
        return csv(in, CsvReadOptions.defaults().withCharset(Objects.requireNonNull(zeichensatz, "zeichensatz")),
                regelwerk, befunde);
    }

    /**
     * Reads the dashboard's flat CSV export with the given reading options — charset, delimiter and
     * the {@link de.ozg.json.csv.TableLimits limits} on cells and records that bound the memory a
     * hostile file can take — and status rules.
     *
     * @param in        the input, closed by {@link #close()}
     * @param options   charset (a byte order mark wins over it), delimiter and limits
     * @param regelwerk the status rules
     * @param befunde   receives every finding
     * @return the reader
     * @throws UncheckedIOException when the first bytes cannot be read
     */
    public static UmsetzungsstandReader csv(InputStream in, CsvReadOptions options, Regelwerk<StatusRow> regelwerk,
            Consumer<Befund> befunde) {
        StatusCheck p = pruefung(regelwerk, befunde);
        return new UmsetzungsstandReader(new UmsetzungsstandCsv.Leser(Objects.requireNonNull(in, "in"),
                Objects.requireNonNull(options, "options"), p), p);
    }

    @Override
    public boolean hasNext() {
        if (naechste == null && !fertig) {
            try {
                naechste = quelle.naechste();
            } catch (IOException e) {
                close();
                throw new UncheckedIOException(e);
            }
            if (naechste == null) {
                fertig = true;
            }
        }
        return naechste != null;
    }

    @Override
    public Umsetzungsstand next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more rows");
        }
        Umsetzungsstand s = naechste;
        naechste = null;
        return s;
    }

    /**
     * The remaining rows as a sequential stream; closing the stream closes this reader.
     *
     * @return the stream
     */
    public Stream<Umsetzungsstand> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false)
                .onClose(this::close);
    }

    /**
     * The number of data records met so far, accepted and rejected; each record is counted once.
     *
     * @return the count
     */
    public long zeilen() {
        return pruefung.datensaetze();
    }

    /**
     * The number of data records rejected so far (not convertible, or an error reported for them).
     *
     * @return the count
     */
    public long fehlerhafteZeilen() {
        return pruefung.abgewiesen();
    }

    /**
     * The Stichtag of the status document, once its header has been read.
     *
     * @return the document's Stichtag; empty for JSON Lines, CSV and bare arrays
     */
    public Optional<LocalDate> stichtag() {
        return Optional.ofNullable(quelle.stichtag);
    }

    /** Closes the input. I/O failures while closing are ignored. */
    @Override
    public void close() {
        fertig = true;
        naechste = null;
        try {
            quelle.close();
        } catch (IOException e) {
            // all data has been read or abandoned on purpose
        }
    }

    /** One input form; it counts and reports through the {@link StatusCheck} it was given. */
    abstract static class Quelle {
        /** The Stichtag of a status document, once its header has been read. */
        LocalDate stichtag;

        /** The next good row, or null at the end. */
        abstract Umsetzungsstand naechste() throws IOException;

        abstract void close() throws IOException;
    }

}
