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

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Option(names = "--alle", descriptionKey = "alle")
    boolean alle;

    @Option(names = "--charset", paramLabel = "NAME", converter = Umwandlung.Zeichensatz.class, defaultValue = "UTF-8",
            descriptionKey = "charset")
    Charset zeichensatz;

    @Option(names = "--format", paramLabel = "FORMAT", converter = Umwandlung.Format.class, descriptionKey = "format")
    Dateiformat format;

    @Option(names = "--katalog-stand", paramLabel = "DATUM", converter = Umwandlung.Datum.class,
            descriptionKey = "katalogStand")
    LocalDate katalogStand;

    @Option(names = "--gebiete-stand", paramLabel = "DATUM", converter = Umwandlung.Datum.class,
            descriptionKey = "gebieteStand")
    LocalDate gebieteStand;

    @Parameters(paramLabel = "DATEI", arity = "1..*", descriptionKey = "validate.dateien")
    List<Path> dateien;

    @Override
    public Integer call() throws IOException {
        Darstellung d = ausgabe.darstellung();
        Ausgabeziel.standardausgabe(dateien).ifPresent(e -> {
            throw new ParameterException(spec.commandLine(), d.text("ausgabe.stdoutIstEingabe", e));
        });
        Dateipruefung pruefung = new Dateipruefung(zeichensatz, Optional.ofNullable(format),
                regeloptionen.auswahl(spec, d.locale()), Optional.ofNullable(katalogStand),
                Optional.ofNullable(gebieteStand));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int ausgang = OzgCli.OK;
        for (Path datei : dateien) {
            Dateipruefung.Ergebnis ergebnis = pruefe(pruefung, datei);
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
    private Dateipruefung.Ergebnis pruefe(Dateipruefung pruefung, Path datei) {
        Fortschritt fortschritt = ausgabe.fortschritt(spec.commandLine().getErr(),
                datei.getFileName() == null ? datei.toString() : datei.getFileName().toString());
        Dateipruefung.Ergebnis ergebnis = pruefung.pruefe(datei, fortschritt);
        fortschritt.fertig(ergebnis.bericht().datensaetze());
        return ergebnis;
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
