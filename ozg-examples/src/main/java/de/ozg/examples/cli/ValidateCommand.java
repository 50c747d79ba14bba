package de.ozg.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonFactory;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Pruefbericht;
import de.ozg.core.validation.Severity;
import de.ozg.core.validation.TechnischerFehler;
import de.ozg.core.validation.Zusammenfassung;
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
     * Writes the machine-readable form of one file's report, one line of JSON.
     *
     * @param ergebnis the checked file
     * @param writer   where to write
     * @param locale   the language of the messages
     * @throws IOException when writing fails
     */
    static void schreibeJson(Dateipruefung.Ergebnis ergebnis, Writer writer, Locale locale) throws IOException {
        Pruefbericht bericht = ergebnis.bericht();
        Zusammenfassung z = bericht.zusammenfassung();
        try (JsonGenerator g = new JsonFactory().createGenerator(writer)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("file", ergebnis.datei().toString());
            g.writeStringField("format", ergebnis.format().kennung());
            g.writeNumberField("records", bericht.datensaetze());
            if (ergebnis.isStatus()) {
                g.writeNumberField("rejected", ergebnis.abgewiesen());
            }
            g.writeStringField("verdict", bericht.urteil().name());
            g.writeObjectFieldStart("summary");
            g.writeNumberField("errors", z.anzahl(Severity.ERROR));
            g.writeNumberField("warnings", z.anzahl(Severity.WARNING));
            g.writeNumberField("infos", z.anzahl(Severity.INFO));
            g.writeNumberField("suppressed", z.unterdrueckt());
            g.writeEndObject();
            g.writeArrayFieldStart("technicalErrors");
            for (TechnischerFehler t : bericht.technischeFehler()) {
                g.writeString(t.toText(locale));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (Befund b : bericht.befunde()) {
                g.writeStartObject();
                g.writeStringField("severity", b.severity().name());
                g.writeStringField("rule", b.regelId());
                if (b.fundstelle().zeile().isPresent()) {
                    g.writeNumberField("line", b.fundstelle().zeile().getAsLong());
                }
                if (b.fundstelle().spalte().isPresent()) {
                    g.writeStringField("column", b.fundstelle().spalte().get());
                }
                if (b.fundstelle().pointer().isPresent()) {
                    g.writeStringField("pointer", b.fundstelle().pointer().get());
                }
                if (b.gegenstand().isPresent()) {
                    g.writeStringField("subject", b.gegenstand().get());
                }
                if (b.wert().isPresent()) {
                    g.writeStringField("value", b.wert().get());
                }
                g.writeStringField("message", b.meldung(locale));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
