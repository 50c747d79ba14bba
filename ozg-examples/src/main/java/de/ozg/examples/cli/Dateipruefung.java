package de.ozg.examples.cli;

import de.ozg.core.OzgException;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.Pruefbericht;
import de.ozg.core.validation.Pruefer;
import de.ozg.core.validation.Regelwerk;
import de.ozg.core.validation.Severity;
import de.ozg.core.validation.TechnischerFehler;
import de.ozg.core.validation.status.StatusRow;
import de.ozg.json.OzgJson;
import de.ozg.json.OzgJsonException;
import de.ozg.json.UmsetzungsstandReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Checks files of any format {@code ozg} understands, with the choices of one run: the charset of
 * CSV files, a format that overrides detection, the rule sets, and the Stand of catalogue and
 * Gebietsverzeichnis. {@link #pruefe} checks one file and returns its result whatever happens to it —
 * a file that cannot be read, or whose format is unknown, becomes a result with a finding — so a
 * batch reports every file, and the files of a batch can be checked independently of each other.
 * Findings are capped per rule so that a file with millions of bad rows stays in bounded memory;
 * the counts stay exact. Immutable; one instance may serve several threads.
 */
final class Dateipruefung {

    /** Stored findings per rule; the report counts the rest as suppressed. */
    static final int MAX_BEFUNDE_PRO_REGEL = 1_000;

    /** Rule id of a catalogue JSON document the reader refuses. */
    static final String JSON_DOKUMENT = "JSON-DOKUMENT";

    private final Charset zeichensatz;
    private final Optional<Dateiformat> format;
    private final Regelauswahl regeln;
    private final Optional<LocalDate> katalogStand;
    private final Optional<LocalDate> gebieteStand;

    Dateipruefung(Charset zeichensatz, Optional<Dateiformat> format, Regelauswahl regeln,
            Optional<LocalDate> katalogStand, Optional<LocalDate> gebieteStand) {
        this.zeichensatz = zeichensatz;
        this.format = format;
        this.regeln = regeln;
        this.katalogStand = katalogStand;
        this.gebieteStand = gebieteStand;
    }

    Charset zeichensatz() {
        return zeichensatz;
    }

    Regelauswahl regeln() {
        return regeln;
    }

    /**
     * The result for one file.
     *
     * @param datei       the file
     * @param format      its format, {@link Dateiformat#UNBEKANNT} when it could not be read or told
     * @param bericht     the report; its record count is the number of data records in the file
     * @param abgewiesen  for a status file the records rejected as broken, else 0
     * @param stichtage   for a status file the Stichtage of its rows
     * @param stand       the Stand of a catalogue or Gebietsverzeichnis, when known
     * @param ausgang     the exit code this file alone would give: 0, 1 ({@link OzgCli#FEHLER}) or 2
     *                    ({@link OzgCli#NUTZUNG}, the file could not be read or its format told)
     * @param uebergangen whether the file is left out of the output: its problem is a switched-off rule
     */
    record Ergebnis(Path datei, Dateiformat format, Pruefbericht bericht, long abgewiesen, Stichtage stichtage,
            Optional<LocalDate> stand, int ausgang, boolean uebergangen) {

        boolean isStatus() {
            return format.isStatus();
        }
    }

    /**
     * Tells the format of a file, or why it cannot be told or read.
     *
     * @param datei the file
     * @return the format, or a result that says what is wrong with the file
     */
    Formaterkennung.Erkennung erkenne(Path datei) {
        Optional<Meldung> problem = Dateizugang.problem(datei);
        if (problem.isPresent()) {
            return new Formaterkennung.Erkennung(Optional.empty(), problem.get());
        }
        if (format.isPresent()) {
            return Formaterkennung.Erkennung.als(format.get());
        }
        try {
            return Formaterkennung.erkenne(datei, zeichensatz);
        } catch (IOException e) {
            return new Formaterkennung.Erkennung(Optional.empty(), Dateizugang.ausnahme(e));
        }
    }

    /**
     * Checks one file: never throws for a problem of the file itself.
     *
     * @param datei       the file
     * @param fortschritt told the number of records read now and then
     * @return the result
     */
    Ergebnis pruefe(Path datei, LongConsumer fortschritt) {
        Optional<Meldung> problem = Dateizugang.problem(datei);
        if (problem.isPresent()) {
            return dateifehler(datei, Regelauswahl.DATEI_NICHT_LESBAR, problem.get());
        }
        Formaterkennung.Erkennung erkennung = erkenne(datei);
        if (erkennung.format().isEmpty()) {
            return dateifehler(datei, Regelauswahl.DATEI_FORMAT_UNBEKANNT, erkennung.grund());
        }
        Dateiformat f = erkennung.format().get();
        try {
            switch (f) {
                case STATUS_JSONL:
                case STATUS_JSON:
                case STATUS_CSV:
                    Statuslesung l = status(datei, f, fortschritt, zeile -> { });
                    return ergebnis(datei, f, l.bericht(), l.abgewiesen(), l.stichtage(), Optional.empty());
                case KATALOG_JSON:
                    return katalogJson(datei);
                case UMSETZUNGSKATALOG_CSV:
                    return ergebnis(datei, f, Quellen.katalog(datei, zeichensatz, regeln, katalogStand).bericht(), 0,
                            new Stichtage(), katalogStand);
                case GEMEINDEVERZEICHNIS_CSV:
                    return ergebnis(datei, f, Quellen.gebiete(datei, zeichensatz, regeln, gebieteStand).bericht(), 0,
                            new Stichtage(), gebieteStand);
                default:
                    throw new AssertionError(f);
            }
        } catch (IOException e) {
            return dateifehler(datei, Regelauswahl.DATEI_NICHT_LESBAR, Dateizugang.ausnahme(e));
        } catch (UncheckedIOException e) {
            return dateifehler(datei, Regelauswahl.DATEI_NICHT_LESBAR, Dateizugang.ausnahme(e.getCause()));
        }
    }

    private static Ergebnis ergebnis(Path datei, Dateiformat format, Pruefbericht bericht, long abgewiesen,
            Stichtage stichtage, Optional<LocalDate> stand) {
        int ausgang = bericht.hatFehler() || !bericht.technischeFehler().isEmpty() ? OzgCli.FEHLER : OzgCli.OK;
        return new Ergebnis(datei, format, bericht, abgewiesen, stichtage, stand, ausgang, false);
    }

    /** A file the tool could not read or place: a finding of one of its own rules. */
    private Ergebnis dateifehler(Path datei, String regel, Meldung grund) {
        if (!regeln.isAktiv(regel)) {
            return new Ergebnis(datei, Dateiformat.UNBEKANNT, Pruefbericht.leer(), 0, new Stichtage(),
                    Optional.empty(), OzgCli.OK, true);
        }
        Severity severity = regeln.dateiSeverity(regel);
        Befund b = Befund.builder().regelId(regel).severity(severity)
                .fundstelle(Fundstelle.quelle(datei.toString())).meldung(grund.de(), grund.en()).build();
        return new Ergebnis(datei, Dateiformat.UNBEKANNT, Pruefbericht.of(List.of(b), List.of(), 0), 0,
                new Stichtage(), Optional.empty(), severity == Severity.ERROR ? OzgCli.NUTZUNG : OzgCli.OK, false);
    }

    /** Opens a status file as a row reader with the run's status rules, reporting to {@code befunde}. */
    UmsetzungsstandReader statusLeser(InputStream in, Dateiformat format, Consumer<Befund> befunde) {
        Regelwerk<StatusRow> r = regeln.status();
        switch (format) {
            case STATUS_JSONL:
                return UmsetzungsstandReader.jsonLines(in, r, befunde);
            case STATUS_JSON:
                return UmsetzungsstandReader.jsonArray(in, r, befunde);
            case STATUS_CSV:
                return UmsetzungsstandReader.csv(in, zeichensatz, r, befunde);
            default:
                throw new IllegalArgumentException(format.kennung());
        }
    }

    /**
     * What reading one status file gave: its report (findings capped per rule, with exact counts,
     * and the number of data records), how many of the records were rejected, and their Stichtage.
     *
     * @param bericht    the report; {@code bericht.datensaetze()} is the number of data records read
     * @param abgewiesen the records rejected as broken, which never reached the consumer
     * @param stichtage  the Stichtage of the accepted rows
     */
    record Statuslesung(Pruefbericht bericht, long abgewiesen, Stichtage stichtage) {

        /** @return the data records read, accepted and rejected */
        long datensaetze() {
            return bericht.datensaetze();
        }

        /** @return the records that became status rows */
        long angenommen() {
            return bericht.datensaetze() - abgewiesen;
        }
    }

    /**
     * Streams the rows of a status file to {@code ziel} and reports the bad ones.
     *
     * @param datei       the file
     * @param format      one of the status formats
     * @param fortschritt told the number of records read now and then
     * @param ziel        receives every accepted row
     * @return the report, the count of rejected records and the Stichtage
     * @throws IOException when the file cannot be read
     */
    Statuslesung status(Path datei, Dateiformat format, LongConsumer fortschritt, Consumer<Umsetzungsstand> ziel)
            throws IOException {
        // the reader streams every finding; this run only caps what is stored, with exact counts
        Pruefer<Umsetzungsstand> pruefer = Regelwerk.<Umsetzungsstand>of()
                .mitMaxBefundenProRegel(MAX_BEFUNDE_PRO_REGEL).starte();
        String quelle = datei.toString();
        Stichtage stichtage = new Stichtage();
        long zeilen = 0;
        long abgewiesen = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(datei), 1 << 16);
                UmsetzungsstandReader leser = statusLeser(in, format,
                        b -> pruefer.melde(b.withFundstelle(b.fundstelle().withQuelle(quelle))))) {
            try {
                long n = 0;
                while (leser.hasNext()) {
                    Umsetzungsstand zeile = leser.next();
                    stichtage.add(zeile.stichtag());
                    ziel.accept(zeile);
                    if ((++n & 0xFFFF) == 0) {
                        fortschritt.accept(leser.zeilen());
                    }
                }
            } finally {
                zeilen = leser.zeilen();
                abgewiesen = leser.fehlerhafteZeilen();
            }
        } catch (OzgException e) {
            pruefer.technischerFehler(TechnischerFehler.of(
                    "Datei nicht lesbar: " + e.getMessage(), "File not readable: " + e.getMessage()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Pruefbericht gemeldet = pruefer.ergebnis();
        return new Statuslesung(Pruefbericht.of(gemeldet.befunde(), gemeldet.technischeFehler(), zeilen,
                gemeldet.unterdrueckungen()), abgewiesen, stichtage);
    }

    /**
     * Reads an {@code ozg-katalog} document: its Stand is the document's, unless
     * {@code --katalog-stand} says otherwise.
     *
     * @return the catalogue, or the reader's refusal as a finding
     */
    Katalogdokument katalogDokument(Path datei) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(datei))) {
            OzgKatalog k = OzgJson.readKatalog(in);
            return new Katalogdokument(Optional.of(k), Pruefbericht.of(List.of(), List.of(), k.leistungen().size()),
                    katalogStand.or(() -> Optional.of(k.stand())));
        } catch (OzgJsonException e) {
            Optional<Befund> b = regeln.isAktiv(JSON_DOKUMENT) ? Optional.of(Befund.builder().regelId(JSON_DOKUMENT)
                    .severity(regeln.dateiSeverity(JSON_DOKUMENT))
                    .fundstelle(e.pointer().map(Fundstelle::pointer).orElse(Fundstelle.unbekannt())
                            .withQuelle(datei.toString()))
                    .meldung(e.message(Locale.GERMAN), e.message(Locale.ENGLISH)).build()) : Optional.empty();
            return new Katalogdokument(Optional.empty(), Pruefbericht.of(b.stream().toList(), List.of(), 0),
                    katalogStand);
        }
    }

    /**
     * An {@code ozg-katalog} document as read.
     *
     * @param katalog the catalogue, empty when the document was refused
     * @param bericht the finding of a refused document, or none
     * @param stand   the Stand: {@code --katalog-stand}, else the document's
     */
    record Katalogdokument(Optional<OzgKatalog> katalog, Pruefbericht bericht, Optional<LocalDate> stand) {
    }

    private Ergebnis katalogJson(Path datei) throws IOException {
        Katalogdokument d = katalogDokument(datei);
        return ergebnis(datei, Dateiformat.KATALOG_JSON, d.bericht(), 0, new Stichtage(), d.stand());
    }
}
