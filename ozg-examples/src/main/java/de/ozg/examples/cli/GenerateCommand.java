package de.ozg.examples.cli;

import de.ozg.core.validation.Pruefbericht;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.table.TableResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ozg generate}: writes realistic status data of any size over the real keys of a catalogue
 * and the Gemeinden, Kreise and Länder of a Gemeindeverzeichnis — Stichtag after Stichtag, with a
 * small share of unknown keys and broken rows — for load tests and demonstrations. Without
 * {@code --katalog} and {@code --gebiete} a generated world of 200 OZG-Leistungen is used. The same
 * seed gives the same bytes.
 */
@Command(name = "generate", mixinStandardHelpOptions = true)
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Ausgabeoptionen ausgabe;

    @Option(names = "--katalog", paramLabel = "${bundle:label.datei:-DATEI}", descriptionKey = "generate.katalog")
    Path katalogDatei;

    @Option(names = "--gebiete", paramLabel = "${bundle:label.datei:-DATEI}", descriptionKey = "generate.gebiete")
    Path gebieteDatei;

    @Option(names = "--rows", paramLabel = "N", required = true, converter = Umwandlung.Ganzzahl.class,
            descriptionKey = "generate.rows")
    long zeilen;

    @Option(names = "--format", paramLabel = "jsonl|csv", defaultValue = "jsonl", descriptionKey = "generate.format")
    String formatName;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", converter = Umwandlung.Ganzzahl.class,
            descriptionKey = "generate.seed")
    long seed;

    @Option(names = "--stichtag", paramLabel = "${bundle:label.datum:-DATUM}", defaultValue = "2023-01-31", converter = Umwandlung.Datum.class,
            descriptionKey = "generate.stichtag")
    LocalDate stichtag;

    @Option(names = "--unbekannt", paramLabel = "${bundle:label.prozent:-PROZENT}", defaultValue = "0.1", converter = Umwandlung.Prozent.class,
            descriptionKey = "generate.unbekannt")
    double unbekanntProzent;

    @Option(names = "--fehlerhaft", paramLabel = "${bundle:label.prozent:-PROZENT}", defaultValue = "0.05", converter = Umwandlung.Prozent.class,
            descriptionKey = "generate.fehlerhaft")
    double fehlerhaftProzent;

    @Option(names = "--charset", paramLabel = "NAME", defaultValue = "UTF-8", converter = Umwandlung.Zeichensatz.class,
            descriptionKey = "charset")
    Charset zeichensatz;

    @Parameters(index = "0", paramLabel = "${bundle:label.ausgabe:-AUSGABE}", descriptionKey = "generate.ausgabe")
    String ausgabeDatei;

    @Override
    public Integer call() throws IOException {
        Darstellung d = ausgabe.darstellung();
        if ((katalogDatei == null) != (gebieteDatei == null)) {
            throw new ParameterException(spec.commandLine(), d.text("generate.katalogUndGebiete"));
        }
        if (zeilen < 0) {
            throw new ParameterException(spec.commandLine(), d.text("generate.rowsNegativ", zeilen));
        }
        pruefeProzent(d, "--unbekannt", unbekanntProzent);
        pruefeProzent(d, "--fehlerhaft", fehlerhaftProzent);
        if (unbekanntProzent + fehlerhaftProzent > 100) {
            throw new ParameterException(spec.commandLine(), d.text("generate.summeZuGross",
                    d.prozentwert(unbekanntProzent), d.prozentwert(fehlerhaftProzent)));
        }
        Statusgenerator.Format format = format(d);
        boolean stdout = "-".equals(ausgabeDatei);
        List<Path> eingaben = katalogDatei == null ? List.of() : List.of(katalogDatei, gebieteDatei);
        if (!stdout) {
            Eingaben.pruefeAusgaben(spec, d, eingaben, Path.of(ausgabeDatei));
        } else {
            Eingaben.pruefeAusgaben(spec, d, eingaben, null);
        }
        Statusgenerator generator = Statusgenerator.of(welt(d), seed).withErsterStichtag(stichtag)
                .withUnbekannteSchluessel(unbekanntProzent / 100).withFehlerhafteZeilen(fehlerhaftProzent / 100);
        PrintWriter err = spec.commandLine().getErr();
        Fortschritt fortschritt = stdout ? Fortschritt.STUMM : ausgabe.fortschritt(err, ausgabeDatei);
        long beginn = System.nanoTime();
        Statusgenerator.Bilanz bilanz;
        try (OutputStream out = stdout ? new NichtSchliessend(System.out) : Files.newOutputStream(Path.of(ausgabeDatei))) {
            bilanz = generator.schreibe(out, format, zeilen, fortschritt);
        }
        fortschritt.fertig(bilanz.zeilen());
        if (!ausgabe.leise) {
            err.println(Fortschritt.bilanz(bilanz.zeilen(), System.nanoTime() - beginn, d));
            err.println(d.text("generate.bilanz", d.zahl(bilanz.stichtage()), d.datum(stichtag),
                    d.zahl(bilanz.unbekannteSchluessel()), d.zahl(bilanz.fehlerhafteZeilen())));
            err.flush();
        }
        return OzgCli.OK;
    }

    /** A share of rows in percent: 0 to 100. */
    private void pruefeProzent(Darstellung d, String option, double prozent) {
        if (!(prozent >= 0 && prozent <= 100)) {
            throw new ParameterException(spec.commandLine(), d.text("generate.prozentBereich", option,
                    d.prozentwert(prozent)));
        }
    }

    private Statusgenerator.Format format(Darstellung d) {
        switch (formatName.strip().toLowerCase(Locale.ROOT)) {
            case "jsonl":
                return Statusgenerator.Format.JSONL;
            case "csv":
                return Statusgenerator.Format.CSV;
            default:
                throw new ParameterException(spec.commandLine(), d.text("generate.format", formatName));
        }
    }

    private Statusgenerator.Welt welt(Darstellung d) {
        if (katalogDatei == null) {
            return Statusgenerator.Welt.beispiel(seed);
        }
        Dateipruefung pruefung = new Dateipruefung(zeichensatz, Optional.empty(), Regelauswahl.standard(),
                Optional.empty(), Optional.empty());
        Eingaben.format(spec, d, pruefung, "--katalog", katalogDatei, f -> f == Dateiformat.UMSETZUNGSKATALOG_CSV,
                "generate.keinKatalogCsv");
        Eingaben.format(spec, d, pruefung, "--gebiete", gebieteDatei, f -> f == Dateiformat.GEMEINDEVERZEICHNIS_CSV,
                "report.keineGebiete");
        try {
            TableResult<OzgKatalog> k = Quellen.katalog(katalogDatei, zeichensatz, pruefung.regeln(), Optional.empty());
            TableResult<Gebietsverzeichnis> g = Quellen.gebiete(gebieteDatei, zeichensatz, pruefung.regeln(), Optional.empty());
            warneBeiFehlern(k.bericht(), katalogDatei, d);
            warneBeiFehlern(g.bericht(), gebieteDatei, d);
            return new Statusgenerator.Welt(k.model(), g.model());
        } catch (java.io.UncheckedIOException e) {
            throw Eingaben.lesefehler(spec, d, katalogDatei, e);
        }
    }

    private void warneBeiFehlern(Pruefbericht bericht, Path datei, Darstellung d) {
        if ((bericht.hasErrors() || !bericht.technischeFehler().isEmpty()) && !ausgabe.leise) {
            spec.commandLine().getErr().println(d.text("generate.quelleMitFehlern", datei));
        }
    }

    /** Standard output must stay open for the tool's own messages after the data. */
    private static final class NichtSchliessend extends java.io.FilterOutputStream {
        NichtSchliessend(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
