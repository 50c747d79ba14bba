package de.ozg.json.csv.internal;

import de.ozg.core.internal.Messages;
import de.ozg.core.table.TableCheck;
import de.ozg.core.table.TableColumn;
import de.ozg.core.table.TableHeader;
import de.ozg.core.table.TableResult;
import de.ozg.core.table.TableRow;
import de.ozg.core.table.TableRules;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.TechnischerFehler;
import de.ozg.json.csv.CsvDialect;
import de.ozg.json.csv.CsvReadOptions;
import de.ozg.json.csv.TableLimits;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a CSV file record by record into {@link TableRow}s of a column enum, in memory bounded by
 * the {@link TableLimits} of its {@link CsvReadOptions}: the one reader behind every tabular source
 * of the library (Umsetzungskatalog, Gemeindeverzeichnis, status export).
 *
 * <p>Opening detects the {@link CsvDialect} from the first bytes (a byte order mark wins over the
 * charset option; the delimiter is the most frequent of {@code ; , TAB} in the first line) and reads
 * the header row, the first record that is not blank. Each later record is read once, straight into
 * the row the rules see. What is not a row goes to the {@link Listener} as it is found, never
 * collected: a record broken by its syntax or over a limit is rejected with one finding of a
 * {@link TableRules} rule; undecodable bytes end the reading with a technical failure. A failing
 * input is thrown as {@link UncheckedIOException} by the cursor and becomes a technical failure in
 * {@code read}. Blank records (only blanks and tabs, or only empty cells) are skipped and not counted.
 *
 * <p><strong>Not API</strong>: this package is internal to ozg-json and may change in any release;
 * users read sources through {@code de.ozg.json.quellen} and {@code UmsetzungsstandReader}.
 *
 * <p>A single-use cursor, not thread-safe; closing it closes the input. The rows it yields are
 * immutable.
 *
 * @param <C> the column enum
 */
public final class TableReader<C extends Enum<C> & TableColumn> implements Iterator<TableRow<C>>, AutoCloseable {

    /** Receives everything the reader finds besides rows, as it is found. */
    public interface Listener {
        /**
         * A finding about the file that rejects no record, such as an empty file.
         *
         * @param befund the finding, with the standard severity of its table rule
         */
        void report(Befund befund);

        /**
         * A record the reader rejected as broken, with the one finding that says why.
         *
         * @param befund the finding, with the standard severity of its table rule
         */
        void reject(Befund befund);

        /**
         * Reading stopped at bytes that are not valid in the charset.
         *
         * @param fehler the failure, located at its line
         */
        void report(TechnischerFehler fehler);

        /**
         * A listener of three functions.
         *
         * @param findings findings that reject no record
         * @param rejected the findings of rejected records
         * @param failures technical failures
         * @return the listener
         */
        static Listener of(Consumer<Befund> findings, Consumer<Befund> rejected, Consumer<TechnischerFehler> failures) {
            Objects.requireNonNull(findings, "findings");
            Objects.requireNonNull(rejected, "rejected");
            Objects.requireNonNull(failures, "failures");
            return new Listener() {
                @Override
                public void report(Befund befund) {
                    findings.accept(befund);
                }

                @Override
                public void reject(Befund befund) {
                    rejected.accept(befund);
                }

                @Override
                public void report(TechnischerFehler fehler) {
                    failures.accept(fehler);
                }
            };
        }
    }

    private static final class Texts {
        static final Messages MESSAGES = Messages.of("de.ozg.json.csv.internal.messages", TableReader.class);
    }

    private final StrictDecodingReader decoder;
    private final CsvScanner scanner;
    private final CsvDialect dialect;
    private final TableLimits limits;
    private final String quelle;
    private final Listener listener;
    private final TableHeader<C> header;
    private TableRow<C> next;
    private boolean finished;
    private long records;
    private long rejected;

    private TableReader(StrictDecodingReader decoder, CsvDialect dialect, CsvReadOptions options, Class<C> columns,
            String quelle, Listener listener) {
        this.decoder = decoder;
        this.dialect = dialect;
        this.limits = options.limits();
        this.quelle = quelle;
        this.listener = listener;
        this.scanner = new CsvScanner(decoder, dialect.delimiter(), limits);
        this.header = readHeader(columns);
    }

    private TableReader(StrictDecodingReader decoder, CsvDialect dialect, CsvReadOptions options, TableHeader<C> header,
            String quelle, Listener listener, long firstLine) {
        this.decoder = decoder;
        this.dialect = dialect;
        this.limits = options.limits();
        this.quelle = quelle;
        this.listener = listener;
        this.scanner = new CsvScanner(decoder, dialect.delimiter(), limits, firstLine);
        this.header = header;
    }

    /**
     * Opens a reader on a part of a file that begins at a record start after the header row, as
     * found by reading the file from its start: no dialect detection, no header row. Byte offsets
     * and line numbers in findings are those of the whole file.
     *
     * @param <C>        the column enum
     * @param in         the bytes from {@code byteOffset} on, closed by {@link #close()}
     * @param header     the file's header row
     * @param dialect    the file's dialect
     * @param options    the limits
     * @param quelle     the file name for every location; null for none
     * @param listener   receives findings, rejected records and failures
     * @param byteOffset the offset of the first byte of {@code in} in the file
     * @param firstLine  the physical line of the file that begins at {@code byteOffset}
     * @return the reader
     */
    public static <C extends Enum<C> & TableColumn> TableReader<C> openAt(InputStream in, TableHeader<C> header,
            CsvDialect dialect, CsvReadOptions options, String quelle, Listener listener, long byteOffset,
            long firstLine) {
        StrictDecodingReader decoder = new StrictDecodingReader(Objects.requireNonNull(in, "in"), dialect.charset(),
                byteOffset);
        return new TableReader<>(decoder, dialect, options, Objects.requireNonNull(header, "header"), quelle,
                Objects.requireNonNull(listener, "listener"), firstLine);
    }

    /** @return the physical line the reader is on: after the header row, the line where the data begins */
    public long line() {
        return scanner.line();
    }

    /**
     * Opens a reader: detects the dialect from the first bytes (at most 64 KiB are inspected) and
     * reads the header row.
     *
     * @param <C>      the column enum
     * @param in       the input, closed by {@link #close()}
     * @param columns  the column enum of the source
     * @param options  charset, delimiter and limits
     * @param quelle   the file name for every location; null for none
     * @param listener receives findings, rejected records and failures
     * @return the reader, positioned after the header row
     * @throws IOException when the first bytes cannot be read at all
     */
    public static <C extends Enum<C> & TableColumn> TableReader<C> open(InputStream in, Class<C> columns,
            CsvReadOptions options, String quelle, Listener listener) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(listener, "listener");
        BufferedInputStream buffered = in instanceof BufferedInputStream
                ? (BufferedInputStream) in : new BufferedInputStream(in, DialectDetector.PREFIX);
        DialectDetector.Result detected = DialectDetector.detect(buffered, options);
        StrictDecodingReader decoder = new StrictDecodingReader(buffered, detected.dialect().charset(),
                detected.bomLength());
        try {
            return new TableReader<>(decoder, detected.dialect(), options, columns, quelle, listener);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Reads a stream to its end into a check and closes it; the header is announced to the check
     * before the rows. A stream that cannot be read at all is a technical failure of the check.
     *
     * @param <C>     the column enum
     * @param <M>     the model type
     * @param in      the CSV bytes; closed by this method
     * @param columns the column enum of the source
     * @param quelle  the file name for every location; null for none
     * @param options charset, delimiter and limits
     * @param check   a fresh pass of the source
     * @return the check's result
     */
    public static <C extends Enum<C> & TableColumn, M> TableResult<M> read(InputStream in, Class<C> columns,
            String quelle, CsvReadOptions options, TableCheck<C, M> check) {
        Listener listener = Listener.of(check::report, check::reject, check::report);
        TableReader<C> reader;
        try {
            reader = open(in, columns, options, quelle, listener);
        } catch (IOException e) {
            closeQuietly(in);
            check.report(unreadable(quelle, e));
            return check.result();
        }
        try (reader) {
            reader.header().ifPresent(check::header);
            while (reader.hasNext()) {
                check.check(reader.next());
            }
        } catch (UncheckedIOException e) {
            check.report(reader.readError(e.getCause()));
        }
        return check.result();
    }

    /**
     * Opens a file and reads it into a check, see {@link #read(InputStream, Class, String, CsvReadOptions,
     * TableCheck)}; the file name is the source of every location. A file that cannot be opened is a
     * technical failure of the check.
     *
     * @param <C>     the column enum
     * @param <M>     the model type
     * @param file    the file
     * @param columns the column enum of the source
     * @param options charset, delimiter and limits
     * @param check   a fresh pass of the source
     * @return the check's result
     */
    public static <C extends Enum<C> & TableColumn, M> TableResult<M> read(Path file, Class<C> columns,
            CsvReadOptions options, TableCheck<C, M> check) {
        Path name = file.getFileName();
        String quelle = name == null ? file.toString() : name.toString();
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            check.report(unreadable(quelle, e));
            return check.result();
        }
        return read(in, columns, quelle, options, check);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the input is abandoned anyway
        }
    }

    /**
     * The technical failure of an input that failed while it was read, located at the line the
     * reader was on.
     *
     * @param e the failure of the input
     * @return the technical failure
     */
    public TechnischerFehler readError(IOException e) {
        long at = scanner.line();
        String detail = String.valueOf(e.getMessage());
        return TechnischerFehler.of(Texts.MESSAGES.german("io", at, detail), Texts.MESSAGES.english("io", at, detail),
                e).withFundstelle(at(Fundstelle.ofLine(at)));
    }

    /**
     * The technical failure of an input that cannot be read at all.
     *
     * @param quelle the file name, or null
     * @param e      the failure
     * @return the technical failure, located at the file
     */
    public static TechnischerFehler unreadable(String quelle, IOException e) {
        Messages m = Texts.MESSAGES;
        String detail = String.valueOf(e.getMessage());
        TechnischerFehler f = TechnischerFehler.of(m.german("unlesbar", detail), m.english("unlesbar", detail), e);
        return quelle == null ? f : f.withFundstelle(Fundstelle.ofQuelle(quelle));
    }

    /** @return the header row, empty for a file without one */
    public Optional<TableHeader<C>> header() {
        return Optional.ofNullable(header);
    }

    /** @return the dialect the file is read in */
    public CsvDialect dialect() {
        return dialect;
    }

    /** @return the number of data records read so far, the rejected ones included */
    public long records() {
        return records;
    }

    /** @return the number of records rejected so far */
    public long rejected() {
        return rejected;
    }

    private TableHeader<C> readHeader(Class<C> columns) {
        int outcome = scan();
        if (outcome == CsvScanner.END) {
            if (!finished) {
                listener.report(finding(TableRules.LEERE_DATEI, Fundstelle.ofLine(1), null, "leer"));
            }
            finished = true;
            return null;
        }
        if (outcome == CsvScanner.REJECTED && scanner.problem() != CsvScanner.MALFORMED) {
            listener.report(problem(null, "kopfzeile"));
            finished = true;
            return null;
        }
        TableHeader<C> h = TableHeader.of(columns, Arrays.asList(scanner.cells()).subList(0, scanner.count()))
                .withLine(scanner.recordLine()).withQuelle(quelle);
        if (outcome == CsvScanner.REJECTED) {
            listener.report(problem(h, ""));
        }
        return h;
    }

    /** Scans the next record; an input failure ends the reading with a technical failure. */
    private int scan() {
        if (finished) {
            return CsvScanner.END;
        }
        try {
            return scanner.next();
        } catch (StrictDecodingReader.EncodingFailure e) {
            finished = true;
            listener.report(encoding(e, scanner.line()));
        } catch (IOException e) {
            finished = true;
            throw new UncheckedIOException(e);
        }
        return CsvScanner.END;
    }

    /**
     * {@inheritDoc}
     *
     * @throws UncheckedIOException when the input fails; see {@link #readError(IOException)}
     */
    @Override
    public boolean hasNext() {
        while (next == null && !finished) {
            int outcome = scan();
            if (outcome == CsvScanner.END) {
                finished = true;
            } else if (outcome == CsvScanner.REJECTED) {
                records++;
                rejected++;
                listener.reject(problem(header, ""));
                if (scanner.problem() == CsvScanner.UNCLOSED) {
                    finished = true;
                }
            } else {
                records++;
                // an array copy: a sublist would be copied through an iterator
                next = header.row(scanner.recordLine(), Arrays.copyOf(scanner.cells(), scanner.count()));
            }
        }
        return next != null;
    }

    @Override
    public TableRow<C> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more records");
        }
        TableRow<C> r = next;
        next = null;
        return r;
    }

    /** Closes the input; a failure while closing is ignored, as all data has been read or abandoned. */
    @Override
    public void close() {
        finished = true;
        next = null;
        try {
            decoder.close();
        } catch (IOException e) {
            // nothing is lost: the input has been read or abandoned on purpose
        }
    }

    private Fundstelle at(Fundstelle f) {
        return quelle == null ? f : f.withQuelle(quelle);
    }

    /** The finding for the scanner's problem; {@code suffix} "kopfzeile" marks a header that ends reading. */
    private Befund problem(TableHeader<C> h, String suffix) {
        long line = scanner.problemLine();
        long cell = scanner.problemCell();
        Fundstelle f = Fundstelle.ofLine(line);
        if (h != null && cell >= 1 && cell <= h.cellCount() && scanner.problem() != CsvScanner.TOO_MANY_CELLS
                && scanner.problem() != CsvScanner.RECORD_TOO_LONG && !h.cells().get((int) cell - 1).isBlank()) {
            f = f.withSpalte(h.cells().get((int) cell - 1).strip());
        }
        String id;
        String key;
        Object[] args;
        switch (scanner.problem()) {
            case CsvScanner.CELL_TOO_LONG:
                id = TableRules.ZELLE_ZU_LANG;
                key = "zelleZuLang";
                args = new Object[] {line, cell, scanner.problemSize(), limits.maxCellChars()};
                break;
            case CsvScanner.TOO_MANY_CELLS:
                id = TableRules.DATENSATZ_ZU_BREIT;
                key = "datensatzZuBreit";
                args = new Object[] {scanner.recordLine(), limits.maxCells()};
                break;
            case CsvScanner.RECORD_TOO_LONG:
                id = TableRules.DATENSATZ_ZU_LANG;
                key = "datensatzZuLang";
                args = new Object[] {scanner.recordLine(), limits.maxRecordChars()};
                break;
            case CsvScanner.UNCLOSED:
                id = TableRules.OFFENES_ANFUEHRUNGSZEICHEN;
                key = "offen";
                args = new Object[] {line, scanner.recordLine()};
                break;
            default:
                id = TableRules.FEHLERHAFTE_ZEILE;
                key = "fehlerhaft";
                args = new Object[] {scanner.recordLine(), cell};
                break;
        }
        return finding(id, f, null, key + (suffix.isEmpty() ? "" : "." + suffix), args);
    }

    private Befund finding(String id, Fundstelle f, String wert, String key, Object... args) {
        Messages m = Texts.MESSAGES;
        return Befund.builder().regelId(id).severity(TableRules.standardSeverity(id)).fundstelle(at(f)).wert(wert)
                .meldung(m.german(key, args), m.english(key, args)).build();
    }

    private TechnischerFehler encoding(StrictDecodingReader.EncodingFailure e, long line) {
        Messages m = Texts.MESSAGES;
        String key = e.charset().equals(StandardCharsets.UTF_8) ? "kodierung.utf8" : "kodierung";
        Object[] args = {e.charset().name(), line, e.badByte(), e.byteOffset()};
        return TechnischerFehler.of(m.german(key, args), m.english(key, args))
                .withFundstelle(at(Fundstelle.ofLine(line))).withUrsache("undecodable byte " + e.badByte());
    }
}
