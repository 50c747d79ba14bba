package de.ozg.core.validation.status;

import de.ozg.core.table.TableRules;
import de.ozg.core.validation.Kontext;
import de.ozg.core.validation.Pruefung;
import de.ozg.core.validation.Regel;
import de.ozg.core.validation.Regelwerk;
import de.ozg.core.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The rule set for status rows ({@link StatusRow}) as shipped with the library: the syntax, encoding
 * and limits of the input, the frame of a status document, the CSV rules every tabular source shares
 * ({@link TableRules}, ids {@code CSV-…}), the fields of a row and their values.
 * Every reader of status data — JSON Lines, JSON arrays and documents, the dashboard's CSV export —
 * reports through these rules, so each rule id can be switched off or re-rated for every format
 * alike: {@code StatusRules.standard().without(StatusRules.FELD_UNBEKANNT)
 * .withSeverity(StatusRules.BUNDESLAND_ABWEICHEND, Severity.ERROR)}. Own rules can be added with
 * {@link Regelwerk#with(Regel)}; they see every data record.
 *
 * <p><b>Which records are rejected.</b> A record is rejected when it cannot become an
 * {@link de.ozg.core.model.Umsetzungsstand} — a defect of its bytes, a required field missing, a
 * field of the wrong type or with a value that does not convert — whatever the rule set says about
 * reporting it; and also when an active rule reports an {@link Severity#ERROR} for it. So switching
 * off {@link #FELD_UNBEKANNT}, or making it a warning, accepts rows with extra fields, and making
 * {@link #BUNDESLAND_ABWEICHEND} an error rejects rows whose Land contradicts their ARS.
 *
 * <p>The rule ids, severities and descriptions are listed in the {@linkplain
 * de.ozg.core.validation.status package documentation}; they are stable. Messages come in German
 * and English and never repeat the location, which the finding carries. The rule objects are
 * shared; the rule sets are immutable and thread-safe.
 */
public final class StatusRules {

    /** A row or document is not well-formed JSON; in a JSON array this ends reading. */
    public static final String JSON_SYNTAX = "STATUS-JSON-SYNTAX";
    /** The input is not valid UTF-8 (or not readable in the charset given). */
    public static final String KODIERUNG = "STATUS-KODIERUNG";
    /** A safety limit (line length, string, number or name length, nesting) was exceeded. */
    public static final String GRENZE = "STATUS-GRENZE";
    /** The document header is missing or names another format or version; ends reading. */
    public static final String DOKUMENT_FORMAT = "STATUS-DOKUMENT-FORMAT";
    /** A row is not a JSON object. */
    public static final String ZEILE_KEIN_OBJEKT = "STATUS-ZEILE-KEIN-OBJEKT";
    /** A required field is missing (in CSV: its cell is blank). */
    public static final String FELD_FEHLT = "STATUS-FELD-FEHLT";
    /** A field has the wrong JSON type, such as a number for a key. */
    public static final String FELD_TYP = "STATUS-FELD-TYP";
    /** A field is not part of the format, in a row or in the document header. */
    public static final String FELD_UNBEKANNT = "STATUS-FELD-UNBEKANNT";
    /** A field occurs twice in a row or in the document header. */
    public static final String FELD_DOPPELT = "STATUS-FELD-DOPPELT";
    /** The LeiKa key is not 14 digits of valid structure. */
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

    // The problem bits of MutableStatusRow: a built-in rule reports only when its bit is set, so a record
    // without any bit needs no rule at all (the readers' fast path).
    static final int P_DEFECT = 1;
    static final int P_FEHLT = 1 << 1;
    static final int P_TYP = 1 << 2;
    static final int P_UNBEKANNT = 1 << 3;
    static final int P_DOPPELT = 1 << 4;
    static final int P_SCHLUESSEL = 1 << 5;
    static final int P_ARS = 1 << 6;
    static final int P_OZGID = 1 << 7;
    static final int P_STICHTAG = 1 << 8;
    static final int P_REIFEGRAD = 1 << 9;
    static final int P_FLAECHE = 1 << 10;
    static final int P_ONLINE = 1 << 11;
    static final int P_AKTIV = 1 << 12;
    static final int P_BUNDESLAND = 1 << 13;
    static final int P_TABELLE = 1 << 14;

    private StatusRules() {
    }

    /** The problem bit of a value of the field that does not convert. */
    static int wertProblem(StatusField field) {
        switch (field) {
            case SCHLUESSEL: return P_SCHLUESSEL;
            case ARS: return P_ARS;
            case OZG_ID: return P_OZGID;
            case STICHTAG: return P_STICHTAG;
            case REIFEGRAD: return P_REIFEGRAD;
            case FLAECHENDECKUNG: return P_FLAECHE;
            case ONLINE: return P_ONLINE;
            case AKTIV: return P_AKTIV;
            default: return 0;
        }
    }

    /** The shared rule objects, created on first use. */
    private static final class Standard {
        static final Regelwerk<StatusRow> REGELWERK = Regelwerk.of(regeln());
    }

    /**
     * The rule set as shipped: every rule of the package table with its standard severity.
     *
     * @return the rule set
     */
    public static Regelwerk<StatusRow> standard() {
        return Standard.REGELWERK;
    }

    /**
     * Whether a rule is one of this class's rules, which report only for records with a problem.
     *
     * @param regel a rule
     * @return true for the rules of {@link #standard()}
     */
    static boolean isEingebaut(Regel<StatusRow> regel) {
        return regel instanceof Eingebaut;
    }

    private static List<Regel<StatusRow>> regeln() {
        List<Regel<StatusRow>> r = new ArrayList<>();
        r.add(defect(JSON_SYNTAX));
        r.add(defect(KODIERUNG));
        r.add(defect(GRENZE));
        r.add(defect(DOKUMENT_FORMAT));
        r.add(defect(ZEILE_KEIN_OBJEKT));
        for (String id : TableRules.ids()) {
            // the CSV syntax and header rules the table reader reports for every tabular source; a
            // short status row is read with a warning, as the dashboard leaves out empty trailing cells
            Severity s = id.equals(TableRules.ZU_WENIGE_ZELLEN) ? Severity.WARNING : TableRules.standardSeverity(id);
            r.add(new Eingebaut(id, s, P_TABELLE, (z, k) -> StatusMeldungen.tabelle(z, k, id)));
        }
        r.add(new Eingebaut(FELD_FEHLT, Severity.ERROR, P_FEHLT, StatusMeldungen::fehlt));
        r.add(new Eingebaut(FELD_TYP, Severity.ERROR, P_TYP, StatusMeldungen::typ));
        r.add(new Eingebaut(FELD_UNBEKANNT, Severity.ERROR, P_UNBEKANNT, StatusMeldungen::unbekannt));
        r.add(new Eingebaut(FELD_DOPPELT, Severity.ERROR, P_DOPPELT, StatusMeldungen::doppelt));
        r.add(wert(SCHLUESSEL_FORMAT, P_SCHLUESSEL, StatusField.SCHLUESSEL));
        r.add(wert(ARS_FORMAT, P_ARS, StatusField.ARS));
        r.add(wert(OZGID_FORMAT, P_OZGID, StatusField.OZG_ID));
        r.add(wert(STICHTAG_FORMAT, P_STICHTAG, StatusField.STICHTAG));
        r.add(wert(REIFEGRAD_UNBEKANNT, P_REIFEGRAD, StatusField.REIFEGRAD));
        r.add(wert(FLAECHENDECKUNG_UNBEKANNT, P_FLAECHE, StatusField.FLAECHENDECKUNG));
        r.add(wert(ONLINE_WERT, P_ONLINE, StatusField.ONLINE));
        r.add(wert(AKTIV_WERT, P_AKTIV, StatusField.AKTIV));
        r.add(new Eingebaut(BUNDESLAND_ABWEICHEND, Severity.WARNING, P_BUNDESLAND, StatusMeldungen::bundesland));
        return r;
    }

    private static Eingebaut defect(String id) {
        return new Eingebaut(id, Severity.ERROR, P_DEFECT, (z, k) -> {
            if (z.defect().orElseThrow().regelId().equals(id)) {
                StatusMeldungen.defect(z, k);
            }
        });
    }

    private static Eingebaut wert(String id, int bit, StatusField feld) {
        return new Eingebaut(id, Severity.ERROR, bit, (z, k) -> StatusMeldungen.wert(z, k, feld));
    }

    /** A rule of this class: reports only for records whose problems include its bit. */
    private static final class Eingebaut implements Regel<StatusRow>, Pruefung<StatusRow> {
        private final String id;
        private final Severity severity;
        private final int bit;
        private final BiConsumer<MutableStatusRow, Kontext> meldung;

        Eingebaut(String id, Severity severity, int bit, BiConsumer<MutableStatusRow, Kontext> meldung) {
            this.id = id;
            this.severity = severity;
            this.bit = bit;
            this.meldung = meldung;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Severity standardSeverity() {
            return severity;
        }

        @Override
        public String beschreibungDe() {
            return StatusMeldungen.beschreibung(id, true);
        }

        @Override
        public String beschreibungEn() {
            return StatusMeldungen.beschreibung(id, false);
        }

        /** Stateless: the rule is its own check, shared by every run. */
        @Override
        public Pruefung<StatusRow> start() {
            return this;
        }

        @Override
        public void check(StatusRow zeile, Kontext kontext) {
            // StatusRow is sealed: every row is the reader's, with the problem bits this rule reads
            MutableStatusRow z = (MutableStatusRow) zeile;
            if ((z.probleme() & bit) != 0) {
                meldung.accept(z, kontext);
            }
        }

        @Override
        public String toString() {
            return "Regel[" + id + ", " + severity + "]";
        }
    }
}
