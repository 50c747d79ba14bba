package de.ozg.json.csv;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found while reading a CSV file, pointing at its physical line.
 *
 * <p>KITU vendors and Länder hand in CSV exports from Excel; the library never stops at the first
 * defect but reports each one with the line a spreadsheet user sees in a text editor (header =
 * line 1), the column name where one applies, the offending value and a message in German and
 * English. The {@link Kind} says what happened and whether reading could go on. Report frameworks
 * map these values onto their own findings.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CsvProblem {

    /** What went wrong. {@link #isFatal()} kinds end the reading; all others let it go on. */
    public enum Kind {
        /** The input contained no header row at all (empty file or only blank lines). */
        EMPTY_FILE(false),
        /** The bytes are not valid in the chosen charset; reading stops at this line. */
        INVALID_ENCODING(true),
        /** A quoted cell is never closed; the rest of the file cannot be split into records. */
        UNTERMINATED_QUOTE(true),
        /** A record could not be parsed (e.g. text after a closing quote); it is skipped. */
        MALFORMED_RECORD(false),
        /** A cell is longer than the configured maximum; its record is skipped. */
        CELL_TOO_LONG(false),
        /** The input could not be read at all (I/O failure); reading stops. */
        IO_ERROR(true),
        /** A required column of the format is missing from the header row. */
        MISSING_REQUIRED_COLUMN(false),
        /** Two header cells name the same column; the first one is used, the later one kept as extra. */
        DUPLICATE_COLUMN(false),
        /** A header cell names no column of the format; the column is kept as an extra column. */
        UNKNOWN_COLUMN(false),
        /** A header cell is blank; its column is kept as an extra column without a name. */
        BLANK_HEADER(false),
        /** A record has fewer cells than the header; the missing cells read as absent. */
        TOO_FEW_CELLS(false),
        /** A record has more non-empty cells than the header; the surplus stays readable by index. */
        TOO_MANY_CELLS(false);

        private final boolean fatal;

        Kind(boolean fatal) {
            this.fatal = fatal;
        }

        /**
         * Whether a problem of this kind ends the reading of the file.
         *
         * @return true when nothing after this problem could be read
         */
        public boolean isFatal() {
            return fatal;
        }
    }

    private final Kind kind;
    private final long line;
    private final String column;
    private final String value;
    private final String messageDe;
    private final String messageEn;

    private CsvProblem(Kind kind, long line, String column, String value, String messageDe, String messageEn) {
        this.kind = Objects.requireNonNull(kind, "kind");
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1, was " + line);
        }
        this.line = line;
        this.column = column;
        this.value = value;
        this.messageDe = Objects.requireNonNull(messageDe, "messageDe");
        this.messageEn = Objects.requireNonNull(messageEn, "messageEn");
    }

    /**
     * Creates a problem.
     *
     * @param kind      what went wrong, not null
     * @param line      the 1-based physical line (header = 1)
     * @param column    the column name as written in the header, or null when no column applies
     * @param value     the offending value, or null when there is none
     * @param messageDe the German message, not null
     * @param messageEn the English message, not null
     * @return the problem
     */
    public static CsvProblem of(Kind kind, long line, String column, String value, String messageDe,
            String messageEn) {
        return new CsvProblem(kind, line, column, value, messageDe, messageEn);
    }

    /** @return what went wrong */
    public Kind kind() {
        return kind;
    }

    /** @return the 1-based physical line the problem is on (header = line 1) */
    public long line() {
        return line;
    }

    /** @return the column name as written in the header (or the declared name when missing), if one applies */
    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    /** @return the offending value, if there is one */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /** @return the German message */
    public String messageDe() {
        return messageDe;
    }

    /** @return the English message */
    public String messageEn() {
        return messageEn;
    }

    /** @return whether this problem ended the reading, see {@link Kind#isFatal()} */
    public boolean isFatal() {
        return kind.isFatal();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CsvProblem)) {
            return false;
        }
        CsvProblem p = (CsvProblem) o;
        return kind == p.kind && line == p.line && Objects.equals(column, p.column)
                && Objects.equals(value, p.value) && messageDe.equals(p.messageDe)
                && messageEn.equals(p.messageEn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, line, column, value, messageDe, messageEn);
    }

    @Override
    public String toString() {
        return "CsvProblem[" + kind + ", line " + line + (column == null ? "" : ", column " + column) + ": "
                + messageEn + "]";
    }
}
