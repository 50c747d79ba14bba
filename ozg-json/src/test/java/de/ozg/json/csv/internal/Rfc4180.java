package de.ozg.json.csv.internal;

import de.ozg.json.csv.TableLimits;
import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately simple RFC 4180 reader over a whole string, the reference the table reader is
 * compared with: no buffers, no limits, no streaming. It splits records the way the grammar of
 * {@link CsvScanner} documents (a quote opens a cell only at its start, {@code ""} inside quotes is a
 * quote, blanks after a closing quote are ignored and other text there makes the record malformed,
 * LF, CRLF and CR end a record and count one line each) and drops blank records.
 */
final class Rfc4180 {

    /** One record as the grammar defines it. */
    record Satz(long line, List<String> cells, boolean malformed, boolean unterminated) {

        /** Its characters as the table reader counts them: the cells' contents. */
        long chars() {
            return cells.stream().mapToLong(String::length).sum();
        }
    }

    private Rfc4180() {
    }

    /**
     * What a table reader with these limits must deliver for a text: the rows as line and cells
     * (empty cells beyond the header's width dropped), and the number of rejected records. A header
     * over a limit or with an unclosed quote ends the reading.
     */
    static List<Object> expected(String text, char delimiter, TableLimits limits) {
        List<Satz> all = records(text, delimiter);
        List<Object> rows = new ArrayList<>();
        long rejected = 0;
        if (!all.isEmpty() && !all.get(0).unterminated() && !over(all.get(0), limits)) {
            int width = all.get(0).cells().size();
            for (Satz s : all.subList(1, all.size())) {
                if (s.unterminated() || s.malformed() || over(s, limits)) {
                    rejected++;
                } else {
                    List<String> cells = new ArrayList<>(s.cells());
                    while (cells.size() > width && cells.get(cells.size() - 1).isEmpty()) {
                        cells.remove(cells.size() - 1);
                    }
                    rows.add(List.of(s.line(), cells));
                }
            }
        }
        return List.of(rows, rejected);
    }

    private static boolean over(Satz s, TableLimits limits) {
        return s.cells().size() > limits.maxCells() || s.chars() > limits.maxRecordChars()
                || s.cells().stream().anyMatch(c -> c.length() > limits.maxCellChars());
    }

    /** The records of a text that are not blank, in file order. */
    static List<Satz> records(String text, char delimiter) {
        List<Satz> result = new ArrayList<>();
        int i = 0;
        long line = 1;
        int n = text.length();
        while (i < n) {
            long start = line;
            List<String> cells = new ArrayList<>();
            boolean malformed = false;
            boolean unterminated = false;
            boolean data = false;
            boolean endOfRecord = false;
            while (!endOfRecord) {
                StringBuilder cell = new StringBuilder();
                if (i < n && text.charAt(i) == '"') {
                    i++;
                    while (true) {
                        if (i >= n) {
                            unterminated = true;
                            break;
                        }
                        char c = text.charAt(i);
                        if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                        } else if (c == '"') {
                            i++;
                            break;
                        } else {
                            if (c == '\n' && !(i > 0 && text.charAt(i - 1) == '\r') || c == '\r') {
                                line++;
                            }
                            cell.append(c);
                            i++;
                        }
                    }
                    while (!unterminated && i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')
                            && text.charAt(i) != delimiter) {
                        i++;
                    }
                    if (!unterminated && i < n && text.charAt(i) != delimiter && text.charAt(i) != '\n'
                            && text.charAt(i) != '\r') {
                        malformed = true;
                    }
                }
                while (!unterminated && i < n && text.charAt(i) != delimiter && text.charAt(i) != '\n'
                        && text.charAt(i) != '\r') {
                    cell.append(text.charAt(i++));
                }
                data |= cell.chars().anyMatch(c -> c != ' ' && c != '\t');
                cells.add(cell.toString());
                if (unterminated || i >= n) {
                    endOfRecord = true;
                } else if (text.charAt(i) == delimiter) {
                    i++;
                } else {
                    if (text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    i++;
                    line++;
                    endOfRecord = true;
                }
            }
            if (data || unterminated) {
                result.add(new Satz(start, cells, malformed, unterminated));
            }
        }
        return result;
    }
}
