package de.ozg.json;

import de.ozg.core.validation.status.StatusRules;

/**
 * The rule ids of the findings that {@link UmsetzungsstandReader} reports for bad status rows, so
 * that callers can count, filter or suppress them. Each bad row is skipped and reading goes on;
 * only the ids marked "ends reading" stop a stream, because nothing after them can be read.
 *
 * <p>Constants only; immutable and thread-safe.
 *
 * @deprecated the ids are those of the status rule set: use {@link StatusRules}, whose rules can
 *             also be switched off and re-rated
 */
@Deprecated
public final class Statusbefunde {

    /** A row or document is not well-formed JSON; in an array document this ends reading. */
    public static final String JSON_SYNTAX = StatusRules.JSON_SYNTAX;
    /** The input is not valid UTF-8; in an array document this ends reading. */
    public static final String KODIERUNG = StatusRules.KODIERUNG;
    /** A safety limit (nesting, string length, line length) was exceeded; in an array document this ends reading. */
    public static final String GRENZE = StatusRules.GRENZE;
    /** The document header is missing or names another format or version; ends reading. */
    public static final String DOKUMENT_FORMAT = StatusRules.DOKUMENT_FORMAT;
    /** A row is not a JSON object. */
    public static final String ZEILE_KEIN_OBJEKT = StatusRules.ZEILE_KEIN_OBJEKT;
    /** A required field is missing. */
    public static final String FELD_FEHLT = StatusRules.FELD_FEHLT;
    /** A field has the wrong JSON type, such as a number for a key. */
    public static final String FELD_TYP = StatusRules.FELD_TYP;
    /** A field is not part of the format. */
    public static final String FELD_UNBEKANNT = StatusRules.FELD_UNBEKANNT;
    /** A field occurs twice in one row. */
    public static final String FELD_DOPPELT = StatusRules.FELD_DOPPELT;
    /** The LeiKa key is not 14 digits. */
    public static final String SCHLUESSEL_FORMAT = StatusRules.SCHLUESSEL_FORMAT;
    /** The ARS is not 12 digits with a Land code 01-16 (or the Bund key). */
    public static final String ARS_FORMAT = StatusRules.ARS_FORMAT;
    /** The OZG-ID is not 5 digits. */
    public static final String OZGID_FORMAT = StatusRules.OZGID_FORMAT;
    /** The Stichtag (datenstand) is not a valid date. */
    public static final String STICHTAG_FORMAT = StatusRules.STICHTAG_FORMAT;
    /** The Reifegrad is not of the form {@code V1:3}. */
    public static final String REIFEGRAD_UNBEKANNT = StatusRules.REIFEGRAD_UNBEKANNT;
    /** The Flächendeckung class is not one of the dashboard's classes. */
    public static final String FLAECHENDECKUNG_UNBEKANNT = StatusRules.FLAECHENDECKUNG_UNBEKANNT;
    /** The CSV online_status is neither {@code ok} nor {@code nicht ok}. */
    public static final String ONLINE_WERT = StatusRules.ONLINE_WERT;
    /** The CSV aktiv cell is none of {@code ja}, {@code nein}, {@code true}, {@code false}. */
    public static final String AKTIV_WERT = StatusRules.AKTIV_WERT;
    /** The CSV bundesland cell names another Land than the ARS (a warning; the row is kept). */
    public static final String BUNDESLAND_ABWEICHEND = StatusRules.BUNDESLAND_ABWEICHEND;
    /**
     * Was: the CSV file is structurally broken. No longer reported: CSV findings carry the
     * {@code CSV-…} ids of {@link de.ozg.core.table.TableRules}, which are part of the status rule set.
     */
    public static final String CSV_STRUKTUR = "STATUS-CSV-STRUKTUR";

    private Statusbefunde() {
    }
}
