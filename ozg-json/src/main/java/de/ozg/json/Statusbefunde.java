package de.ozg.json;

/**
 * The rule ids of the findings that {@link UmsetzungsstandReader} reports for bad status rows, so
 * that callers can count, filter or suppress them. Each bad row is skipped and reading goes on;
 * only the ids marked "ends reading" stop a stream, because nothing after them can be read.
 *
 * <p>Constants only; immutable and thread-safe.
 */
public final class Statusbefunde {

    /** A row or document is not well-formed JSON; in an array document this ends reading. */
    public static final String JSON_SYNTAX = "STATUS-JSON-SYNTAX";
    /** The input is not valid UTF-8; in an array document this ends reading. */
    public static final String KODIERUNG = "STATUS-KODIERUNG";
    /** A safety limit (nesting, string length, line length) was exceeded; in an array document this ends reading. */
    public static final String GRENZE = "STATUS-GRENZE";
    /** The document header is missing or names another format or version; ends reading. */
    public static final String DOKUMENT_FORMAT = "STATUS-DOKUMENT-FORMAT";
    /** A row is not a JSON object. */
    public static final String ZEILE_KEIN_OBJEKT = "STATUS-ZEILE-KEIN-OBJEKT";
    /** A required field is missing. */
    public static final String FELD_FEHLT = "STATUS-FELD-FEHLT";
    /** A field has the wrong JSON type, such as a number for a key. */
    public static final String FELD_TYP = "STATUS-FELD-TYP";
    /** A field is not part of the format. */
    public static final String FELD_UNBEKANNT = "STATUS-FELD-UNBEKANNT";
    /** A field occurs twice in one row. */
    public static final String FELD_DOPPELT = "STATUS-FELD-DOPPELT";
    /** The LeiKa key is not 14 digits. */
    public static final String SCHLUESSEL_FORMAT = "STATUS-SCHLUESSEL-FORMAT";
    /** The ARS is not 12 digits with a Land code 01-16 (or the Bund key). */
    public static final String ARS_FORMAT = "STATUS-ARS-FORMAT";
    /** The OZG-ID is not 5 digits. */
    public static final String OZGID_FORMAT = "STATUS-OZGID-FORMAT";
    /** The Stichtag (datenstand) is not a valid date. */
    public static final String STICHTAG_FORMAT = "STATUS-STICHTAG-FORMAT";
    /** The Reifegrad is not of the form {@code V1:3}. */
    public static final String REIFEGRAD_UNBEKANNT = "STATUS-REIFEGRAD-UNBEKANNT";
    /** The Flächendeckung class is not one of the dashboard's classes. */
    public static final String FLAECHENDECKUNG_UNBEKANNT = "STATUS-FLAECHENDECKUNG-UNBEKANNT";
    /** The CSV online_status is neither {@code ok} nor {@code nicht ok}. */
    public static final String ONLINE_WERT = "STATUS-ONLINE-WERT";
    /** The CSV aktiv cell is none of {@code ja}, {@code nein}, {@code true}, {@code false}. */
    public static final String AKTIV_WERT = "STATUS-AKTIV-WERT";
    /** The CSV bundesland cell names another Land than the ARS (a warning; the row is kept). */
    public static final String BUNDESLAND_ABWEICHEND = "STATUS-BUNDESLAND-ABWEICHEND";
    /** The CSV file is structurally broken (a problem of {@code de.ozg.json.csv.CsvReader}). */
    public static final String CSV_STRUKTUR = "STATUS-CSV-STRUKTUR";

    private Statusbefunde() {
    }
}
