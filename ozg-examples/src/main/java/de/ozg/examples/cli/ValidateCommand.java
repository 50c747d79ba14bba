package de.ozg.examples.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import de.ozg.core.validation.Pruefbericht;
import de.ozg.json.OzgJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ozg validate}: checks files of any supported format and prints every finding, with line,
 * column, value and message, and a summary. Exit code 1 when any file has an ERROR finding or could
 * not be checked.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Prüft Dateien (Umsetzungskatalog, Gemeindeverzeichnis, Status-CSV/-JSON) und meldet alle Befunde.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Ausgabeoptionen ausgabe;

    @Option(names = "--json", description = "Ein JSON-Objekt je Datei auf stdout.")
    boolean json;

    @Option(names = "--alle", description = "Alle Befunde zeigen, nicht nur die ersten je Regel.")
    boolean alle;

    @Option(names = "--charset", paramLabel = "NAME", converter = Zeichensatz.class,
            description = "Zeichensatz der CSV-Dateien (Standard: UTF-8).", defaultValue = "UTF-8")
    Charset zeichensatz;

    @Parameters(paramLabel = "DATEI", arity = "1..*", description = "Die zu prüfenden Dateien.")
    List<Path> dateien;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        boolean fehler = false;
        Eingaben.mussExistieren(dateien);
        for (Path datei : dateien) {
            Fortschritt fortschritt = ausgabe.fortschritt(spec.commandLine().getErr(), datei.getFileName().toString());
            Dateipruefung.Ergebnis ergebnis = Dateipruefung.pruefe(datei, zeichensatz, fortschritt);
            fortschritt.fertig(ergebnis.bericht().datensaetze());
            Pruefbericht bericht = ergebnis.bericht();
            fehler |= bericht.hatFehler() || !bericht.technischeFehler().isEmpty();
            if (json) {
                schreibeJson(ergebnis, out, ausgabe.locale());
                out.println();
            } else {
                BefundText.schreibe(ergebnis, out, ausgabe.locale(), alle);
            }
        }
        out.flush();
        return fehler ? OzgCli.FEHLER : OzgCli.OK;
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
                        ergebnis.bericht()));
    }

    /**
     * One file's report as {@code validate --json} prints it.
     *
     * @param file     the file as given
     * @param format   the detected format
     * @param rejected for a status file the records rejected as broken, otherwise null (left out)
     * @param bericht  the report, its fields written inline
     */
    @JsonPropertyOrder({"file", "format", "rejected"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Dateibericht(String file, String format, Long rejected, @JsonUnwrapped Pruefbericht bericht) {
    }
}
