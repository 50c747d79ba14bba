package de.ozg.json.csv.internal;

import de.ozg.json.csv.TableLimits;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Splits decoded text into RFC 4180 records, one at a time, in memory bounded by the
 * {@link TableLimits} and never by the input.
 *
 * <p>The grammar: a cell that starts with {@code "} is quoted and ends at the next {@code "} that is
 * not doubled; inside it delimiters and line breaks are text. Blanks and tabs after the closing quote
 * are ignored; any other text there makes the record malformed (it is kept, appended to the cell, so
 * that a header can still be used). A {@code "} anywhere else is text. LF, CRLF and a lone CR end a
 * record and count as one physical line each, also inside quoted cells. A record whose cells are all
 * empty or only blanks and tabs is no record (a blank line, Excel's {@code ;;;}), unless a quote in
 * it is never closed.
 *
 * <p>A limit is checked while reading: once a cell, the record or its cell count goes over, nothing
 * more of the record is kept, but scanning goes on — quotes still open and close — to the end of the
 * record, so reading resumes at the next record and never inside a quoted cell. Only the first
 * problem of a record is kept, except that a limit replaces text after a closing quote and an
 * unclosed quote replaces any other.
 *
 * <p>All state belongs to the instance: no buffer is shared or recycled between scanners, so the
 * records of an input never depend on what was read before. Mutable, one thread.
 */
final class CsvScanner {

    /** {@link #next()}: a record without problem; its cells are in {@link #cells()}. */
    static final int RECORD = 0;
    /** {@link #next()}: a record with a problem; see {@link #problem()}. */
    static final int REJECTED = 1;
    /** {@link #next()}: the input has no more records. */
    static final int END = 2;

    /** No problem. */
    static final int NONE = 0;
    /** A cell is longer than {@link TableLimits#maxCellChars()}. */
    static final int CELL_TOO_LONG = 1;
    /** The record has more cells than {@link TableLimits#maxCells()}. */
    static final int TOO_MANY_CELLS = 2;
    /** The cells of the record hold more than {@link TableLimits#maxRecordChars()} characters. */
    static final int RECORD_TOO_LONG = 3;
    /** Text follows the closing quote of a cell. */
    static final int MALFORMED = 4;
    /** A quote is open at the end of the input. */
    static final int UNCLOSED = 5;

    private static final int DELIMITER = 0;
    private static final int LINE_END = 1;
    private static final int INPUT_END = 2;

    private final Reader in;
    private final char delimiter;
    private final int maxCellChars;
    private final int maxCells;
    private final int maxRecordChars;

    private final char[] buf = new char[1 << 15];
    private int pos;
    private int lim;
    private boolean eof;
    private long line = 1;

    private char[] cell = new char[64];
    private int cellLength;
    private long cellChars;

    private String[] cells = new String[16];
    private int count;
    private long cellsSeen;
    private long recordChars;
    private long recordLine;
    private boolean data;
    private boolean keep;

    private int problem;
    private long problemLine;
    private long problemCell;
    private long problemSize;

    CsvScanner(Reader in, char delimiter, TableLimits limits) {
        this(in, delimiter, limits, 1);
    }

    /** A scanner over input that begins at a record start on physical line {@code firstLine}. */
    CsvScanner(Reader in, char delimiter, TableLimits limits, long firstLine) {
        this.line = firstLine;
        this.in = in;
        this.delimiter = delimiter;
        this.maxCellChars = limits.maxCellChars();
        this.maxCells = limits.maxCells();
        this.maxRecordChars = limits.maxRecordChars();
    }

    /**
     * Reads the next record that is not blank.
     *
     * @return {@link #RECORD}, {@link #REJECTED} or {@link #END}
     * @throws IOException when the input fails; every character before the failure has been scanned
     */
    int next() throws IOException {
        while (true) {
            if (pos == lim && !fill()) {
                return END;
            }
            readRecord();
            if (data || problem == UNCLOSED) {
                return problem == NONE ? RECORD : REJECTED;
            }
        }
    }

    /** @return the cells of the last record; only the first {@link #count()} are valid */
    String[] cells() {
        return cells;
    }

    /** @return the number of cells of the last record */
    int count() {
        return count;
    }

    /** @return the physical line where the last record starts */
    long recordLine() {
        return recordLine;
    }

    /** @return the physical line the scanner is on: after an input failure, the line of the failure */
    long line() {
        return line;
    }

    /** @return the problem of the last record, {@link #NONE} for none */
    int problem() {
        return problem;
    }

    /** @return the line of the problem: where the offending cell or the unclosed quote starts */
    long problemLine() {
        return problemLine;
    }

    /** @return the 1-based cell of the problem */
    long problemCell() {
        return problemCell;
    }

    /**
     * @return the size that broke the limit: the cell's length, the record's cell count or length,
     *         each as far as known when scanning stopped keeping it (at least the limit plus one)
     */
    long problemSize() {
        return problemSize;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buf, 0, buf.length);
        while (n == 0) {
            n = in.read(buf, 0, buf.length);
        }
        if (n < 0) {
            eof = true;
            pos = 0;
            lim = 0;
            return false;
        }
        pos = 0;
        lim = n;
        return true;
    }

    private void readRecord() throws IOException {
        recordLine = line;
        count = 0;
        cellsSeen = 0;
        recordChars = 0;
        data = false;
        keep = true;
        problem = NONE;
        int end;
        do {
            end = readCell();
        } while (end == DELIMITER && keep);
        if (end == DELIMITER) {
            skipRest();
        }
    }

    /**
     * The rest of a record that is no longer kept: cells are only scanned, in one loop rather than
     * cell by cell, so that a line of millions of tiny cells costs little more than its characters.
     * Quotes at the start of a cell still open a quoted cell, blanks-only content is still told apart.
     */
    private void skipRest() throws IOException {
        boolean start = true;
        while (true) {
            if (pos == lim && !fill()) {
                return;
            }
            if (start && buf[pos] == '"') {
                cellsSeen++;
                cellChars = 0;
                pos++;
                if (readQuoted() != DELIMITER) {
                    return;
                }
                continue;
            }
            char[] b = buf;
            int l = lim;
            char d = delimiter;
            int p = pos;
            start = false;
            while (p < l) {
                char c = b[p++];
                if (c == d) {
                    cellsSeen++;
                    start = true;
                    if (p < l && b[p] == '"') {
                        break;
                    }
                } else if (c == '\n' || c == '\r') {
                    pos = p;
                    lineEnd(c);
                    return;
                } else {
                    start = false;
                    if (!data && c != ' ' && c != '\t') {
                        data = true;
                    }
                }
            }
            pos = p;
        }
    }

    /** Records a problem; a limit replaces a malformed cell, since only a limit ends keeping the record. */
    private void problem(int kind, long at, long size) {
        if (problem == NONE || problem == MALFORMED && kind != MALFORMED) {
            problem = kind;
            problemLine = at;
            problemCell = cellsSeen;
            problemSize = size;
        }
        if (kind != MALFORMED) {
            keep = false;
        }
    }

    /** Reads one cell and its terminator; returns {@link #DELIMITER}, {@link #LINE_END} or {@link #INPUT_END}. */
    private int readCell() throws IOException {
        cellsSeen++;
        cellLength = 0;
        cellChars = 0;
        if (keep && cellsSeen > maxCells) {
            problem(TOO_MANY_CELLS, line, cellsSeen);
        }
        if (pos == lim && !fill()) {
            endCell(null, 0, 0, line);
            return INPUT_END;
        }
        if (buf[pos] == '"') {
            pos++;
            return readQuoted();
        }
        return readUnquoted();
    }

    /** An unquoted cell, or the rest of a cell after text that follows its closing quote. */
    private int readUnquoted() throws IOException {
        long startLine = line;
        while (true) {
            int start = pos;
            char[] b = buf;
            int l = lim;
            char d = delimiter;
            int p = pos;
            char c = 0;
            while (p < l) {
                c = b[p];
                if (c == d || c == '\n' || c == '\r') {
                    break;
                }
                p++;
            }
            pos = p;
            if (p < l) {
                endCell(b, start, p - start, startLine);
                pos++;
                if (c == d) {
                    return DELIMITER;
                }
                lineEnd(c);
                return LINE_END;
            }
            append(b, start, p - start, startLine);
            if (!fill()) {
                endCell(null, 0, 0, line);
                return INPUT_END;
            }
        }
    }

    private int readQuoted() throws IOException {
        long quoteLine = line;
        boolean cr = false;
        while (true) {
            int start = pos;
            char[] b = buf;
            int l = lim;
            int p = pos;
            long n = line;
            while (p < l) {
                char c = b[p];
                if (c == '"') {
                    break;
                }
                if (c == '\n') {
                    if (!cr) {
                        n++;
                    }
                    cr = false;
                } else {
                    cr = c == '\r';
                    if (cr) {
                        n++;
                    }
                }
                p++;
            }
            line = n;
            pos = p;
            if (p == l) {
                append(b, start, p - start, quoteLine);
                if (!fill()) {
                    data = true;
                    problem = NONE;
                    problem(UNCLOSED, quoteLine, 0);
                    return INPUT_END;
                }
                continue;
            }
            cr = false;
            if (p + 1 < l && cellChars == 0) {
                // the whole cell lies in the buffer: no copy when a delimiter or line end follows
                char next = b[p + 1];
                if (next == delimiter || next == '\n' || next == '\r') {
                    endCell(b, start, p - start, quoteLine);
                    pos = p + 2;
                    if (next == delimiter) {
                        return DELIMITER;
                    }
                    lineEnd(next);
                    return LINE_END;
                }
            }
            append(b, start, p - start, quoteLine);
            pos = p + 1;
            if (pos == lim && !fill()) {
                endCell(null, 0, 0, line);
                return INPUT_END;
            }
            if (buf[pos] == '"') {
                append(buf, pos, 1, quoteLine);
                pos++;
                continue;
            }
            return afterQuote(quoteLine);
        }
    }

    /** After a closing quote: blanks, then the delimiter, a line end or the end of input. */
    private int afterQuote(long quoteLine) throws IOException {
        while (true) {
            while (pos < lim && (buf[pos] == ' ' || buf[pos] == '\t') && buf[pos] != delimiter) {
                pos++;
            }
            if (pos == lim) {
                if (!fill()) {
                    endCell(null, 0, 0, line);
                    return INPUT_END;
                }
                continue;
            }
            char c = buf[pos];
            if (c == delimiter) {
                endCell(null, 0, 0, line);
                pos++;
                return DELIMITER;
            }
            if (c == '\n' || c == '\r') {
                endCell(null, 0, 0, line);
                pos++;
                lineEnd(c);
                return LINE_END;
            }
            problem(MALFORMED, quoteLine, 0);
            return readUnquoted();
        }
    }

    /** Counts a line end; a CR swallows the LF right after it. */
    private void lineEnd(char c) throws IOException {
        line++;
        if (c == '\r' && (pos < lim || fill()) && buf[pos] == '\n') {
            pos++;
        }
    }

    /** Adds scanned characters to the current cell, keeping them while the limits allow. */
    private void append(char[] b, int start, int length, long cellLine) {
        if (length == 0) {
            return;
        }
        if (!data) {
            data = hasData(b, start, length);
        }
        cellChars += length;
        if (!keep) {
            return;
        }
        if (cellChars > maxCellChars) {
            problem(CELL_TOO_LONG, cellLine, cellChars);
            return;
        }
        if (cellLength + length > cell.length) {
            cell = Arrays.copyOf(cell, (int) Math.min(maxCellChars, Math.max(cellLength + length, 2L * cell.length)));
        }
        System.arraycopy(b, start, cell, cellLength, length);
        cellLength += length;
    }

    /**
     * Ends the current cell with its last characters {@code b[start, start + length)}: scanned but
     * not yet added, so that a cell lying wholly in the buffer becomes a string without a copy.
     */
    private void endCell(char[] b, int start, int length, long cellLine) {
        boolean whole = cellChars == 0;
        if (length > 0) {
            if (whole) {
                if (!data) {
                    data = hasData(b, start, length);
                }
                cellChars = length;
                if (keep && length > maxCellChars) {
                    problem(CELL_TOO_LONG, cellLine, length);
                }
            } else {
                append(b, start, length, cellLine);
            }
        }
        if (problem == CELL_TOO_LONG && problemCell == cellsSeen) {
            problemSize = cellChars;
        }
        recordChars += cellChars;
        if (keep && recordChars > maxRecordChars) {
            problem(RECORD_TOO_LONG, recordLine, recordChars);
        }
        if (!keep) {
            return;
        }
        String text;
        if (whole) {
            text = length == 0 ? "" : new String(b, start, length);
        } else {
            text = new String(cell, 0, cellLength);
        }
        if (count == cells.length) {
            cells = Arrays.copyOf(cells, Math.min(maxCells, cells.length * 2));
        }
        cells[count++] = text;
    }

    private static boolean hasData(char[] b, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return true;
            }
        }
        return false;
    }
}
