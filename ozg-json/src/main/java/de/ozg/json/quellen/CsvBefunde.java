package de.ozg.json.quellen;

import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.Severity;
import de.ozg.core.validation.TechnischerFehler;
import de.ozg.json.csv.CsvProblem;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the problems of the CSV layer ({@link CsvProblem}) into findings of a validation report
 * ({@link Befund}) with stable rule ids, or into a {@link TechnischerFehler} when the file could not
 * be read at all.
 *
 * <p>A spreadsheet export that Excel saved with a stray quote or in the wrong charset is a defect of
 * the <em>file</em>, not of the OZG data in it; the report still has to show it next to the data
 * findings, with the physical line and the column name the user sees. The mapping:
 * <table>
 * <caption>CSV rule ids</caption>
 * <tr><th>{@link CsvProblem.Kind}</th><th>Rule id</th><th>Severity</th></tr>
 * <tr><td>EMPTY_FILE</td><td>{@value #LEERE_DATEI}</td><td>ERROR</td></tr>
 * <tr><td>UNTERMINATED_QUOTE</td><td>{@value #OFFENES_ANFUEHRUNGSZEICHEN}</td><td>ERROR (the rest of
 * the file is not read)</td></tr>
 * <tr><td>MALFORMED_RECORD</td><td>{@value #FEHLERHAFTE_ZEILE}</td><td>ERROR (the record is
 * skipped)</td></tr>
 * <tr><td>CELL_TOO_LONG</td><td>{@value #ZELLE_ZU_LANG}</td><td>ERROR (the record is skipped)</td></tr>
 * <tr><td>MISSING_REQUIRED_COLUMN</td><td>{@value #PFLICHTSPALTE_FEHLT}</td><td>ERROR</td></tr>
 * <tr><td>TOO_FEW_CELLS</td><td>{@value #ZU_WENIGE_ZELLEN}</td><td>WARNING</td></tr>
 * <tr><td>TOO_MANY_CELLS</td><td>{@value #ZU_VIELE_ZELLEN}</td><td>WARNING</td></tr>
 * <tr><td>DUPLICATE_COLUMN</td><td>{@value #SPALTE_DOPPELT}</td><td>WARNING</td></tr>
 * <tr><td>UNKNOWN_COLUMN</td><td>{@value #SPALTE_UNBEKANNT}</td><td>INFO (its values are kept)</td></tr>
 * <tr><td>BLANK_HEADER</td><td>{@value #SPALTE_OHNE_NAMEN}</td><td>INFO</td></tr>
 * <tr><td>INVALID_ENCODING, IO_ERROR</td><td>no finding: a {@link TechnischerFehler}</td><td>verdict
 * "nicht prüfbar"</td></tr>
 * </table>
 * Undecodable bytes are a technical failure rather than an error of the data: the same file read with
 * the right charset (the message says so) may well be valid, so the report must not call it invalid.
 *
 * <p>Readers of a format whose rule set checks the header and the cell count itself (such as the
 * Umsetzungskatalog rules {@code KATALOG-KOPF-PFLICHTSPALTE} and {@code KATALOG-ZU-WENIGE-ZELLEN})
 * leave those kinds to the rule set, so that each defect is reported once and stays adjustable
 * through the {@link de.ozg.core.validation.Regelwerk}; see the readers of this package.
 *
 * <p>Stateless, thread-safe utility.
 */
public final class CsvBefunde {

    /** The file has no header row. */
    public static final String LEERE_DATEI = "CSV-LEERE-DATEI";
    /** A quote is never closed; nothing after it can be read. */
    public static final String OFFENES_ANFUEHRUNGSZEICHEN = "CSV-OFFENES-ANFUEHRUNGSZEICHEN";
    /** A record cannot be split into cells (e.g. text after a closing quote); it is skipped. */
    public static final String FEHLERHAFTE_ZEILE = "CSV-FEHLERHAFTE-ZEILE";
    /** A cell is longer than the configured maximum; its record is skipped. */
    public static final String ZELLE_ZU_LANG = "CSV-ZELLE-ZU-LANG";
    /** A required column is missing from the header row. */
    public static final String PFLICHTSPALTE_FEHLT = "CSV-PFLICHTSPALTE-FEHLT";
    /** A record has fewer cells than the header row. */
    public static final String ZU_WENIGE_ZELLEN = "CSV-ZU-WENIGE-ZELLEN";
    /** A record has more non-empty cells than the header row. */
    public static final String ZU_VIELE_ZELLEN = "CSV-ZU-VIELE-ZELLEN";
    /** Two header cells name the same column; the first is used. */
    public static final String SPALTE_DOPPELT = "CSV-SPALTE-DOPPELT";
    /** A header cell names no column of the format; the column is kept as an extra column. */
    public static final String SPALTE_UNBEKANNT = "CSV-SPALTE-UNBEKANNT";
    /** A header cell is blank. */
    public static final String SPALTE_OHNE_NAMEN = "CSV-SPALTE-OHNE-NAMEN";

    private CsvBefunde() {
    }

    /** The rule id of a kind, or null for the kinds that become a technical failure. */
    private static String id(CsvProblem.Kind kind) {
        switch (kind) {
            case EMPTY_FILE: return LEERE_DATEI;
            case UNTERMINATED_QUOTE: return OFFENES_ANFUEHRUNGSZEICHEN;
            case MALFORMED_RECORD: return FEHLERHAFTE_ZEILE;
            case CELL_TOO_LONG: return ZELLE_ZU_LANG;
            case MISSING_REQUIRED_COLUMN: return PFLICHTSPALTE_FEHLT;
            case TOO_FEW_CELLS: return ZU_WENIGE_ZELLEN;
            case TOO_MANY_CELLS: return ZU_VIELE_ZELLEN;
            case DUPLICATE_COLUMN: return SPALTE_DOPPELT;
            case UNKNOWN_COLUMN: return SPALTE_UNBEKANNT;
            case BLANK_HEADER: return SPALTE_OHNE_NAMEN;
            default: return null;
        }
    }

    /**
     * The severity of a kind's finding after the table above.
     *
     * @param kind the kind, not null
     * @return the severity, empty for the kinds that become a {@link TechnischerFehler}
     */
    public static Optional<Severity> severity(CsvProblem.Kind kind) {
        switch (Objects.requireNonNull(kind, "kind")) {
            case TOO_FEW_CELLS:
            case TOO_MANY_CELLS:
            case DUPLICATE_COLUMN:
                return Optional.of(Severity.WARNING);
            case UNKNOWN_COLUMN:
            case BLANK_HEADER:
                return Optional.of(Severity.INFO);
            default:
                return id(kind) == null ? Optional.empty() : Optional.of(Severity.ERROR);
        }
    }

    /**
     * Whether a problem of this kind means the file could not be read (bad bytes for the charset, an
     * I/O failure) and becomes a {@link TechnischerFehler} instead of a finding.
     *
     * @param kind the kind, not null
     * @return true for {@code INVALID_ENCODING} and {@code IO_ERROR}
     */
    public static boolean isTechnischerFehler(CsvProblem.Kind kind) {
        return id(Objects.requireNonNull(kind, "kind")) == null;
    }

    /**
     * The rule id of a kind of problem.
     *
     * @param kind the kind, not null
     * @return the rule id, empty for the kinds that become a {@link TechnischerFehler}
     */
    public static Optional<String> regelId(CsvProblem.Kind kind) {
        return Optional.ofNullable(id(Objects.requireNonNull(kind, "kind")));
    }

    /**
     * The finding for a problem: rule id and severity after the table above, the problem's messages,
     * the offending value, and a location of line, column (when the problem names one) and source.
     *
     * @param problem the problem, not null
     * @param quelle  the file or source name for the location, or null for none
     * @return the finding, empty when the problem is a technical failure
     */
    public static Optional<Befund> befund(CsvProblem problem, String quelle) {
        String id = id(problem.kind());
        if (id == null) {
            return Optional.empty();
        }
        Befund.Builder b = Befund.builder().regelId(id).severity(severity(problem.kind()).orElseThrow())
                .fundstelle(fundstelle(problem, quelle)).meldung(problem.messageDe(), problem.messageEn());
        problem.value().ifPresent(b::wert);
        return Optional.of(b.build());
    }

    /**
     * The technical failure for a problem that ended the reading, located at its line and source;
     * the messages (including the hint to read with another charset) are the problem's.
     *
     * @param problem the problem, not null
     * @param quelle  the file or source name, or null for none
     * @return the failure
     */
    public static TechnischerFehler technischerFehler(CsvProblem problem, String quelle) {
        TechnischerFehler f = TechnischerFehler.of(problem.messageDe(), problem.messageEn())
                .withFundstelle(fundstelle(problem, quelle));
        return problem.value().isPresent() && problem.kind() == CsvProblem.Kind.INVALID_ENCODING
                ? f.withUrsache("undecodable byte " + problem.value().get()) : f;
    }

    static Fundstelle fundstelle(CsvProblem problem, String quelle) {
        Fundstelle f = Fundstelle.zeile(problem.line());
        Optional<String> spalte = problem.column().filter(s -> !s.isBlank());
        if (spalte.isPresent()) {
            f = f.withSpalte(spalte.get());
        }
        return quelle == null ? f : f.withQuelle(quelle);
    }
}
