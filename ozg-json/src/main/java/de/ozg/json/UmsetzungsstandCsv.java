package de.ozg.json;

import de.ozg.core.OzgException;
import de.ozg.core.id.Ars;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Flaechendeckung;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.Severity;
import de.ozg.json.csv.CsvProblem;
import de.ozg.json.csv.CsvReader;
import de.ozg.json.csv.CsvRecord;
import de.ozg.json.csv.Spalte;
import de.ozg.json.csv.Spaltenschema;
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
 * <p>Constants only; immutable and thread-safe.
 */
public final class UmsetzungsstandCsv {

    /** The columns in the order {@link UmsetzungsstandWriter#csv} writes them. */
    public static final List<String> SPALTEN = List.of("leika_key", "leika_name", "ars", "ars_name", "bundesland",
            "ozgid", "ozg_bezeichnung", "url", "online_status", "aktiv", "art_flaechendeckung", "datenstand",
            "reifegrad");

    /** The key columns, always quoted when written so that importers keep them as text. */
    static final String[] SCHLUESSELSPALTEN = {"leika_key", "ars", "ozgid"};

    private static final Spalte LEIKA_KEY = Spalte.required("leika_key", "leika_schluessel", "LeiKa-Schlüssel",
            "Leistungsschlüssel");
    private static final Spalte ARS = Spalte.required("ars", "Regionalschlüssel", "ars_schluessel");
    private static final Spalte ONLINE = Spalte.required("online_status", "online");
    private static final Spalte DATENSTAND = Spalte.required("datenstand", "stichtag");
    private static final Spalte BUNDESLAND = Spalte.optional("bundesland", "land");
    private static final Spalte OZGID = Spalte.optional("ozgid", "ozg_id", "OZG-ID");
    private static final Spalte URL = Spalte.optional("url", "link");
    private static final Spalte AKTIV = Spalte.optional("aktiv");
    private static final Spalte KLASSE = Spalte.optional("art_flaechendeckung", "flaechendeckung");
    private static final Spalte REIFEGRAD = Spalte.optional("reifegrad");
    private static final Spaltenschema SCHEMA = Spaltenschema.of(LEIKA_KEY, Spalte.optional("leika_name"), ARS,
            Spalte.optional("ars_name"), BUNDESLAND, OZGID, Spalte.optional("ozg_bezeichnung"), URL, ONLINE, AKTIV,
            KLASSE, DATENSTAND, REIFEGRAD);

    private UmsetzungsstandCsv() {
    }

    /** The CSV form as an input of {@link UmsetzungsstandReader}. */
    static final class Leser extends UmsetzungsstandReader.Quelle {
        private final InputStream in;
        private final Datumscache daten = new Datumscache(true);
        private CsvReader csv;
        private int gemeldet;
        private int iKey;
        private int iArs;
        private int iOnline;
        private int iDatum;
        private int iLand;
        private int iOzgId;
        private int iUrl;
        private int iAktiv;
        private int iKlasse;
        private int iReifegrad;
        private long zeile;
        private boolean fehler;

        private final java.nio.charset.Charset zeichensatz;

        Leser(InputStream in, java.nio.charset.Charset zeichensatz) {
            this.in = in;
            this.zeichensatz = zeichensatz;
        }

        @Override
        Umsetzungsstand naechste() throws IOException {
            if (csv == null) {
                csv = CsvReader.open(in, SCHEMA, de.ozg.json.csv.CsvReadOptions.defaults().withCharset(zeichensatz));
                if (!csv.header().isComplete()) {
                    meldeProbleme();
                    return null;
                }
                iKey = index(LEIKA_KEY);
                iArs = index(ARS);
                iOnline = index(ONLINE);
                iDatum = index(DATENSTAND);
                iLand = index(BUNDESLAND);
                iOzgId = index(OZGID);
                iUrl = index(URL);
                iAktiv = index(AKTIV);
                iKlasse = index(KLASSE);
                iReifegrad = index(REIFEGRAD);
            }
            while (csv.hasNext()) {
                CsvRecord r = csv.next();
                meldeProbleme();
                Umsetzungsstand s = zeile(r);
                reader.zeile(s != null);
                if (s != null) {
                    return s;
                }
            }
            meldeProbleme();
            return null;
        }

        private int index(Spalte spalte) {
            return csv.header().index(spalte).orElse(-1);
        }

        private Umsetzungsstand zeile(CsvRecord r) {
            zeile = r.line();
            fehler = false;
            Leistungsschluessel key = id(r, iKey, Statusbefunde.SCHLUESSEL_FORMAT, Leistungsschluessel::isValid,
                    Leistungsschluessel::parse, true);
            Ars ars = id(r, iArs, Statusbefunde.ARS_FORMAT, Ars::isValid, Ars::parse, true);
            OzgId ozgId = id(r, iOzgId, Statusbefunde.OZGID_FORMAT, OzgId::isValid, OzgId::parse, false);
            String online = token(zelle(r, iOnline));
            boolean istOnline = "ok".equals(online);
            if (!istOnline && !"nicht ok".equals(online)) {
                melde(Statusbefunde.ONLINE_WERT, Severity.ERROR, iOnline, zelle(r, iOnline),
                        "online_status muss 'ok' oder 'nicht ok' sein", "online_status must be 'ok' or 'nicht ok'");
            }
            String aktivText = token(zelle(r, iAktiv));
            boolean aktiv = true;
            if ("nein".equals(aktivText) || "false".equals(aktivText)) {
                aktiv = false;
            } else if (!aktivText.isEmpty() && !"ja".equals(aktivText) && !"true".equals(aktivText)) {
                melde(Statusbefunde.AKTIV_WERT, Severity.ERROR, iAktiv, zelle(r, iAktiv),
                        "aktiv muss ja, nein, true oder false sein", "aktiv must be ja, nein, true or false");
            }
            String datum = zelle(r, iDatum);
            LocalDate stichtag = datum.isEmpty() ? null : daten.get(datum);
            if (stichtag == null) {
                melde(Statusbefunde.STICHTAG_FORMAT, Severity.ERROR, iDatum, datum,
                        "datenstand muss ein Datum JJJJ-MM-TT oder TT.MM.JJJJ sein",
                        "datenstand must be a date yyyy-mm-dd or dd.mm.yyyy");
            }
            String klasseText = zelle(r, iKlasse);
            Flaechendeckung klasse = null;
            if (!klasseText.isBlank()) {
                klasse = Flaechendeckung.find(klasseText).orElse(null);
                if (klasse == null) {
                    melde(Statusbefunde.FLAECHENDECKUNG_UNBEKANNT, Severity.ERROR, iKlasse, klasseText,
                            "art_flaechendeckung ist keine Klasse des Dashboards",
                            "art_flaechendeckung is not a class of the dashboard");
                }
            }
            String reifeText = zelle(r, iReifegrad);
            Reifegrad reifegrad = null;
            if (!reifeText.isEmpty()) {
                try {
                    reifegrad = Reifegrad.parse(reifeText);
                } catch (OzgException e) {
                    melde(Statusbefunde.REIFEGRAD_UNBEKANNT, Severity.ERROR, iReifegrad, reifeText,
                            "reifegrad ist unbekannt (erwartet: " + e.expectedForm() + ")", "reifegrad: " + e.getMessage());
                }
            }
            String land = zelle(r, iLand);
            if (ars != null && !land.isBlank()) {
                Optional<Bundesland> genannt = Bundesland.find(land);
                if (genannt.isPresent() && ars.land().isPresent() && genannt.get() != ars.land().get()) {
                    melde(Statusbefunde.BUNDESLAND_ABWEICHEND, Severity.WARNING, iLand, land,
                            "bundesland passt nicht zum ARS " + ars + " (" + ars.land().get().bezeichnung() + ")",
                            "bundesland does not match ARS " + ars + " (" + ars.land().get().bezeichnung() + ")");
                }
            }
            if (fehler) {
                return null;
            }
            String url = zelle(r, iUrl);
            return Umsetzungsstand.builder().schluessel(key).ars(ars).stichtag(stichtag).online(istOnline).aktiv(aktiv)
                    .reifegrad(reifegrad).url(url.isBlank() ? null : url).flaechendeckung(klasse).ozgId(ozgId).build();
        }

        private <T> T id(CsvRecord r, int index, String regel, Predicate<CharSequence> valid,
                Function<CharSequence, T> parse, boolean pflicht) {
            String text = zelle(r, index);
            if (valid.test(text)) {
                return parse.apply(text);
            }
            if (text.isEmpty() && !pflicht) {
                return null;
            }
            try {
                parse.apply(text);
            } catch (OzgException e) {
                melde(regel, Severity.ERROR, index, text, "ungültiger Wert (erwartet: " + e.expectedForm() + ")",
                        e.getMessage());
            }
            return null;
        }

        private static String zelle(CsvRecord r, int index) {
            return index < 0 || index >= r.cellCount() ? "" : r.cell(index);
        }

        private static String token(String s) {
            return s.strip().toLowerCase(Locale.ROOT);
        }

        private void melde(String regel, Severity severity, int index, String wert, String de, String en) {
            if (severity == Severity.ERROR) {
                fehler = true;
            }
            String spalte = index < 0 ? null : csv.header().header().get(index);
            Fundstelle wo = spalte == null || spalte.isBlank() ? Fundstelle.zeile(zeile) : Fundstelle.zeile(zeile, spalte);
            String name = spalte == null ? "" : spalte + ": ";
            reader.melde(regel, severity, wo, wert, "Zeile " + zeile + ", " + name + de + ", war "
                    + OzgException.quote(wert), "Line " + zeile + ", " + name + en + ", was " + OzgException.quote(wert));
        }

        private void meldeProbleme() {
            List<CsvProblem> probleme = csv.problems();
            for (; gemeldet < probleme.size(); gemeldet++) {
                CsvProblem p = probleme.get(gemeldet);
                boolean schwer = p.isFatal() || p.kind() == CsvProblem.Kind.MALFORMED_RECORD
                        || p.kind() == CsvProblem.Kind.CELL_TOO_LONG || p.kind() == CsvProblem.Kind.MISSING_REQUIRED_COLUMN;
                if (p.kind() == CsvProblem.Kind.MALFORMED_RECORD || p.kind() == CsvProblem.Kind.CELL_TOO_LONG) {
                    reader.zeile(false);
                }
                Fundstelle wo = p.column().filter(c -> !c.isBlank())
                        .map(c -> Fundstelle.zeile(p.line(), c)).orElse(Fundstelle.zeile(p.line()));
                reader.melde(Statusbefunde.CSV_STRUKTUR, schwer ? Severity.ERROR : Severity.WARNING, wo,
                        p.value().orElse(null), p.messageDe(), p.messageEn());
            }
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
