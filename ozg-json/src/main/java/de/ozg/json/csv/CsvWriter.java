package de.ozg.json.csv;

import de.ozg.core.table.TableColumn;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Writes CSV that opens correctly in Excel, or plain RFC 4180 for machines.
 *
 * <p>OZG results go back to Länder and Kommunen who open them in Excel. {@link CsvWriteOptions#excel()}
 * writes UTF-8 with a byte order mark, {@code ;} and CRLF, quotes a cell when it contains a quote, a
 * line break or any of {@code , ; TAB} (so the file reads back the same whatever delimiter a reader
 * guesses), and neutralises formula injection as OWASP advises: a cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, TAB or CR (or their full-width forms, or any of them after line
 * feeds, blanks or zero-width characters, see {@link #neutralize}) gets a leading {@code '}, so
 * {@code =1+2} is shown as text instead of being computed. This also applies to {@code -5} and
 * {@code +49 …}: the price of safety in files whose content comes from third parties.
 *
 * <p>Key columns: cells of {@link CsvWriteOptions#withQuotedColumns(String...) quoted columns} are
 * always enclosed in quotes. That marks them as text for RFC-conforming importers, LibreOffice
 * ("quoted field as text") and Excel's "Daten › Aus Text/CSV" import with the column type set to
 * Text. Excel's plain double-click open ignores quotes when guessing types and still turns
 * {@code 01001000} into {@code 1001000}; no CSV spelling prevents that without writing a formula,
 * which the injection protection forbids. Tell users to import, not double-click, key columns.
 *
 * <p>The writer writes UTF-8 always. It is not thread-safe; close it to flush.
 */
public final class CsvWriter implements Closeable, Flushable {

    private static final String CRLF = "\r\n";

    private final Writer out;
    private final CsvWriteOptions options;
    private final boolean[] alwaysQuoted;
    private final int columns;

    private CsvWriter(Writer out, CsvWriteOptions options, List<String> header) {
        this.out = out;
        this.options = options;
        this.columns = header.size();
        this.alwaysQuoted = new boolean[columns];
        for (String quoted : options.quotedColumns()) {
            String key = TableColumn.key(quoted);
            for (int i = 0; i < columns; i++) {
                if (TableColumn.key(header.get(i)).equals(key)) {
                    alwaysQuoted[i] = true;
                }
            }
        }
    }

    /**
     * Opens a writer and writes the byte order mark (if configured) and the header row.
     *
     * @param out     the output, closed by {@link #close()}
     * @param options the dialect to write
     * @param header  the header cells; every later row must have as many cells
     * @return the writer
     * @throws IOException when writing fails
     */
    public static CsvWriter open(OutputStream out, CsvWriteOptions options, List<String> header)
            throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(header, "header");
        if (header.isEmpty()) {
            throw new IllegalArgumentException("header must have at least one column");
        }
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        if (options.bom()) {
            writer.write('\uFEFF');
        }
        CsvWriter csv = new CsvWriter(writer, options, header);
        csv.writeRow(header);
        return csv;
    }

    /**
     * Writes one row. A null cell is written as an empty cell.
     *
     * @param cells the cells, as many as the header has
     * @throws IOException              when writing fails
     * @throws IllegalArgumentException when the number of cells differs from the header
     */
    public void writeRow(List<String> cells) throws IOException {
        if (cells.size() != columns) {
            throw new IllegalArgumentException("row must have " + columns + " cells like the header, had "
                    + cells.size());
        }
        for (int i = 0; i < columns; i++) {
            if (i > 0) {
                out.write(options.delimiter());
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (options.neutralize()) {
                cell = neutralize(cell);
            }
            if (alwaysQuoted[i] || needsQuotes(cell)) {
                out.write('"');
                out.write(cell.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(cell);
            }
        }
        out.write(CRLF);
    }

    /**
     * Writes one row, see {@link #writeRow(List)}.
     *
     * @param cells the cells
     * @throws IOException when writing fails
     */
    public void writeRow(String... cells) throws IOException {
        writeRow(Arrays.asList(cells));
    }

    private boolean needsQuotes(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '"' || c == '\r' || c == '\n' || c == ',' || c == ';' || c == '\t'
                    || c == options.delimiter()) {
                return true;
            }
        }
        // A leading byte order mark character in the very first cell would be taken for a file BOM.
        return !cell.isEmpty() && cell.charAt(0) == '\uFEFF';
    }

    /**
     * Neutralises formula injection (OWASP "CSV Injection"): a value whose first visible character
     * starts a formula gets a leading {@code '}; any other value is returned unchanged. Formula
     * starters are {@code =}, {@code +}, {@code -}, {@code @}, TAB and CR, and their full-width forms
     * {@code ＝ ＋ － ＠}, which spreadsheet input methods turn into the ASCII ones. Line feeds, blanks
     * (no-break and other Unicode spaces included), zero-width and bidi controls, soft hyphens and
     * other invisible characters in front of them do not hide them: spreadsheets skip such
     * characters, so {@code " =1+2"}, {@code "\u200B=1+2"} and U+202E (right-to-left override) before {@code =1+2} are neutralised
     * too.
     *
     * @param cell the value, not null
     * @return the value safe to open in a spreadsheet
     */
    public static String neutralize(String cell) {
        int i = 0;
        while (i < cell.length() && isSkipped(cell.charAt(i))) {
            i++;
        }
        return i < cell.length() && isFormulaStart(cell.charAt(i)) ? "'" + cell : cell;
    }

    private static boolean isFormulaStart(char c) {
        switch (c) {
            case '=': case '+': case '-': case '@': case '\t': case '\r':
            case '\uFF1D': case '\uFF0B': case '\uFF0D': case '\uFF20':
                return true;
            default:
                return false;
        }
    }

    /**
     * Line feeds, blanks and invisible characters a spreadsheet passes over before a formula: every
     * Unicode space, every format character (zero-width, bidi controls, soft hyphen, byte order mark)
     * and every other control character; TAB and CR are formula starters themselves.
     */
    private static boolean isSkipped(char c) {
        if (c == '\t' || c == '\r') {
            return false;
        }
        return Character.isSpaceChar(c) || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
