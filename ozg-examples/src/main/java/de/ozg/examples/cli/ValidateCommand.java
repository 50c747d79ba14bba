package de.ozg.examples.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import de.ozg.core.validation.Pruefbericht;
import de.ozg.json.OzgJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ozg validate}: checks files of any supported format and prints every finding, with line,
 * column, value and message, and a summary. Every file is checked and reported, also when another
 * cannot be read or its format is unknown; the exit code is the worst over all files: 2 when a file
 * could not be read or placed, else 1 when any file has an ERROR finding or could not be checked.
 */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Ausgabeoptionen ausgabe;

    @Mixin
    Regeloptionen regeloptionen;

    @Mixin
    Threadoption threads;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Option(names = "--alle", descriptionKey = "alle")
    boolean alle;

    @Option(names = "--charset", paramLabel = "NAME", converter = Umwandlung.Zeichensatz.class, defaultValue = "UTF-8",
            descriptionKey = "charset")
    Charset zeichensatz;

    @Option(names = "--format", paramLabel = "FORMAT", converter = Umwandlung.Format.class, descriptionKey = "format")
    Dateiformat format;

    @Option(names = "--katalog-stand", paramLabel = "${bundle:label.datum:-DATUM}", converter = Umwandlung.Datum.class,
            descriptionKey = "katalogStand")
    LocalDate katalogStand;

    @Option(names = "--gebiete-stand", paramLabel = "${bundle:label.datum:-DATUM}", converter = Umwandlung.Datum.class,
            descriptionKey = "gebieteStand")
    LocalDate gebieteStand;

    @Parameters(paramLabel = "${bundle:label.datei:-DATEI}", arity = "1..*", descriptionKey = "validate.dateien")
    List<Path> dateien;

    @Override
    public Integer call() throws IOException {
        Darstellung d = ausgabe.darstellung();
        Eingaben.pruefeAusgaben(spec, d, dateien, null);
        Dateipruefung pruefung = new Dateipruefung(zeichensatz, Optional.ofNullable(format),
                regeloptionen.auswahl(spec, d.locale()), Optional.ofNullable(katalogStand),
                Optional.ofNullable(gebieteStand)).withThreads(threads.anzahl());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int ausgang = OzgCli.OK;
        List<Dateipruefung.Ergebnis> ergebnisse = null;
        if (pruefung.threads() > 1 && dateien.size() > 1) {
            // the status files are read at the same time; the output stays in the order of the files
            List<Fortschritt> fortschritte = dateien.stream().map(this::fortschritt).toList();
            ergebnisse = pruefung.pruefeAlle(dateien, fortschritte);
            for (int i = 0; i < dateien.size(); i++) {
                fortschritte.get(i).fertig(ergebnisse.get(i).bericht().datensaetze());
            }
        }
        for (int i = 0; i < dateien.size(); i++) {
            Path datei = dateien.get(i);
            Dateipruefung.Ergebnis ergebnis = ergebnisse != null ? ergebnisse.get(i) : check(pruefung, datei);
            ausgang = Math.max(ausgang, ergebnis.ausgang());
            if (ergebnis.uebergangen()) {
                continue;
            }
            if (ergebnis.format() == Dateiformat.UNBEKANNT) {
                // also on standard error, so a CI log shows it next to the exit code
                ergebnis.bericht().befunde().forEach(b -> err.println("ozg: " + datei + ": " + b.meldung(d.locale())));
            }
            if (json) {
                schreibeJson(ergebnis, out, ausgabe.locale());
                out.println();
            } else {
                BefundText.schreibe(ergebnis, out, d, alle);
            }
            out.flush();
        }
        out.flush();
        return ausgang;
    }

    /** Checks one file with its own progress display; independent of every other file. */
    private Dateipruefung.Ergebnis check(Dateipruefung pruefung, Path datei) {
        Fortschritt fortschritt = fortschritt(datei);
        Dateipruefung.Ergebnis ergebnis = pruefung.check(datei, fortschritt);
        fortschritt.fertig(ergebnis.bericht().datensaetze());
        return ergebnis;
    }

    private Fortschritt fortschritt(Path datei) {
        return ausgabe.fortschritt(spec.commandLine().getErr(),
                datei.getFileName() == null ? datei.toString() : datei.getFileName().toString());
    }

    /**
     * Writes the machine-readable form of one file's report, one line of JSON: the file and its
     * format, for a status file the records its reader rejected, then the library's JSON form of the
     * {@link Pruefbericht} (ozg-json's {@code JSON-FORMAT.md}), messages in the given language.
     *
     * @param ergebnis the checked file
     * @param writer   where to write; left open
     * @param locale   the language of the messages
     * @throws IOException when writing fails
     */
    static void schreibeJson(Dateipruefung.Ergebnis ergebnis, Writer writer, Locale locale) throws IOException {
        OzgJson.mapper().writer().with(locale).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(writer, new Dateibericht(ergebnis.datei().toString(),
                        ergebnis.format().kennung(), ergebnis.isStatus() ? Long.valueOf(ergebnis.abgewiesen()) : null,
                        ergebnis.stand().map(Object::toString).orElse(null),
                        ergebnis.isStatus() ? BerichtJson.stichtage(ergebnis.stichtage()) : null, ergebnis.bericht()));
    }

    /**
     * One file's report as {@code validate --json} prints it.
     *
     * @param file     the file as given
     * @param format   the detected format
     * @param rejected  for a status file the records rejected as broken, otherwise null (left out)
     * @param stand     the Stand of a catalogue or Gebietsverzeichnis when known, otherwise null (left out)
     * @param stichtage for a status file its Stichtage, otherwise null (left out)
     * @param bericht   the report, its fields written inline
     */
    @JsonPropertyOrder({"file", "format", "rejected", "stand", "stichtage"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Dateibericht(String file, String format, Long rejected, String stand, JsonNode stichtage,
            @JsonUnwrapped Pruefbericht bericht) {
    }
}
