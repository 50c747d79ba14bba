package de.ozg.json.csv;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a CSV file record by record in constant memory, reporting every defect with its physical
 * line instead of failing.
 *
 * <p>OZG data is handed in as spreadsheet exports by KITU vendors, Länder and portals. Such a file
 * must never crash the import: the reader detects the {@link CsvDialect dialect}, maps the header
 * row onto the format's {@link Spaltenschema}, and yields each record with its physical start line.
 * Defects become {@link CsvProblem}s, collected in {@link #problems()} in file order:
 * <ul>
 * <li>header problems (missing required, duplicate, unknown or blank columns) — reading goes on;</li>
 * <li>a record with too few or too many cells is still delivered, its problem attached to it;</li>
 * <li>a record Jackson cannot parse (text after a closing quote, an over-long cell) is skipped and
 * reading goes on with the next record;</li>
 * <li>invalid bytes for the charset, a quote that is never closed, or an I/O failure end the
 * reading with one fatal problem; every record before it has been delivered.</li>
 * </ul>
 * Rows whose cells are all empty (blank lines, Excel's {@code ;;;;} rows) are skipped silently: they
 * carry no data. Every cell is a string; nothing is converted to a number.
 *
 * <p>Use it as an {@link Iterator} or a {@link #stream() Stream}, in try-with-resources; closing the
 * reader closes the input. The iterator is the fast path (one pass over Jackson's token stream, one
 * array per record); the problem list grows with the number of problems, not of records.
 * <pre>{@code
 * try (CsvReader reader = CsvReader.open(in, schema, CsvReadOptions.defaults())) {
 *     reader.forEachRemaining(record -> ...record.line(), record.get("LeiKa-Schlüssel")...);
 *     List<CsvProblem> problems = reader.problems();
 * }
 * }</pre>
 *
 * <p>A reader is a single-use cursor and not thread-safe; the records it yields are immutable.
 */
public final class CsvReader implements Iterator<CsvRecord>, AutoCloseable {

    private final CsvParser parser;
    private final CsvDialect dialect;
    private final Spaltenschema schema;
    private final List<CsvProblem> problems = new ArrayList<>();
    private final List<CsvProblem> problemsView = Collections.unmodifiableList(problems);
    private final List<String> cells = new ArrayList<>();
    private Spaltenzuordnung mapping;
    private long rowLine;
    private CsvRecord next;
    private boolean finished;
    private long lastFailureOffset = -1;

    private CsvReader(CsvParser parser, CsvDialect dialect, Spaltenschema schema) {
        this.parser = parser;
        this.dialect = dialect;
        this.schema = schema;
    }

    /**
     * Opens a reader with default options (UTF-8 unless a byte order mark says otherwise, delimiter
     * detected).
     *
     * @param in     the input, closed by {@link #close()}
     * @param schema the declared columns
     * @return the reader, positioned after the header row
     * @throws IOException when the first bytes cannot be read at all
     */
    public static CsvReader open(InputStream in, Spaltenschema schema) throws IOException {
        return open(in, schema, CsvReadOptions.defaults());
    }

    /**
     * Opens a reader: detects the dialect from the first bytes (at most 64 KiB are inspected, the file
     * is never read ahead) and reads the header row.
     *
     * @param in      the input, closed by {@link #close()}
     * @param schema  the declared columns
     * @param options charset, delimiter and limits
     * @return the reader, positioned after the header row
     * @throws IOException when the first bytes cannot be read at all
     */
    public static CsvReader open(InputStream in, Spaltenschema schema, CsvReadOptions options)
            throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(options, "options");
        BufferedInputStream buffered = in instanceof BufferedInputStream
                ? (BufferedInputStream) in : new BufferedInputStream(in, DialectDetector.PREFIX);
        DialectDetector.Result detected = DialectDetector.detect(buffered, options);
        CsvDialect dialect = detected.dialect();
        CsvFactory factory = CsvFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(options.limits().maxCellChars()).build())
                .build();
        CsvParser parser = factory.createParser(
                new StrictDecodingReader(buffered, dialect.charset(), detected.bomLength()));
        parser.setSchema(CsvSchema.emptySchema()
                .withColumnSeparator(dialect.delimiter())
                .withQuoteChar('"')
                .withoutEscapeChar());
        CsvReader reader = new CsvReader(parser, dialect, schema);
        reader.readHeader();
        return reader;
    }

    /**
     * Opens a file, see {@link #open(InputStream, Spaltenschema, CsvReadOptions)}.
     *
     * @param file    the file
     * @param schema  the declared columns
     * @param options charset, delimiter and limits
     * @return the reader
     * @throws IOException when the file cannot be opened
     */
    public static CsvReader open(Path file, Spaltenschema schema, CsvReadOptions options) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            return open(in, schema, options);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private void readHeader() {
        if (readRow()) {
            mapping = schema.match(cells, rowLine);
            problems.addAll(mapping.problems());
        } else {
            mapping = new Spaltenzuordnung(schema, List.of(), 1, false);
            boolean fatal = problems.stream().anyMatch(CsvProblem::isFatal);
            if (!fatal) {
                problems.add(CsvProblem.of(CsvProblem.Kind.EMPTY_FILE, 1, null, null,
                        "Die Datei ist leer: keine Kopfzeile gefunden.",
                        "The file is empty: no header row found."));
            }
        }
    }

    /**
     * Reads the next non-blank row into {@link #cells}, recording problems on the way.
     *
     * @return false at the end of input or after a fatal problem
     */
    private boolean readRow() {
        boolean skipping = false;
        while (!finished) {
            JsonToken token;
            try {
                token = parser.nextToken();
            } catch (StrictDecodingReader.EncodingFailure e) {
                return fail(e.toProblem());
            } catch (StreamConstraintsException e) {
                if (!recoverable(e)) {
                    return false;
                }
                if (skipping) {
                    continue; // the same over-long cell fails again as it grows: one problem per record
                }
                long line = Math.max(rowLine, 1);
                problems.add(CsvProblem.of(CsvProblem.Kind.CELL_TOO_LONG, line, null, null,
                        "Eine Zelle des Datensatzes ab Zeile " + line + " ist länger als erlaubt; der Datensatz"
                                + " wird übersprungen. (" + e.getOriginalMessage() + ")",
                        "A cell of the record starting at line " + line + " is longer than allowed; the record"
                                + " is skipped. (" + e.getOriginalMessage() + ")"));
                skipping = true;
                continue;
            } catch (JsonProcessingException e) {
                String message = e.getOriginalMessage();
                if (message != null && message.startsWith("Missing closing quote")) {
                    long line = Math.max(rowLine, 1);
                    return fail(CsvProblem.of(CsvProblem.Kind.UNTERMINATED_QUOTE, line, null, null,
                            "Ein Anführungszeichen im Datensatz ab Zeile " + line + " wird nie geschlossen; ab"
                                    + " hier ist die Datei nicht lesbar.",
                            "A quote in the record starting at line " + line + " is never closed; the file"
                                    + " cannot be read from here on."));
                }
                if (!recoverable(e)) {
                    return false;
                }
                if (skipping) {
                    continue; // one problem per record is enough, the record is skipped anyway
                }
                JsonLocation at = e.getLocation();
                long line = at != null && at.getLineNr() > 0 ? at.getLineNr() : Math.max(rowLine, 1);
                String where = at != null && at.getColumnNr() > 0 ? ", Zeichen " + at.getColumnNr() : "";
                String whereEn = at != null && at.getColumnNr() > 0 ? ", character " + at.getColumnNr() : "";
                problems.add(CsvProblem.of(CsvProblem.Kind.MALFORMED_RECORD, line, null, null,
                        "Der Datensatz in Zeile " + line + where + " ist fehlerhaft und wird übersprungen: "
                                + message,
                        "The record at line " + line + whereEn + " is malformed and skipped: " + message));
                skipping = true;
                continue;
            } catch (IOException e) {
                long line = Math.max(rowLine, 1);
                return fail(CsvProblem.of(CsvProblem.Kind.IO_ERROR, line, null, null,
                        "Lesefehler nach Zeile " + line + ": " + e.getMessage(),
                        "Read error after line " + line + ": " + e.getMessage()));
            }
            if (token == null) {
                finished = true;
                return false;
            }
            if (token == JsonToken.START_ARRAY) {
                rowLine = parser.currentLocation().getLineNr();
                cells.clear();
            } else if (token == JsonToken.VALUE_STRING) {
                if (!skipping) {
                    try {
                        cells.add(parser.getText());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            } else if (token == JsonToken.END_ARRAY) {
                if (skipping) {
                    skipping = false;
                } else if (!isBlank(cells)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Guards against a parser that fails repeatedly at the same place: that ends the reading. */
    private boolean recoverable(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        long offset = at == null ? -1 : at.getCharOffset();
        if (offset >= 0 && offset == lastFailureOffset) {
            fail(CsvProblem.of(CsvProblem.Kind.MALFORMED_RECORD, Math.max(rowLine, 1), null, null,
                    "Die Datei ist ab Zeile " + Math.max(rowLine, 1) + " nicht lesbar: " + e.getOriginalMessage(),
                    "The file cannot be read from line " + Math.max(rowLine, 1) + " on: " + e.getOriginalMessage()));
            return false;
        }
        lastFailureOffset = offset;
        return true;
    }

    private boolean fail(CsvProblem problem) {
        problems.add(problem);
        finished = true;
        return false;
    }

    private static boolean isBlank(List<String> row) {
        for (String cell : row) {
            if (!cell.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private CsvRecord toRecord() {
        String[] values = cells.toArray(new String[0]);
        int expected = mapping.header().size();
        List<CsvProblem> own = List.of();
        if (values.length < expected) {
            String firstMissing = mapping.header().get(values.length).strip();
            own = List.of(CsvProblem.of(CsvProblem.Kind.TOO_FEW_CELLS, rowLine, firstMissing, null,
                    "Der Datensatz in Zeile " + rowLine + " hat " + values.length + " statt " + expected
                            + " Zellen; ab Spalte \u201E" + firstMissing + "\u201C fehlen die Werte.",
                    "The record at line " + rowLine + " has " + values.length + " instead of " + expected
                            + " cells; values are missing from column '" + firstMissing + "' on."));
        } else if (values.length > expected) {
            for (int i = expected; i < values.length; i++) {
                if (!values[i].isEmpty()) {
                    own = List.of(CsvProblem.of(CsvProblem.Kind.TOO_MANY_CELLS, rowLine, null, values[i],
                            "Der Datensatz in Zeile " + rowLine + " hat " + values.length + " statt " + expected
                                    + " Zellen; Zelle " + (i + 1) + " hat keine Spaltenüberschrift.",
                            "The record at line " + rowLine + " has " + values.length + " instead of " + expected
                                    + " cells; cell " + (i + 1) + " has no column header."));
                    break;
                }
            }
        }
        problems.addAll(own);
        return new CsvRecord(rowLine, values, mapping, own);
    }

    /** @return the dialect detected from the first bytes */
    public CsvDialect dialect() {
        return dialect;
    }

    /** @return the mapping of the header row onto the schema (an empty header for an empty file) */
    public Spaltenzuordnung header() {
        return mapping;
    }

    /**
     * All problems found so far, in file order: header problems, problems of delivered records, skipped
     * records and, last, a fatal problem if reading had to stop. Complete once {@link #hasNext()} has
     * returned false.
     *
     * @return a live unmodifiable view
     */
    public List<CsvProblem> problems() {
        return problemsView;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !finished && mapping.header().size() > 0 && readRow()) {
            next = toRecord();
        }
        return next != null;
    }

    @Override
    public CsvRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more records");
        }
        CsvRecord result = next;
        next = null;
        return result;
    }

    /**
     * The remaining records as a sequential stream; closing the stream closes this reader.
     *
     * @return the stream
     */
    public Stream<CsvRecord> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false)
                .onClose(this::close);
    }

    /** Closes the parser and the underlying input. I/O failures while closing are ignored. */
    @Override
    public void close() {
        finished = true;
        try {
            parser.close();
        } catch (IOException e) {
            // Nothing was lost: all data has been read or abandoned on purpose.
        }
    }
}
