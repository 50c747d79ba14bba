package de.ozg.json;

import de.ozg.core.OzgException;
import de.ozg.core.id.Ars;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Flaechendeckung;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.table.TableColumn;
import de.ozg.core.table.TableHeader;
import de.ozg.core.table.TableRow;
import de.ozg.core.table.TableRules;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.Severity;
import de.ozg.core.validation.TechnischerFehler;
import de.ozg.json.csv.CsvReadOptions;
import de.ozg.json.csv.internal.TableReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The OZG-Dashboard's flat CSV export of status rows: one row per LeiKa key × ARS, read by
 * {@link UmsetzungsstandReader#csv} and written by {@link UmsetzungsstandWriter#csv}.
 *
 * <p>Columns (header names are matched tolerantly, any order, {@code ,} {@code ;} or TAB, with or
 * without a UTF-8 byte order mark): {@code leika_key}, {@code ars}, {@code online_status},
 * {@code datenstand} are required; {@code leika_name}, {@code ars_name}, {@code bundesland},
 * {@code ozgid}, {@code ozg_bezeichnung}, {@code url}, {@code aktiv}, {@code art_flaechendeckung}
 * are optional, and {@code reifegrad} ({@code V1:3}) is this library's addition, since the dashboard
 * export has no Reifegrad. Values: {@code online_status} is {@code ok} or {@code nicht ok};
 * {@code aktiv} is {@code ja}/{@code nein} (written) or {@code true}/{@code false} (also read), any
 * case, and an empty cell or missing column means active; {@code datenstand} is ISO
 * {@code yyyy-mm-dd} (written) or German {@code dd.mm.yyyy} (also read); {@code art_flaechendeckung}
 * is the dashboard text or its code. Keys are read strictly as text — {@code 1001000} is not the
 * ARS of Flensburg. The name columns are not part of {@link Umsetzungsstand}: they are ignored on
 * reading and written empty; {@code bundesland} is checked against the ARS (a warning) and written
 * as the Land's name.
 *
 * <p>The records are read by the library's one table reader: lines that are empty or hold only
 * blanks and tabs (and rows of empty cells) are skipped and not counted, as in JSON Lines; a record
 * broken by its syntax or over the reader's limits (an unclosed quote, text after a closing quote, a
 * cell of more than a million characters) is skipped with one finding of a {@code CSV-…} rule of
 * {@link TableRules} and counted among the rows read and the bad rows, and reading goes on after it.
 * Header problems and rows with fewer or more cells than the header are reported with the same rule
 * ids; undecodable bytes end the reading with a {@link Statusbefunde#KODIERUNG} finding.
 *
 * <p>Constants only; immutable and thread-safe.
 */
public final class UmsetzungsstandCsv {

    /** The columns in the order {@link UmsetzungsstandWriter#csv} writes them. */
    public static final List<String> SPALTEN = List.of("leika_key", "leika_name", "ars", "ars_name", "bundesland",
            "ozgid", "ozg_bezeichnung", "url", "online_status", "aktiv", "art_flaechendeckung", "datenstand",
            "reifegrad");

    /** The key columns, always quoted when written so that importers keep them as text. */
    static final String[] SCHLUESSELSPALTEN = {"leika_key", "ars", "ozgid"};

    /** The columns of the export, with the other names exports give them. */
    enum Spalte implements TableColumn {
        LEIKA_KEY("leika_key", true, "leika_schluessel", "LeiKa-Schlüssel", "Leistungsschlüssel"),
        LEIKA_NAME("leika_name", false),
        ARS("ars", true, "Regionalschlüssel", "ars_schluessel"),
        ARS_NAME("ars_name", false),
        BUNDESLAND("bundesland", false, "land"),
        OZGID("ozgid", false, "ozg_id", "OZG-ID"),
        OZG_BEZEICHNUNG("ozg_bezeichnung", false),
        URL("url", false, "link"),
        ONLINE("online_status", true, "online"),
        AKTIV("aktiv", false),
        KLASSE("art_flaechendeckung", false, "flaechendeckung"),
        DATENSTAND("datenstand", true, "stichtag"),
        REIFEGRAD("reifegrad", false);

        private final String bezeichnung;
        private final boolean pflicht;
        private final List<String> aliases;

        Spalte(String bezeichnung, boolean pflicht, String... aliases) {
            this.bezeichnung = bezeichnung;
            this.pflicht = pflicht;
            this.aliases = List.of(aliases);
        }

        @Override
        public String bezeichnung() {
            return bezeichnung;
        }

        @Override
        public List<String> aliases() {
            return aliases;
        }

        @Override
        public boolean isPflicht() {
            return pflicht;
        }
    }

    private UmsetzungsstandCsv() {
    }

    /**
     * The CSV form as an input of {@link UmsetzungsstandReader}: the records come from the table
     * reader, which reports syntax problems (rules {@code CSV-…} of {@link TableRules}) and rejects
     * broken records; this class checks the values of each row.
     */
    static final class Leser extends UmsetzungsstandReader.Quelle implements TableReader.Listener {
        private final InputStream in;
        private final Datumscache daten = new Datumscache(true);
        private final java.nio.charset.Charset zeichensatz;
        private TableReader<Spalte> csv;
        private TableRow<Spalte> r;
        private boolean fehler;

        Leser(InputStream in, java.nio.charset.Charset zeichensatz) {
            this.in = in;
            this.zeichensatz = zeichensatz;
        }

        @Override
        Umsetzungsstand naechste() throws IOException {
            if (csv == null) {
                csv = TableReader.open(in, Spalte.class, CsvReadOptions.defaults().withCharset(zeichensatz), null,
                        this);
                if (csv.header().isEmpty()) {
                    return null;
                }
                TableHeader<Spalte> kopf = csv.header().get();
                TableRules.checkHeader(kopf, this::report);
                if (!kopf.missingRequired().isEmpty()) {
                    csv.close();
                    return null;
                }
            }
            while (csv.hasNext()) {
                r = csv.next();
                TableRules.checkCells(r, Severity.WARNING, this::report);
                Umsetzungsstand s = zeile();
                reader.zeile(s != null);
                if (s != null) {
                    return s;
                }
            }
            return null;
        }

        @Override
        public void report(Befund befund) {
            reader.melde(befund.regelId(), befund.severity(), befund.fundstelle(), befund.wert().orElse(null),
                    befund.meldungDe(), befund.meldungEn());
        }

        @Override
        public void reject(Befund befund) {
            reader.zeile(false);
            report(befund);
        }

        /** Undecodable bytes end the reading; reported like the JSON readers' encoding findings. */
        @Override
        public void report(TechnischerFehler fehler) {
            reader.melde(Statusbefunde.KODIERUNG, Severity.ERROR, fehler.fundstelle(), null, fehler.meldungDe(),
                    fehler.meldungEn());
        }

        private Umsetzungsstand zeile() {
            fehler = false;
            Leistungsschluessel key = id(Spalte.LEIKA_KEY, Statusbefunde.SCHLUESSEL_FORMAT,
                    Leistungsschluessel::isValid, Leistungsschluessel::parse, true);
            Ars ars = id(Spalte.ARS, Statusbefunde.ARS_FORMAT, Ars::isValid, Ars::parse, true);
            OzgId ozgId = id(Spalte.OZGID, Statusbefunde.OZGID_FORMAT, OzgId::isValid, OzgId::parse, false);
            String online = token(zelle(Spalte.ONLINE));
            boolean istOnline = "ok".equals(online);
            if (!istOnline && !"nicht ok".equals(online)) {
                melde(Statusbefunde.ONLINE_WERT, Severity.ERROR, Spalte.ONLINE, zelle(Spalte.ONLINE),
                        "online_status muss 'ok' oder 'nicht ok' sein", "online_status must be 'ok' or 'nicht ok'");
            }
            String aktivText = token(zelle(Spalte.AKTIV));
            boolean aktiv = true;
            if ("nein".equals(aktivText) || "false".equals(aktivText)) {
                aktiv = false;
            } else if (!aktivText.isEmpty() && !"ja".equals(aktivText) && !"true".equals(aktivText)) {
                melde(Statusbefunde.AKTIV_WERT, Severity.ERROR, Spalte.AKTIV, zelle(Spalte.AKTIV),
                        "aktiv muss ja, nein, true oder false sein", "aktiv must be ja, nein, true or false");
            }
            String datum = zelle(Spalte.DATENSTAND);
            LocalDate stichtag = datum.isEmpty() ? null : daten.get(datum);
            if (stichtag == null) {
                melde(Statusbefunde.STICHTAG_FORMAT, Severity.ERROR, Spalte.DATENSTAND, datum,
                        "datenstand muss ein Datum JJJJ-MM-TT oder TT.MM.JJJJ sein",
                        "datenstand must be a date yyyy-mm-dd or dd.mm.yyyy");
            }
            String klasseText = zelle(Spalte.KLASSE);
            Flaechendeckung klasse = null;
            if (!klasseText.isBlank()) {
                klasse = Flaechendeckung.find(klasseText).orElse(null);
                if (klasse == null) {
                    melde(Statusbefunde.FLAECHENDECKUNG_UNBEKANNT, Severity.ERROR, Spalte.KLASSE, klasseText,
                            "art_flaechendeckung ist keine Klasse des Dashboards",
                            "art_flaechendeckung is not a class of the dashboard");
                }
            }
            String reifeText = zelle(Spalte.REIFEGRAD);
            Reifegrad reifegrad = null;
            if (!reifeText.isEmpty()) {
                try {
                    reifegrad = Reifegrad.parse(reifeText);
                } catch (OzgException e) {
                    melde(Statusbefunde.REIFEGRAD_UNBEKANNT, Severity.ERROR, Spalte.REIFEGRAD, reifeText,
                            "reifegrad ist unbekannt (erwartet: " + e.expectedForm() + ")", "reifegrad: " + e.getMessage());
                }
            }
            String land = zelle(Spalte.BUNDESLAND);
            if (ars != null && !land.isBlank()) {
                Optional<Bundesland> genannt = Bundesland.find(land);
                if (genannt.isPresent() && ars.land().isPresent() && genannt.get() != ars.land().get()) {
                    melde(Statusbefunde.BUNDESLAND_ABWEICHEND, Severity.WARNING, Spalte.BUNDESLAND, land,
                            "bundesland passt nicht zum ARS " + ars + " (" + ars.land().get().bezeichnung() + ")",
                            "bundesland does not match ARS " + ars + " (" + ars.land().get().bezeichnung() + ")");
                }
            }
            if (fehler) {
                return null;
            }
            String url = zelle(Spalte.URL);
            return Umsetzungsstand.builder().schluessel(key).ars(ars).stichtag(stichtag).online(istOnline).aktiv(aktiv)
                    .reifegrad(reifegrad).url(url.isBlank() ? null : url).flaechendeckung(klasse).ozgId(ozgId).build();
        }

        private <T> T id(Spalte spalte, String regel, Predicate<CharSequence> valid, Function<CharSequence, T> parse,
                boolean pflicht) {
            String text = zelle(spalte);
            if (valid.test(text)) {
                return parse.apply(text);
            }
            if (text.isEmpty() && !pflicht) {
                return null;
            }
            try {
                parse.apply(text);
            } catch (OzgException e) {
                melde(regel, Severity.ERROR, spalte, text, "ungültiger Wert (erwartet: " + e.expectedForm() + ")",
                        e.getMessage());
            }
            return null;
        }

        /** The cell as written, or the empty string when the column or the cell is missing. */
        private String zelle(Spalte spalte) {
            String c = r.rawCell(spalte);
            return c == null ? "" : c;
        }

        private static String token(String s) {
            return s.strip().toLowerCase(Locale.ROOT);
        }

        private void melde(String regel, Severity severity, Spalte spalte, String wert, String de, String en) {
            if (severity == Severity.ERROR) {
                fehler = true;
            }
            long zeile = r.line();
            boolean benannt = r.header().has(spalte);
            String name = r.columnName(spalte);
            Fundstelle wo = benannt && !name.isBlank() ? Fundstelle.zeile(zeile, name) : Fundstelle.zeile(zeile);
            String vorsatz = benannt ? name + ": " : "";
            reader.melde(regel, severity, wo, wert, "Zeile " + zeile + ", " + vorsatz + de + ", war "
                    + OzgException.quote(wert), "Line " + zeile + ", " + vorsatz + en + ", was " + OzgException.quote(wert));
        }

        @Override
        void close() throws IOException {
            if (csv != null) {
                csv.close();
            }
            in.close();
        }
    }
}
