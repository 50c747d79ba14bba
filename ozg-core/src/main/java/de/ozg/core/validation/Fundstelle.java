package de.ozg.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where a {@link Befund} was found, so that a vendor can go straight to the cell: in a CSV file the
 * physical line and the column name, in a JSON document a JSON Pointer (RFC 6901), for records
 * from memory the running number of the record. Every part is optional; {@link #unbekannt()} has
 * none, for findings about the data as a whole (e.g. "557 instead of 575 OZG-Leistungen").
 *
 * <p>Line numbers and record numbers are 1-based: line 1 is the first physical line of the file
 * (the CSV header included), record 1 the first record. Immutable and thread-safe.
 */
public final class Fundstelle {

    private static final long OHNE = 0;
    private static final Fundstelle UNBEKANNT = new Fundstelle(null, OHNE, null, null, OHNE);

    private final String quelle;
    private final long zeile;
    private final String spalte;
    private final String pointer;
    private final long datensatz;

    private Fundstelle(String quelle, long zeile, String spalte, String pointer, long datensatz) {
        this.quelle = quelle;
        this.zeile = zeile;
        this.spalte = spalte;
        this.pointer = pointer;
        this.datensatz = datensatz;
    }

    /**
     * The location without any part, for findings about the data as a whole.
     *
     * @return the empty location
     */
    public static Fundstelle unbekannt() {
        return UNBEKANNT;
    }

    /**
     * A physical line of a text file.
     *
     * @param zeile the 1-based line number
     * @return the location
     * @throws RegelwerkException if the line is below 1
     */
    public static Fundstelle ofLine(long zeile) {
        return UNBEKANNT.withLine(zeile);
    }

    /**
     * A cell of a CSV file: physical line and column name as in the header.
     *
     * @param zeile  the 1-based line number
     * @param spalte the column name, e.g. "LeiKa-Schlüssel", not blank
     * @return the location
     * @throws RegelwerkException if the line is below 1 or the column is blank
     */
    public static Fundstelle ofLine(long zeile, String spalte) {
        return UNBEKANNT.withLine(zeile).withSpalte(spalte);
    }

    /**
     * A place in a JSON document.
     *
     * @param pointer a JSON Pointer after RFC 6901, e.g. {@code /leistungen/3/leikaSchluessel};
     *                build one from raw segments with {@link #toPointer(Object...)}
     * @return the location
     * @throws RegelwerkException if the pointer is malformed
     */
    public static Fundstelle ofPointer(String pointer) {
        return UNBEKANNT.withPointer(pointer);
    }

    /**
     * The n-th record of a source that has no lines, such as a list in memory.
     *
     * @param nummer the 1-based record number
     * @return the location
     * @throws RegelwerkException if the number is below 1
     */
    public static Fundstelle datensatz(long nummer) {
        return UNBEKANNT.withDatensatz(nummer);
    }

    /**
     * A file or source as a whole, e.g. for a technical failure "file not readable".
     *
     * @param quelle the file or source name, not blank
     * @return the location
     */
    public static Fundstelle ofQuelle(String quelle) {
        return UNBEKANNT.withQuelle(quelle);
    }

    /**
     * Escapes one raw segment for a JSON Pointer after RFC 6901: {@code ~} becomes {@code ~0} and
     * {@code /} becomes {@code ~1}, in this order so that an escaped slash is not escaped twice.
     *
     * @param segment the raw segment, e.g. a JSON field name; not null
     * @return the escaped segment
     */
    public static String escapePointerSegment(String segment) {
        Objects.requireNonNull(segment, "segment");
        if (segment.indexOf('~') < 0 && segment.indexOf('/') < 0) {
            return segment;
        }
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Builds a JSON Pointer from raw segments, escaping each; array indexes may be given as numbers.
     * No segments give the empty pointer, which denotes the whole document.
     *
     * @param segments field names (as {@link String}) or array indexes (any other object is
     *                 converted with {@code toString()}); none null
     * @return the pointer, e.g. {@code toPointer("a/b", 3)} is {@code /a~1b/3}
     */
    public static String toPointer(Object... segments) {
        StringBuilder sb = new StringBuilder();
        for (Object segment : segments) {
            sb.append('/').append(escapePointerSegment(Objects.requireNonNull(segment, "segment").toString()));
        }
        return sb.toString();
    }

    /**
     * Splits a JSON Pointer into its raw (unescaped) segments; the inverse of
     * {@link #toPointer(Object...)}.
     *
     * @param pointer a JSON Pointer, not null
     * @return the raw segments; empty for the empty pointer
     * @throws RegelwerkException if the pointer is malformed
     */
    public static List<String> pointerSegments(String pointer) {
        checkPointer(pointer);
        List<String> segments = new ArrayList<>();
        if (pointer.isEmpty()) {
            return segments;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            segments.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return List.copyOf(segments);
    }

    private static String checkPointer(String pointer) {
        Objects.requireNonNull(pointer, "pointer");
        boolean wohlgeformt = pointer.isEmpty() || pointer.charAt(0) == '/';
        for (int i = 0; wohlgeformt && i < pointer.length(); i++) {
            if (pointer.charAt(i) == '~') {
                wohlgeformt = i + 1 < pointer.length() && (pointer.charAt(i + 1) == '0' || pointer.charAt(i + 1) == '1');
            }
        }
        if (!wohlgeformt) {
            throw new RegelwerkException(RegelwerkViolation.INVALID_FUNDSTELLE, "JSON Pointer", pointer,
                    "empty or starting with '/', with '~' only as '~0' or '~1' (RFC 6901)");
        }
        return pointer;
    }

    /**
     * The same location in the given file or source.
     *
     * @param quelle the file or source name, not blank
     * @return the changed copy
     */
    public Fundstelle withQuelle(String quelle) {
        return new Fundstelle(RegelwerkException.requireText(quelle, "Quelle"), zeile, spalte, pointer, datensatz);
    }

    /**
     * The same location without the source name, for output that is already grouped by file.
     *
     * @return the location without {@link #quelle()}
     */
    public Fundstelle withoutQuelle() {
        return quelle == null ? this : new Fundstelle(null, zeile, spalte, pointer, datensatz);
    }

    /**
     * The same location at the given physical line.
     *
     * @param zeile the 1-based line number
     * @return the changed copy
     * @throws RegelwerkException if the line is below 1
     */
    public Fundstelle withLine(long zeile) {
        return new Fundstelle(quelle, positiv(zeile, "Zeile"), spalte, pointer, datensatz);
    }

    /**
     * The same location in the given column.
     *
     * @param spalte the column name as in the header, not blank
     * @return the changed copy
     */
    public Fundstelle withSpalte(String spalte) {
        return new Fundstelle(quelle, zeile, RegelwerkException.requireText(spalte, "Spalte"), pointer, datensatz);
    }

    /**
     * The same location with the given JSON Pointer.
     *
     * @param pointer a well-formed JSON Pointer (RFC 6901)
     * @return the changed copy
     * @throws RegelwerkException if the pointer is malformed
     */
    public Fundstelle withPointer(String pointer) {
        return new Fundstelle(quelle, zeile, spalte, checkPointer(pointer), datensatz);
    }

    /**
     * The same location with the given record number.
     *
     * @param nummer the 1-based record number
     * @return the changed copy
     * @throws RegelwerkException if the number is below 1
     */
    public Fundstelle withDatensatz(long nummer) {
        return new Fundstelle(quelle, zeile, spalte, pointer, positiv(nummer, "Datensatz"));
    }

    private static long positiv(long value, String field) {
        if (value < 1) {
            throw new RegelwerkException(RegelwerkViolation.INVALID_FUNDSTELLE, field, Long.toString(value),
                    "a 1-based number (at least 1)");
        }
        return value;
    }

    /**
     * The file or source name.
     *
     * @return the name, or empty
     */
    public Optional<String> quelle() {
        return Optional.ofNullable(quelle);
    }

    /**
     * The 1-based physical line.
     *
     * @return the line, or empty
     */
    public OptionalLong line() {
        return zeile == OHNE ? OptionalLong.empty() : OptionalLong.of(zeile);
    }

    /**
     * The column name as given in the file's header.
     *
     * @return the column, or empty
     */
    public Optional<String> spalte() {
        return Optional.ofNullable(spalte);
    }

    /**
     * The JSON Pointer (RFC 6901, escaped form).
     *
     * @return the pointer, or empty
     */
    public Optional<String> pointer() {
        return Optional.ofNullable(pointer);
    }

    /**
     * The 1-based record number.
     *
     * @return the number, or empty
     */
    public OptionalLong datensatz() {
        return datensatz == OHNE ? OptionalLong.empty() : OptionalLong.of(datensatz);
    }

    /**
     * Whether no part is known.
     *
     * @return true for {@link #unbekannt()}
     */
    public boolean isUnbekannt() {
        return equals(UNBEKANNT);
    }

    /**
     * The location for people, e.g. "Datei katalog.csv, Zeile 12, Spalte LeiKa-Schlüssel" or, in
     * English, "file katalog.csv, line 12, column LeiKa-Schlüssel". Column names stay as in the file.
     *
     * @param locale German for language {@code de}, English otherwise
     * @return the text; "ohne Fundstelle" / "no location" when nothing is known
     */
    public String toText(Locale locale) {
        boolean de = Sprache.isDeutsch(locale);
        List<String> teile = new ArrayList<>(5);
        if (quelle != null) {
            teile.add((de ? "Datei " : "file ") + quelle);
        }
        if (zeile != OHNE) {
            teile.add((de ? "Zeile " : "line ") + zeile);
        }
        if (spalte != null) {
            teile.add((de ? "Spalte " : "column ") + spalte);
        }
        if (pointer != null) {
            teile.add((de ? "Pfad " : "pointer ") + (pointer.isEmpty() ? (de ? "(Dokument)" : "(document)") : pointer));
        }
        if (datensatz != OHNE) {
            teile.add((de ? "Datensatz " : "record ") + datensatz);
        }
        return teile.isEmpty() ? (de ? "ohne Fundstelle" : "no location") : String.join(", ", teile);
    }

    /**
     * The order of findings in a report: by source name (none first), then by line, then by record
     * number (none after those with one). Field by field, without boxing: a report of a large file
     * sorts many thousands of findings.
     */
    static int ordnung(Fundstelle a, Fundstelle b) {
        if (a.quelle != b.quelle) {
            if (a.quelle == null) {
                return -1;
            }
            if (b.quelle == null) {
                return 1;
            }
            int c = a.quelle.compareTo(b.quelle);
            if (c != 0) {
                return c;
            }
        }
        int c = ohneZuletzt(a.zeile, b.zeile);
        return c != 0 ? c : ohneZuletzt(a.datensatz, b.datensatz);
    }

    /** Compares two 1-based numbers where {@link #OHNE} (absent) comes after every number. */
    private static int ohneZuletzt(long a, long b) {
        if (a == b) {
            return 0;
        }
        if (a == OHNE) {
            return 1;
        }
        return b == OHNE ? -1 : Long.compare(a, b);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Fundstelle other)) {
            return false;
        }
        return zeile == other.zeile && datensatz == other.datensatz && Objects.equals(quelle, other.quelle)
                && Objects.equals(spalte, other.spalte) && Objects.equals(pointer, other.pointer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(quelle, zeile, spalte, pointer, datensatz);
    }

    @Override
    public String toString() {
        return "Fundstelle[" + toText(Locale.ENGLISH) + "]";
    }
}
