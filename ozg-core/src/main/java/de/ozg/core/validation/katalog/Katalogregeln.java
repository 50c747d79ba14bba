package de.ozg.core.validation.katalog;

import static de.ozg.core.SafeText.quote;

import de.ozg.core.id.IdFormatException;
import de.ozg.core.id.IdFormatViolation;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.Normalisierung;
import de.ozg.core.id.OzgId;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.ref.Typisierung;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.ref.UnknownReferenceException;
import de.ozg.core.table.TableCheck;
import de.ozg.core.table.TableRow;
import de.ozg.core.table.TableRules;
import de.ozg.core.validation.Kontext;
import de.ozg.core.validation.Pruefung;
import de.ozg.core.validation.Regel;
import de.ozg.core.validation.Regelwerk;
import de.ozg.core.validation.RegelwerkException;
import de.ozg.core.validation.RegelwerkViolation;
import de.ozg.core.validation.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The rule set for OZG-Umsetzungskatalog rows as shipped with the library: the table rules every
 * source shares ({@link TableRules}: the reader's syntax findings, the header, the cell count of a
 * row — a short row is an ERROR here), every identifier format, reference data (Themenfeld,
 * Typisierung), required cells, and the consistency of the catalogue across rows. The rule ids,
 * severities and descriptions are listed in the {@linkplain de.ozg.core.validation.katalog package
 * documentation}; they are stable.
 *
 * <p>Adjust the set with the methods of {@link Regelwerk}: {@code Katalogregeln.standard()
 * .without(Katalogregeln.LEIKA_PLATZHALTER).withSeverity(Katalogregeln.TYPISIERUNG_LEER, Severity.ERROR)}.
 * The rule objects are shared; the rule sets are immutable and thread-safe.
 */
public final class Katalogregeln {

    /** A required cell is empty. */
    public static final String PFLICHTFELD = "KATALOG-PFLICHTFELD";
    /** A text cell has blanks at its ends. */
    public static final String LEERZEICHEN = "KATALOG-LEERZEICHEN";
    /** The OZG-ID is not five digits, not even after harmless repairs. */
    public static final String OZG_ID_FORMAT = "KATALOG-OZG-ID-FORMAT";
    /** The OZG-ID is valid only after harmless repairs. */
    public static final String OZG_ID_BEREINIGT = "KATALOG-OZG-ID-BEREINIGT";
    /** The OZG-ID lies outside 10000-10999. */
    public static final String OZG_ID_BEREICH = "KATALOG-OZG-ID-BEREICH";
    /** The LeiKa key is not fourteen digits, not even after harmless repairs. */
    public static final String LEIKA_FORMAT = "KATALOG-LEIKA-FORMAT";
    /** The LeiKa key is valid only after harmless repairs. */
    public static final String LEIKA_BEREINIGT = "KATALOG-LEIKA-BEREINIGT";
    /** The row carries the placeholder "nicht im LeiKa". */
    public static final String LEIKA_PLATZHALTER = "KATALOG-LEIKA-PLATZHALTER";
    /** The LeiKa key does not start with 99 (a regional key). */
    public static final String LEIKA_REGIONAL = "KATALOG-LEIKA-REGIONAL";
    /** The Themenfeld is not one of the 14. */
    public static final String THEMENFELD_UNBEKANNT = "KATALOG-THEMENFELD-UNBEKANNT";
    /** The Themenfeld is spelled differently from its canonical name. */
    public static final String THEMENFELD_SCHREIBWEISE = "KATALOG-THEMENFELD-SCHREIBWEISE";
    /** The LeiKa-Typ cell holds an unknown Typisierung code. */
    public static final String TYPISIERUNG_UNBEKANNT = "KATALOG-TYPISIERUNG-UNBEKANNT";
    /** The LeiKa-Typ cell is empty. */
    public static final String TYPISIERUNG_LEER = "KATALOG-TYPISIERUNG-LEER";
    /** An SDG flag is neither 0, 1 nor empty. */
    public static final String SDG_FORMAT = "KATALOG-SDG-FORMAT";
    /** A LeiKa key occurs in two different OZG-Leistungen. */
    public static final String LEIKA_MEHRFACH = "KATALOG-LEIKA-MEHRFACH";
    /** A LeiKa key occurs twice in one OZG-Leistung with different content. */
    public static final String LEIKA_DOPPELT = "KATALOG-LEIKA-DOPPELT";
    /** One OZG-ID with different names, Themenfelder or Lebenslagen. */
    public static final String OZG_WIDERSPRUCH = "KATALOG-OZG-WIDERSPRUCH";
    /** A Lebenslage name under a second Themenfeld. */
    public static final String LEBENSLAGE_THEMENFELD = "KATALOG-LEBENSLAGE-THEMENFELD";
    /** A row repeats an earlier row exactly. */
    public static final String DUPLIKAT = "KATALOG-DUPLIKAT";
    /** The catalogue's figures differ from the programme's. */
    public static final String KENNZAHLEN = "KATALOG-KENNZAHLEN";

    /** The number of OZG-Leistungen of the programme (DOMAIN: 575). */
    public static final int PROGRAMM_OZG_LEISTUNGEN = 575;
    /** The number of Themenfelder of the programme. */
    public static final int PROGRAMM_THEMENFELDER = 14;

    private Katalogregeln() {
    }

    /** The shared rule objects, created on first use. */
    private static final class Standard {
        static final List<Regel<TableRow<Katalogspalte>>> REGELN = zeilenregeln();
        static final Regel<TableRow<Katalogspalte>> KENNZAHLEN_REGEL = kennzahlenRegel(PROGRAMM_OZG_LEISTUNGEN,
                PROGRAMM_THEMENFELDER);
        static final Regelwerk<TableRow<Katalogspalte>> REGELWERK = regelwerk(KENNZAHLEN_REGEL);
    }

    /**
     * The rule set as shipped: all rules of the package table, comparing the catalogue's figures
     * with the programme's 575 OZG-Leistungen and 14 Themenfelder.
     *
     * @return the rule set
     */
    public static Regelwerk<TableRow<Katalogspalte>> standard() {
        return Standard.REGELWERK;
    }

    /**
     * The standard rule set, with rule {@value #KENNZAHLEN} comparing against other expected figures,
     * e.g. a later state of the programme.
     *
     * @param ozgLeistungen the expected number of OZG-Leistungen, at least 0
     * @param themenfelder  the expected number of Themenfelder, at least 0
     * @return the rule set
     * @throws RegelwerkException with {@link RegelwerkViolation#INVALID_COUNT} for a negative figure
     */
    public static Regelwerk<TableRow<Katalogspalte>> withKennzahlen(int ozgLeistungen, int themenfelder) {
        if (ozgLeistungen < 0 || themenfelder < 0) {
            throw new RegelwerkException(RegelwerkViolation.INVALID_COUNT, "Kennzahlen",
                    ozgLeistungen + "/" + themenfelder, "at least 0");
        }
        return regelwerk(kennzahlenRegel(ozgLeistungen, themenfelder));
    }

    /**
     * Starts a pass that checks catalogue rows with the given rules and builds the
     * {@link OzgKatalog} of the usable ones (see the package documentation for which rows are
     * used). A reader drives it row by row; rows held in memory go in with
     * {@link TableCheck#checkAll(Iterable)}.
     *
     * @param regeln the rules, such as {@link #standard()}
     * @param stand  the Stand of the catalogue
     * @return a fresh pass
     */
    public static TableCheck<Katalogspalte, OzgKatalog> check(Regelwerk<TableRow<Katalogspalte>> regeln,
            LocalDate stand) {
        KatalogAufbau aufbau = new KatalogAufbau(stand);
        // the rules start inside TableCheck.of: those that look up LeiKa keys share the assembly's index
        return Schluesselindex.teile(aufbau.index(), () -> TableCheck.of(regeln, aufbau));
    }

    private static Regelwerk<TableRow<Katalogspalte>> regelwerk(Regel<TableRow<Katalogspalte>> kennzahlen) {
        List<Regel<TableRow<Katalogspalte>>> alle = new ArrayList<>(Standard.REGELN);
        alle.add(kennzahlen);
        return Regelwerk.of(alle);
    }

    private static Regel<TableRow<Katalogspalte>> kennzahlenRegel(int ozgLeistungen, int themenfelder) {
        return Regel.of(KENNZAHLEN, Severity.INFO,
                "Anzahl der OZG-Leistungen und Themenfelder wie im Programm (" + ozgLeistungen + " / " + themenfelder
                        + "); abweichende Zahlen sind ein Hinweis, kein Fehler",
                "Number of OZG-Leistungen and Themenfelder as in the programme (" + ozgLeistungen + " / "
                        + themenfelder + "); different figures are a note, not an error",
                () -> new Querpruefungen.Kennzahlen(ozgLeistungen, themenfelder));
    }

    private static List<Regel<TableRow<Katalogspalte>>> zeilenregeln() {
        List<Regel<TableRow<Katalogspalte>>> r = new ArrayList<>(TableRules.regeln(Severity.ERROR));
        r.add(zeilenregel(PFLICHTFELD, Severity.ERROR,
                "Themenfeld, Lebenslage, OZG-ID, OZG-Leistung, LeiKa-Schlüssel und LeiKa-Bezeichnung sind nicht leer",
                "Themenfeld, Lebenslage, OZG-ID, OZG-Leistung, LeiKa-Schlüssel and LeiKa-Bezeichnung are not empty",
                Katalogregeln::pflichtfeld));
        r.add(zeilenregel(LEERZEICHEN, Severity.WARNING,
                "Lebenslage, OZG-Leistung und LeiKa-Bezeichnung haben keine Leerzeichen am Rand",
                "Lebenslage, OZG-Leistung and LeiKa-Bezeichnung have no blanks at their ends",
                Katalogregeln::leerzeichen));
        r.add(zeilenregel(OZG_ID_FORMAT, Severity.ERROR, "Die OZG-ID besteht aus genau 5 Ziffern",
                "The OZG-ID consists of exactly 5 digits", (m, k) -> ozgIdFormat(m, k, false)));
        r.add(zeilenregel(OZG_ID_BEREINIGT, Severity.WARNING,
                "Die OZG-ID ist ohne Bereinigung gültig (keine Leerzeichen, unsichtbaren oder vollbreiten Zeichen)",
                "The OZG-ID is valid without repair (no blanks, invisible or full-width characters)",
                (m, k) -> ozgIdFormat(m, k, true)));
        r.add(zeilenregel(OZG_ID_BEREICH, Severity.WARNING,
                "Die OZG-ID liegt im üblichen Bereich 10000 bis 10999",
                "The OZG-ID lies in the usual range 10000 to 10999", Katalogregeln::ozgIdBereich));
        r.add(zeilenregel(LEIKA_FORMAT, Severity.ERROR,
                "Der LeiKa-Schlüssel besteht aus 14 Ziffern mit gültiger Struktur oder ist „nicht im LeiKa“",
                "The LeiKa key consists of 14 digits with a valid structure or is \"nicht im LeiKa\"",
                (m, k) -> leikaFormat(m, k, false)));
        r.add(zeilenregel(LEIKA_BEREINIGT, Severity.WARNING,
                "Der LeiKa-Schlüssel ist ohne Bereinigung gültig (keine Leerzeichen, unsichtbaren oder vollbreiten Zeichen)",
                "The LeiKa key is valid without repair (no blanks, invisible or full-width characters)",
                (m, k) -> leikaFormat(m, k, true)));
        r.add(zeilenregel(LEIKA_PLATZHALTER, Severity.INFO,
                "Zeilen mit dem Platzhalter „nicht im LeiKa“ werden gezählt: eine Leistung ohne Schlüssel, kein Fehler",
                "Rows with the placeholder \"nicht im LeiKa\" are counted: a service without key, not an error",
                Katalogregeln::platzhalter));
        r.add(zeilenregel(LEIKA_REGIONAL, Severity.INFO,
                "LeiKa-Schlüssel außerhalb des Bundeskatalogs (nicht mit 99 beginnend) werden vermerkt",
                "LeiKa keys outside the Bund catalogue (not starting with 99) are noted", Katalogregeln::regional));
        r.add(zeilenregel(THEMENFELD_UNBEKANNT, Severity.ERROR,
                "Das Themenfeld ist eines der 14 Themenfelder", "The Themenfeld is one of the 14 Themenfelder",
                Katalogregeln::themenfeldUnbekannt));
        r.add(Regel.of(THEMENFELD_SCHREIBWEISE, Severity.INFO,
                "Das Themenfeld ist kanonisch geschrieben (gemeldet einmal je abweichender Schreibweise)",
                "The Themenfeld is spelled canonically (reported once per variant spelling)",
                Querpruefungen.Schreibweise::new));
        r.add(zeilenregel(TYPISIERUNG_UNBEKANNT, Severity.ERROR,
                "Die Zelle LeiKa-Typ enthält nur Typisierungs-Codes der FIM-Codeliste, getrennt durch Komma oder Semikolon",
                "The LeiKa-Typ cell holds only Typisierung codes of the FIM code list, separated by comma or semicolon",
                Katalogregeln::typisierungUnbekannt));
        r.add(zeilenregel(TYPISIERUNG_LEER, Severity.WARNING, "Die Zelle LeiKa-Typ ist nicht leer",
                "The LeiKa-Typ cell is not empty", Katalogregeln::typisierungLeer));
        r.add(zeilenregel(SDG_FORMAT, Severity.ERROR,
                "SDG1-Relevanz und SDG2-Relevanz sind 0, 1 oder leer",
                "SDG1-Relevanz and SDG2-Relevanz are 0, 1 or empty", Katalogregeln::sdg));
        r.add(Regel.of(LEIKA_MEHRFACH, Severity.ERROR,
                "Ein LeiKa-Schlüssel gehört zu genau einer OZG-Leistung",
                "A LeiKa key belongs to exactly one OZG-Leistung", Querpruefungen.Mehrfach::new));
        r.add(Regel.of(LEIKA_DOPPELT, Severity.ERROR,
                "Eine OZG-Leistung führt einen LeiKa-Schlüssel nicht zweimal mit verschiedenem Inhalt",
                "An OZG-Leistung does not list one LeiKa key twice with different content",
                Querpruefungen.Doppelt::new));
        r.add(Regel.of(OZG_WIDERSPRUCH, Severity.ERROR,
                "Alle Zeilen einer OZG-ID nennen dieselbe OZG-Leistung, dasselbe Themenfeld und dieselbe Lebenslage",
                "All rows of one OZG-ID give the same OZG-Leistung, Themenfeld and Lebenslage",
                Querpruefungen.Widerspruch::new));
        r.add(Regel.of(LEBENSLAGE_THEMENFELD, Severity.WARNING,
                "Eine Lebenslage steht unter nur einem Themenfeld (sonst wird die seltenere Zuordnung gemeldet)",
                "A Lebenslage is listed under one Themenfeld only (otherwise the rarer assignment is reported)",
                Querpruefungen.LebenslageThemenfeld::new));
        r.add(Regel.of(DUPLIKAT, Severity.WARNING, "Keine Zeile wiederholt eine frühere Zeile genau",
                "No row repeats an earlier row exactly", Querpruefungen.Duplikat::new));
        return List.copyOf(r);
    }

    // ---- per-row checks -------------------------------------------------------------------

    /**
     * A stateless rule that reads the row through the memo of {@link Zellen}: a fresh check per run
     * holds its way to the memo, so that the twenty rules of a row parse each cell once.
     */
    private static Regel<TableRow<Katalogspalte>> zeilenregel(String id, Severity severity, String beschreibungDe,
            String beschreibungEn, BiConsumer<Zellen.Zeile, Kontext> pruefung) {
        return Regel.of(id, severity, beschreibungDe, beschreibungEn, () -> new Zeilenpruefung(pruefung));
    }

    /** One run of a rule made by {@link #zeilenregel}. */
    private static final class Zeilenpruefung implements Pruefung<TableRow<Katalogspalte>> {
        private final Zellen.Zugang zugang = new Zellen.Zugang();
        private final BiConsumer<Zellen.Zeile, Kontext> pruefung;

        Zeilenpruefung(BiConsumer<Zellen.Zeile, Kontext> pruefung) {
            this.pruefung = pruefung;
        }

        @Override
        public void check(TableRow<Katalogspalte> z, Kontext k) {
            pruefung.accept(zugang.zeile(z), k);
        }
    }

    /** The required columns checked for blank cells (Typisierung has its own rule); read per row, so held once. */
    private static final Katalogspalte[] PFLICHT_OHNE_TYP = Arrays.stream(Katalogspalte.values())
            .filter(s -> s.isRequired() && s != Katalogspalte.LEIKA_TYP).toArray(Katalogspalte[]::new);

    private static final Katalogspalte[] SDG_SPALTEN = {Katalogspalte.SDG1, Katalogspalte.SDG2};

    private static void pflichtfeld(Zellen.Zeile m, Kontext k) {
        for (Katalogspalte s : PFLICHT_OHNE_TYP) {
            if (m.isLeer(s)) {
                TableRow<Katalogspalte> z = m.row();
                String name = z.columnName(s);
                k.befund().fundstelle(z.fundstelle(s)).wert(z.rawCell(s)).report(
                        "Die Pflichtspalte „" + name + "“ ist leer", "The required column '" + name + "' is empty");
            }
        }
    }

    private static final Katalogspalte[] TEXTSPALTEN = {Katalogspalte.LEBENSLAGE, Katalogspalte.OZG_LEISTUNG,
            Katalogspalte.LEIKA_BEZEICHNUNG};

    private static void leerzeichen(Zellen.Zeile m, Kontext k) {
        for (Katalogspalte s : TEXTSPALTEN) {
            String bereinigt = m.text(s);
            String roh = m.roh(s);
            // strip gives the cell itself when it has no blanks at its ends
            if (bereinigt != null && bereinigt != roh) {
                TableRow<Katalogspalte> z = m.row();
                String name = z.columnName(s);
                k.befund().fundstelle(z.fundstelle(s)).wert(roh).report(
                        "„" + name + "“ hat Leerzeichen am Rand; verwendet wird " + quote(bereinigt),
                        "'" + name + "' has blanks at its ends; used as " + quote(bereinigt));
            }
        }
    }

    private static void ozgIdFormat(Zellen.Zeile m, Kontext k, boolean bereinigt) {
        if (m.ozgZustand() != Zellen.ANDERS) {
            return;
        }
        TableRow<Katalogspalte> z = m.row();
        String roh = z.rawCell(Katalogspalte.OZG_ID);
        Normalisierung<OzgId> n = m.ozgNormalisierung();
        String spalte = z.columnName(Katalogspalte.OZG_ID);
        if (n.isErfolgreich() && bereinigt) {
            String[] a = Zellen.aenderungen(n);
            k.befund().fundstelle(z.fundstelle(Katalogspalte.OZG_ID)).gegenstand(n.orElseThrow().toString()).wert(roh)
                    .report("Die OZG-ID in „" + spalte + "“ ist erst nach Bereinigung gültig (" + a[0] + "): "
                                    + quote(n.orElseThrow().toString()),
                            "The OZG-ID in '" + spalte + "' is valid only after repair (" + a[1] + "): "
                                    + quote(n.orElseThrow().toString()));
        } else if (!n.isErfolgreich() && !bereinigt) {
            String b = n.bereinigt().orElse(roh);
            k.befund().fundstelle(z.fundstelle(Katalogspalte.OZG_ID)).wert(roh).report(
                    "Die OZG-ID in „" + spalte + "“ muss aus genau 5 Ziffern bestehen, war " + quote(roh) + " ("
                            + beschreibe(n, b, 5) + ")",
                    Zellen.fehlerEn(n));
        }
    }

    private static String beschreibe(Normalisierung<?> n, String bereinigt, int laenge) {
        IdFormatViolation v = n.fehler().map(IdFormatException::violation).orElse(IdFormatViolation.NON_DIGIT);
        switch (v) {
            case WRONG_LENGTH:
                return Zellen.laenge(bereinigt) + " statt " + laenge + " Ziffern";
            case INVALID_STRUCTURE:
                return "Verrichtungsdetail (Stellen 12-14) ohne Verrichtung (Stellen 9-11 sind 000)";
            case NON_DIGIT:
                return "enthält Zeichen, die keine Ziffern 0-9 sind";
            default:
                return "ungültig";
        }
    }

    private static void ozgIdBereich(Zellen.Zeile m, Kontext k) {
        OzgId id = m.ozgId();
        if (id != null && !id.isImUeblichenBereich()) {
            TableRow<Katalogspalte> z = m.row();
            String spalte = z.columnName(Katalogspalte.OZG_ID);
            k.befund().fundstelle(z.fundstelle(Katalogspalte.OZG_ID)).gegenstand(id.toString())
                    .wert(z.rawCell(Katalogspalte.OZG_ID)).report(
                            "Die OZG-ID in „" + spalte + "“ liegt außerhalb des üblichen Bereichs 10000-10999: " + id,
                            "The OZG-ID in '" + spalte + "' lies outside the usual range 10000-10999: " + id);
        }
    }

    private static void leikaFormat(Zellen.Zeile m, Kontext k, boolean bereinigt) {
        if (m.leikaZustand() != Zellen.ANDERS) {
            return;
        }
        TableRow<Katalogspalte> z = m.row();
        String roh = z.rawCell(Katalogspalte.LEIKA_SCHLUESSEL);
        Normalisierung<Leistungsschluessel> n = m.leikaNormalisierung();
        String spalte = z.columnName(Katalogspalte.LEIKA_SCHLUESSEL);
        if (n.isErfolgreich() && bereinigt) {
            String[] a = Zellen.aenderungen(n);
            String wert = n.orElseThrow().toString();
            k.befund().fundstelle(z.fundstelle(Katalogspalte.LEIKA_SCHLUESSEL)).gegenstand(wert).wert(roh).report(
                    "Der LeiKa-Schlüssel in „" + spalte + "“ ist erst nach Bereinigung gültig (" + a[0] + "): "
                            + quote(wert),
                    "The LeiKa key in '" + spalte + "' is valid only after repair (" + a[1] + "): " + quote(wert));
        } else if (!n.isErfolgreich() && !bereinigt) {
            String b = n.bereinigt().orElse(roh);
            k.befund().fundstelle(z.fundstelle(Katalogspalte.LEIKA_SCHLUESSEL)).wert(roh).report(
                    "Der LeiKa-Schlüssel in „" + spalte + "“ muss aus genau 14 Ziffern bestehen oder „nicht im LeiKa“"
                            + " lauten, war " + quote(roh) + " (" + beschreibe(n, b, 14) + ")",
                    Zellen.fehlerEn(n));
        }
    }

    private static void platzhalter(Zellen.Zeile m, Kontext k) {
        if (m.isPlatzhalter()) {
            TableRow<Katalogspalte> z = m.row();
            k.befund().fundstelle(z.fundstelle(Katalogspalte.LEIKA_SCHLUESSEL)).wert(z.rawCell(Katalogspalte.LEIKA_SCHLUESSEL))
                    .gegenstand(Texte.strip(String.valueOf(z.rawCell(Katalogspalte.OZG_ID)))).report(
                            "Leistung ohne LeiKa-Schlüssel („nicht im LeiKa“): "
                                    + quote(String.valueOf(z.rawCell(Katalogspalte.LEIKA_BEZEICHNUNG))),
                            "Service without LeiKa key (\"nicht im LeiKa\"): "
                                    + quote(String.valueOf(z.rawCell(Katalogspalte.LEIKA_BEZEICHNUNG))));
        }
    }

    private static void regional(Zellen.Zeile m, Kontext k) {
        Leistungsschluessel s = m.schluessel();
        if (s != null && !s.isBundeskatalog()) {
            TableRow<Katalogspalte> z = m.row();
            String text = s.toString();
            k.befund().fundstelle(z.fundstelle(Katalogspalte.LEIKA_SCHLUESSEL)).gegenstand(text)
                    .wert(z.rawCell(Katalogspalte.LEIKA_SCHLUESSEL)).report(
                            "Der LeiKa-Schlüssel stammt nicht aus dem Bundeskatalog (beginnt nicht mit 99): " + text,
                            "The LeiKa key is not from the Bund catalogue (does not start with 99): " + text);
        }
    }

    private static void themenfeldUnbekannt(Zellen.Zeile m, Kontext k) {
        if (m.text(Katalogspalte.THEMENFELD) != null && m.themenfeld() == null) {
            TableRow<Katalogspalte> z = m.row();
            String roh = z.rawCell(Katalogspalte.THEMENFELD);
            String spalte = z.columnName(Katalogspalte.THEMENFELD);
            k.befund().fundstelle(z.fundstelle(Katalogspalte.THEMENFELD)).wert(roh).report(
                    "„" + spalte + "“ nennt kein bekanntes Themenfeld: " + quote(roh)
                            + "; erwartet wird eines der 14 Themenfelder, etwa „Familie & Kind“",
                    "'" + spalte + "' names no known Themenfeld: " + quote(roh)
                            + "; expected one of the 14 Themenfelder, such as 'Familie & Kind'");
        }
    }

    private static void typisierungUnbekannt(Zellen.Zeile m, Kontext k) {
        // parsed once per row for all rules and the assembly; parsed again only for the message
        if (m.text(Katalogspalte.LEIKA_TYP) == null || m.typisierung() != null) {
            return;
        }
        TableRow<Katalogspalte> z = m.row();
        String roh = z.rawCell(Katalogspalte.LEIKA_TYP);
        try {
            Typisierung.parseMenge(roh);
        } catch (UnknownReferenceException e) {
            String spalte = z.columnName(Katalogspalte.LEIKA_TYP);
            String teil = e.actualValue().orElse(roh);
            k.befund().fundstelle(z.fundstelle(Katalogspalte.LEIKA_TYP)).wert(roh).report(
                    "„" + spalte + "“ enthält den unbekannten Typisierungs-Code " + quote(teil)
                            + "; erlaubt sind 1, 2, 2a, 2b, 3, 3a, 3b, 2/3, 2/3a, 2/3b, 4, 4a, 4b, 5 bis 12,"
                            + " getrennt durch Komma oder Semikolon",
                    "'" + spalte + "' holds the unknown Typisierung code " + quote(teil) + ": " + e.getMessage());
        }
    }

    private static void typisierungLeer(Zellen.Zeile m, Kontext k) {
        if (m.isLeer(Katalogspalte.LEIKA_TYP)) {
            TableRow<Katalogspalte> z = m.row();
            String spalte = z.columnName(Katalogspalte.LEIKA_TYP);
            k.befund().fundstelle(z.fundstelle(Katalogspalte.LEIKA_TYP)).wert(z.rawCell(Katalogspalte.LEIKA_TYP))
                    .gegenstand(Texte.strip(String.valueOf(z.rawCell(Katalogspalte.LEIKA_SCHLUESSEL)))).report(
                            "„" + spalte + "“ ist leer: die Leistung hat keine Typisierung und fehlt daher in"
                                    + " Auswertungen nach Vollzugsebene",
                            "'" + spalte + "' is empty: the service has no Typisierung and is therefore missing from"
                                    + " evaluations by executing level");
        }
    }

    private static void sdg(Zellen.Zeile m, Kontext k) {
        for (Katalogspalte s : SDG_SPALTEN) {
            if (m.sdg(s) == null) {
                TableRow<Katalogspalte> z = m.row();
                String spalte = z.columnName(s);
                String roh = z.rawCell(s);
                k.befund().fundstelle(z.fundstelle(s)).wert(roh).report(
                        "„" + spalte + "“ muss 0, 1 oder leer sein, war " + quote(roh),
                        "'" + spalte + "' must be 0, 1 or empty, was " + quote(roh));
            }
        }
    }
}
