package de.ozg.json;

import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Regelwerk;
import de.ozg.core.validation.status.StatusCheck;
import de.ozg.core.validation.status.StatusRow;
import de.ozg.core.validation.status.StatusRules;
import de.ozg.json.csv.CsvDialect;
import de.ozg.json.csv.CsvReadOptions;
import de.ozg.json.csv.TableLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A part of a status file that can be read on its own and gives exactly the records, findings and
 * line numbers that reading the whole file from its start gives for these bytes: it begins at a
 * record start (for CSV: at a line start outside quoted cells, after the header row) with the
 * physical line number of the whole file. Planned by {@link StatusSplitter}; the parts of a file,
 * read in order, give what {@link UmsetzungsstandReader} gives for the file.
 *
 * <p>Serializable, so that a distributed engine can send it to the machine that reads it; that
 * machine needs the file under the same path. Immutable and thread-safe.
 *
 * @param path      the file
 * @param format    its form
 * @param options   how to read a CSV part: charset (for the parts after the first, the one the file
 *                  start showed), delimiter and limits
 * @param start     the first byte of the part
 * @param end       the byte after the part
 * @param firstLine the physical line of the file that begins at {@code start}
 * @param header    for a CSV part after the first: the file's header row; null for the first part
 *                  and for JSON
 */
public record StatusSplit(String path, StatusFormat format, CsvReadOptions options, long start, long end,
        long firstLine, CsvHeader header) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The header row of a CSV file, as read from its start, for the parts after the first.
     *
     * @param delimiter the file's delimiter
     * @param cells     the cells of the header row
     * @param line      the line where the header row begins
     */
    public record CsvHeader(char delimiter, List<String> cells, long line) implements Serializable {

        private static final long serialVersionUID = 1L;

        /**
         * Validates and copies.
         *
         * @param delimiter the delimiter
         * @param cells     the cells
         * @param line      the line
         */
        public CsvHeader {
            cells = List.copyOf(cells);
        }
    }

    /**
     * Validates.
     *
     * @param path      the file
     * @param format    its form
     * @param options   how to read CSV
     * @param start     the first byte
     * @param end       the byte after the part
     * @param firstLine the line at {@code start}
     * @param header    the header row of a later CSV part, or null
     */
    public StatusSplit {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
        if (start < 0 || end < start || firstLine < 1) {
            throw new IllegalArgumentException("a part is [start, end) with 0 <= start <= end and a first line >= 1, was ["
                    + start + ", " + end + ") from line " + firstLine);
        }
        if (header != null && format != StatusFormat.CSV) {
            throw new IllegalArgumentException("only a CSV part has a header row, this is " + format);
        }
        if (format == StatusFormat.JSON_ARRAY && start != 0) {
            throw new IllegalArgumentException("a JSON array is read whole, from byte 0; was from byte " + start);
        }
    }

    /**
     * Opens a reader over the part with the {@linkplain StatusRules#standard() standard rules}.
     *
     * @param befunde receives every finding of the part
     * @return the reader; closing it closes the file
     * @throws IOException when the file cannot be opened
     */
    public UmsetzungsstandReader open(Consumer<Befund> befunde) throws IOException {
        return open(StatusRules.standard(), befunde);
    }

    /**
     * Opens a reader over the part. Its {@link UmsetzungsstandReader#zeilen()} count the records of
     * this part only.
     *
     * @param regelwerk the status rules
     * @param befunde   receives every finding of the part, with the line numbers of the whole file
     * @return the reader; closing it closes the file
     * @throws IOException when the file cannot be opened
     */
    public UmsetzungsstandReader open(Regelwerk<StatusRow> regelwerk, Consumer<Befund> befunde) throws IOException {
        StatusCheck pruefung = StatusCheck.start(Objects.requireNonNull(regelwerk, "regelwerk"),
                Objects.requireNonNull(befunde, "befunde"));
        FileChannel kanal = FileChannel.open(Path.of(path), StandardOpenOption.READ);
        InputStream in = new Bereichsstrom(kanal, start, end);
        UmsetzungsstandReader.Quelle quelle;
        switch (format) {
            case JSON_LINES:
                quelle = new JsonLinesQuelle(in, pruefung, firstLine);
                break;
            case JSON_ARRAY:
                quelle = new JsonArrayQuelle(in, pruefung);
                break;
            default:
                quelle = header == null ? new UmsetzungsstandCsv.Leser(in, options, pruefung)
                        : new UmsetzungsstandCsv.Leser(in, options, pruefung, new Fortsetzung(header, start, firstLine));
                break;
        }
        return UmsetzungsstandReader.ueber(quelle, pruefung);
    }

    /** Serialized as plain values: the options are no serializable type. */
    private Object writeReplace() {
        TableLimits l = options.limits();
        return new Form(path, format, options.charset().name(), options.delimiter(), l.maxCellChars(), l.maxCells(),
                l.maxRecordChars(), start, end, firstLine, header);
    }

    /** The serialized form. */
    private record Form(String path, StatusFormat format, String charset, char delimiter, int maxCellChars,
            int maxCells, int maxRecordChars, long start, long end, long firstLine, CsvHeader header)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        private Object readResolve() {
            return new StatusSplit(path, format, new CsvReadOptions(Charset.forName(charset), delimiter,
                    new TableLimits(maxCellChars, maxCells, maxRecordChars)), start, end, firstLine, header);
        }
    }

    /** What a CSV reader needs to begin after the header row. */
    record Fortsetzung(CsvHeader kopf, long byteOffset, long ersteZeile) {

        List<String> kopfzeile() {
            return kopf.cells();
        }

        long kopfzeilenNummer() {
            return kopf.line();
        }

        CsvDialect dialekt(Charset charset) {
            return new CsvDialect(kopf.delimiter(), charset, false, CsvDialect.LineEnding.NONE);
        }
    }
}
