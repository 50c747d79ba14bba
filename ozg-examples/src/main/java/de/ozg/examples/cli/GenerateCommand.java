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
import java.util.Locale;
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
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Erzeugt realistische Statusdaten (JSON Lines oder CSV) über echte Schlüssel und Gebiete.")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Ausgabeoptionen ausgabe;

    @Option(names = "--katalog", paramLabel = "DATEI", description = "Umsetzungskatalog (CSV); "
            + "ohne --katalog und --gebiete: eine erzeugte Beispielwelt.")
    Path katalogDatei;

    @Option(names = "--gebiete", paramLabel = "DATEI", description = "Destatis-Gemeindeverzeichnis (CSV).")
    Path gebieteDatei;

    @Option(names = "--rows", paramLabel = "N", required = true, description = "Anzahl der Zeilen.")
    long zeilen;

    @Option(names = "--format", paramLabel = "jsonl|csv", defaultValue = "jsonl",
            description = "Ausgabeformat (Standard: ${DEFAULT-VALUE}).")
    String formatName;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Startwert (Standard: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--stichtag", paramLabel = "JJJJ-MM-TT", defaultValue = "2023-01-31",
            description = "Erster Stichtag; jeder weitere einen Monat später (Standard: ${DEFAULT-VALUE}).")
    LocalDate stichtag;

    @Option(names = "--unbekannt", paramLabel = "PROZENT", defaultValue = "0.1",
            description = "Anteil der Zeilen mit Schlüsseln, die nicht im Katalog stehen (Standard: ${DEFAULT-VALUE} %%).")
    double unbekanntProzent;

    @Option(names = "--fehlerhaft", paramLabel = "PROZENT", defaultValue = "0.05",
            description = "Anteil kaputter Zeilen (Standard: ${DEFAULT-VALUE} %%).")
    double fehlerhaftProzent;

    @Option(names = "--charset", paramLabel = "NAME", defaultValue = "UTF-8",
            description = "Zeichensatz der CSV-Quellen (Standard: UTF-8).")
    Charset zeichensatz;

    @Parameters(index = "0", paramLabel = "AUSGABE", description = "Zieldatei; - für stdout.")
    String ausgabeDatei;

    @Override
    public Integer call() throws IOException {
        if ((katalogDatei == null) != (gebieteDatei == null)) {
            throw new ParameterException(spec.commandLine(),
                    "--katalog und --gebiete nur zusammen angeben (oder beide weglassen für die Beispielwelt)");
        }
        if (zeilen < 0) {
            throw new ParameterException(spec.commandLine(), "--rows must not be negative, was " + zeilen);
        }
        Statusgenerator.Format format = format();
        Statusgenerator generator;
        try {
            generator = Statusgenerator.of(welt(), seed).withErsterStichtag(stichtag)
                    .withUnbekannteSchluessel(unbekanntProzent / 100).withFehlerhafteZeilen(fehlerhaftProzent / 100);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, null);
        }
        PrintWriter err = spec.commandLine().getErr();
        boolean stdout = "-".equals(ausgabeDatei);
        Fortschritt fortschritt = stdout ? Fortschritt.STUMM : ausgabe.fortschritt(err, ausgabeDatei);
        long beginn = System.nanoTime();
        Statusgenerator.Bilanz bilanz;
        try (OutputStream out = stdout ? new NichtSchliessend(System.out) : Files.newOutputStream(Path.of(ausgabeDatei))) {
            bilanz = generator.schreibe(out, format, zeilen, fortschritt);
        }
        fortschritt.fertig(bilanz.zeilen());
        if (!ausgabe.leise) {
            err.println(Fortschritt.bilanz(bilanz.zeilen(), System.nanoTime() - beginn));
            err.printf(Locale.GERMANY, "%d Stichtage ab %s; %,d Zeilen mit unbekanntem Schlüssel, %,d kaputte Zeilen%n",
                    bilanz.stichtage(), stichtag, bilanz.unbekannteSchluessel(), bilanz.fehlerhafteZeilen());
            err.flush();
        }
        return OzgCli.OK;
    }

    private Statusgenerator.Format format() {
        switch (formatName.toLowerCase(Locale.ROOT)) {
            case "jsonl":
                return Statusgenerator.Format.JSONL;
            case "csv":
                return Statusgenerator.Format.CSV;
            default:
                throw new ParameterException(spec.commandLine(), "--format erwartet jsonl oder csv, war: " + formatName);
        }
    }

    private Statusgenerator.Welt welt() throws IOException {
        if (katalogDatei == null) {
            return Statusgenerator.Welt.beispiel(seed);
        }
        Eingaben.mussExistieren(java.util.Arrays.asList(katalogDatei, gebieteDatei));
        TableResult<OzgKatalog> k = Quellen.katalog(katalogDatei, zeichensatz);
        TableResult<Gebietsverzeichnis> g = Quellen.gebiete(gebieteDatei, zeichensatz);
        warneBeiFehlern(k.bericht(), katalogDatei);
        warneBeiFehlern(g.bericht(), gebieteDatei);
        return new Statusgenerator.Welt(k.model(), g.model());
    }

    private void warneBeiFehlern(Pruefbericht bericht, Path datei) {
        if (bericht.hatFehler() && !ausgabe.leise) {
            spec.commandLine().getErr().println("Hinweis: " + datei + " hat Fehler; die lesbaren Sätze werden verwendet"
                    + " (ozg validate zeigt sie).");
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
