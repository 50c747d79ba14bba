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
import de.ozg.json.ParallelStatusReader;
import de.ozg.json.StatusFile;
import de.ozg.json.StatusFormat;
import de.ozg.json.UmsetzungsstandReader;
import de.ozg.json.csv.CsvReadOptions;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Checks files of any format {@code ozg} understands, with the choices of one run: the charset of
 * CSV files, a format that overrides detection, the rule sets, and the Stand of catalogue and
 * Gebietsverzeichnis. {@link #check} checks one file and returns its result whatever happens to it —
 * a file that cannot be read, or whose format is unknown, becomes a result with a finding — so a
 * batch reports every file, and the files of a batch can be checked independently of each other.
 * Findings are capped per rule so that a file with millions of bad rows stays in bounded memory;
 * the counts stay exact.
 *
 * <p>Status files are read by as many threads as there are processors unless {@link #withThreads}
 * says otherwise: each file in parts at safe split points, several files at the same time
 * ({@link ParallelStatusReader}), with the same findings, counts and figures as one reader. Where a
 * file cannot be split (a JSON array; a CSV file in a charset that is not ASCII-based, such as UTF-16,
 * or whose header row is unusable) one thread reads it whole. Immutable; one instance may serve
 * several threads.
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
    private final int threads;

    Dateipruefung(Charset zeichensatz, Optional<Dateiformat> format, Regelauswahl regeln,
            Optional<LocalDate> katalogStand, Optional<LocalDate> gebieteStand) {
        this(zeichensatz, format, regeln, katalogStand, gebieteStand, Runtime.getRuntime().availableProcessors());
    }

    private Dateipruefung(Charset zeichensatz, Optional<Dateiformat> format, Regelauswahl regeln,
            Optional<LocalDate> katalogStand, Optional<LocalDate> gebieteStand, int threads) {
        this.zeichensatz = zeichensatz;
        this.format = format;
        this.regeln = regeln;
        this.katalogStand = katalogStand;
        this.gebieteStand = gebieteStand;
        this.threads = threads;
    }

    /**
     * @param newThreads the threads status files are read with, at least 1; 1 reads each file with
     *                   one reader, file after file
     * @return a copy that reads with that many threads
     */
    Dateipruefung withThreads(int newThreads) {
        if (newThreads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + newThreads);
        }
        return new Dateipruefung(zeichensatz, format, regeln, katalogStand, gebieteStand, newThreads);
    }

    int threads() {
        return threads;
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
    Ergebnis check(Path datei, LongConsumer fortschritt) {
        Optional<Meldung> problem = Dateizugang.problem(datei);
        return check(datei, problem, problem.isPresent() ? null : erkenne(datei), fortschritt);
    }

    /** Checks one file whose access was checked and whose format was detected (null when not readable). */
    private Ergebnis check(Path datei, Optional<Meldung> problem, Formaterkennung.Erkennung erkennung,
            LongConsumer fortschritt) {
        if (problem.isPresent()) {
            return dateifehler(datei, Regelauswahl.DATEI_NICHT_LESBAR, problem.get());
        }
        if (erkennung.format().isEmpty()) {
            return dateifehler(datei, Regelauswahl.DATEI_FORMAT_UNBEKANNT, erkennung.grund());
        }
        return check(datei, erkennung.format().get(), fortschritt);
    }

    /**
     * Checks several files as {@link #check(Path, LongConsumer)} checks each, reading the status
     * files among them at the same time with this run's threads.
     *
     * @param dateien     the files
     * @param fortschritt the progress display of each file, in the order of the files
     * @return the results in the order of the files
     */
    List<Ergebnis> pruefeAlle(List<Path> dateien, List<? extends LongConsumer> fortschritt) {
        Ergebnis[] ergebnisse = new Ergebnis[dateien.size()];
        List<Integer> status = new ArrayList<>();
        List<Statusauftrag> auftraege = new ArrayList<>();
        for (int i = 0; i < dateien.size(); i++) {
            Path datei = dateien.get(i);
            if (threads == 1) {
                ergebnisse[i] = check(datei, fortschritt.get(i));
                continue;
            }
            // access and format once: a status file joins the parallel reading, any other is checked here
            Optional<Meldung> problem = Dateizugang.problem(datei);
            Formaterkennung.Erkennung erkennung = problem.isPresent() ? null : erkenne(datei);
            Optional<Dateiformat> f = erkennung == null ? Optional.empty()
                    : erkennung.format().filter(Dateiformat::isStatus);
            if (f.isPresent()) {
                status.add(i);
                auftraege.add(new Statusauftrag(datei, f.get(), fortschritt.get(i),
                        Statussammler::nurStichtage));
            } else {
                ergebnisse[i] = check(datei, problem, erkennung, fortschritt.get(i));
            }
        }
        if (!auftraege.isEmpty()) {
            List<Statuslesung> gelesen;
            try {
                gelesen = status(auftraege);
            } catch (IOException | UncheckedIOException e) {
                // one file failed: check each on its own, so every file gets its own result
                gelesen = null;
            }
            for (int j = 0; j < auftraege.size(); j++) {
                Statusauftrag a = auftraege.get(j);
                ergebnisse[status.get(j)] = gelesen == null ? check(a.datei(), a.format(), a.fortschritt())
                        : ergebnis(a.datei(), a.format(), gelesen.get(j).bericht(), gelesen.get(j).abgewiesen(),
                                gelesen.get(j).stichtage(), Optional.empty());
            }
        }
        return List.of(ergebnisse);
    }

    private Ergebnis check(Path datei, Dateiformat f, LongConsumer fortschritt) {
        try {
            switch (f) {
                case STATUS_JSONL:
                case STATUS_JSON:
                case STATUS_CSV:
                    Statuslesung l = status(List.of(new Statusauftrag(datei, f, fortschritt,
                            Statussammler::nurStichtage))).get(0);
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
        int ausgang = bericht.hasErrors() || !bericht.technischeFehler().isEmpty() ? OzgCli.FEHLER : OzgCli.OK;
        return new Ergebnis(datei, format, bericht, abgewiesen, stichtage, stand, ausgang, false);
    }

    /** A file the tool could not read or place: a finding of one of its own rules. */
    private Ergebnis dateifehler(Path datei, String regel, Meldung grund) {
        if (!regeln.isEnabled(regel)) {
            return new Ergebnis(datei, Dateiformat.UNBEKANNT, Pruefbericht.empty(), 0, new Stichtage(),
                    Optional.empty(), OzgCli.OK, true);
        }
        Severity severity = regeln.dateiSeverity(regel);
        Befund b = Befund.builder().regelId(regel).severity(severity)
                .fundstelle(Fundstelle.ofQuelle(datei.toString())).meldung(grund.de(), grund.en()).build();
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
     * @param sammler    what was collected from the accepted rows, the Stichtage among it
     */
    record Statuslesung(Pruefbericht bericht, long abgewiesen, Statussammler sammler) {

        /** @return the Stichtage of the accepted rows */
        Stichtage stichtage() {
            return sammler.stichtage();
        }

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
     * @param ziel        collects every accepted row
     * @return the report, the count of rejected records and the collector
     * @throws IOException when the file cannot be read
     */
    Statuslesung status(Path datei, Dateiformat format, LongConsumer fortschritt, Statussammler ziel)
            throws IOException {
        Pruefer<Umsetzungsstand> pruefer = pruefer();
        String quelle = datei.toString();
        long zeilen = 0;
        long abgewiesen = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(datei), 1 << 16);
                UmsetzungsstandReader leser = statusLeser(in, format,
                        b -> pruefer.report(b.withFundstelle(b.fundstelle().withQuelle(quelle))))) {
            try {
                long n = 0;
                while (leser.hasNext()) {
                    ziel.add(leser.next());
                    if ((++n & 0xFFFF) == 0) {
                        fortschritt.accept(leser.zeilen());
                    }
                }
            } finally {
                zeilen = leser.zeilen();
                abgewiesen = leser.fehlerhafteZeilen();
            }
        } catch (OzgException e) {
            pruefer.report(TechnischerFehler.of(
                    "Datei nicht lesbar: " + e.getMessage(), "File not readable: " + e.getMessage()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Statuslesung(bericht(pruefer, zeilen), abgewiesen, ziel);
    }

    /** The reader streams every finding; this run only caps what is stored, with exact counts. */
    private static Pruefer<Umsetzungsstand> pruefer() {
        return Regelwerk.<Umsetzungsstand>of().withMaxBefundeProRegel(MAX_BEFUNDE_PRO_REGEL).start();
    }

    private static Pruefbericht bericht(Pruefer<Umsetzungsstand> pruefer, long zeilen) {
        Pruefbericht gemeldet = pruefer.result();
        return Pruefbericht.of(gemeldet.befunde(), gemeldet.technischeFehler(), zeilen, gemeldet.unterdrueckungen());
    }

    /**
     * One status file to read with others.
     *
     * @param datei       the file
     * @param format      one of the status formats
     * @param fortschritt told the number of records read now and then
     * @param leer        a factory of empty collectors, one per thread that reads a part of the file
     */
    record Statusauftrag(Path datei, Dateiformat format, LongConsumer fortschritt, Supplier<Statussammler> leer) {
    }

    /**
     * Reads status files with this run's threads, each as {@link #status(Path, Dateiformat, LongConsumer,
     * Statussammler)} reads it: the same report, counts and collected figures.
     *
     * @param auftraege the files
     * @return what each gave, in the order of the files
     * @throws IOException when a file cannot be read
     */
    List<Statuslesung> status(List<Statusauftrag> auftraege) throws IOException {
        List<Statuslesung> r = new ArrayList<>();
        if (threads == 1) {
            for (Statusauftrag a : auftraege) {
                r.add(status(a.datei(), a.format(), a.fortschritt(), a.leer().get()));
            }
            return r;
        }
        // findings name only their file: a batch holds each path once, so they go to the right file
        int von = 0;
        Set<String> namen = new HashSet<>();
        for (int i = 0; i <= auftraege.size(); i++) {
            if (i == auftraege.size() || !namen.add(auftraege.get(i).datei().toString())) {
                r.addAll(parallel(auftraege.subList(von, i)));
                von = i;
                namen.clear();
                if (i < auftraege.size()) {
                    namen.add(auftraege.get(i).datei().toString());
                }
            }
        }
        return r;
    }

    private List<Statuslesung> parallel(List<Statusauftrag> auftraege) throws IOException {
        IdentityHashMap<StatusFile, Statusauftrag> zu = new IdentityHashMap<>();
        List<StatusFile> files = new ArrayList<>();
        List<Pruefer<Umsetzungsstand>> pruefer = new ArrayList<>();
        for (Statusauftrag a : auftraege) {
            StatusFile f = new StatusFile(a.datei(), statusFormat(a.format()),
                    CsvReadOptions.defaults().withCharset(zeichensatz), a.datei().toString());
            files.add(f);
            zu.put(f, a);
            pruefer.add(pruefer());
        }
        int[] aktuell = {0};
        ParallelStatusReader leser = ParallelStatusReader.of(threads).withRegelwerk(regeln.status())
                .withFortschritt((f, n) -> zu.get(f).fortschritt().accept(n));
        List<ParallelStatusReader.Result<Statussammler>> ergebnisse;
        try {
            ergebnisse = leser.readAll(files, b -> {
                // findings come file after file; each names its file
                String quelle = b.fundstelle().quelle().orElse("");
                int i = aktuell[0];
                while (i < files.size() && !files.get(i).quelle().equals(quelle)) {
                    i++;
                }
                aktuell[0] = i < files.size() ? i : aktuell[0];
                pruefer.get(aktuell[0]).report(b);
            }, f -> zu.get(f).leer());
        } catch (OzgException e) {
            // a file the reader gives up on: one reader per file keeps the rows before the failure
            // and reports it as a technical error, as --threads 1 does
            List<Statuslesung> r = new ArrayList<>();
            for (Statusauftrag a : auftraege) {
                r.add(status(a.datei(), a.format(), a.fortschritt(), a.leer().get()));
            }
            return r;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<Statuslesung> r = new ArrayList<>();
        for (int i = 0; i < ergebnisse.size(); i++) {
            ParallelStatusReader.Result<Statussammler> e = ergebnisse.get(i);
            r.add(new Statuslesung(bericht(pruefer.get(i), e.datensaetze()), e.abgewiesen(), e.accumulator()));
        }
        return r;
    }

    private static StatusFormat statusFormat(Dateiformat format) {
        switch (format) {
            case STATUS_JSONL:
                return StatusFormat.JSON_LINES;
            case STATUS_JSON:
                return StatusFormat.JSON_ARRAY;
            case STATUS_CSV:
                return StatusFormat.CSV;
            default:
                throw new IllegalArgumentException(format.kennung());
        }
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
            Optional<Befund> b = regeln.isEnabled(JSON_DOKUMENT) ? Optional.of(Befund.builder().regelId(JSON_DOKUMENT)
                    .severity(regeln.dateiSeverity(JSON_DOKUMENT))
                    .fundstelle(e.pointer().map(Fundstelle::ofPointer).orElse(Fundstelle.unbekannt())
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
