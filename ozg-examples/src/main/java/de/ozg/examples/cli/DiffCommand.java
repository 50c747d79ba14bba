package de.ozg.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import de.ozg.core.aggregation.Schnappschuss;
import de.ozg.core.aggregation.Stichtagsdiff;
import de.ozg.core.aggregation.Stichtagsvergleich;
import de.ozg.core.aggregation.Veraenderung;
import de.ozg.core.aggregation.Zaehlregel;
import de.ozg.core.validation.Pruefbericht;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ozg diff OLD NEW}: the Stichtag comparison of two status snapshots — what went online or
 * offline, changed Reifegrad, appeared or disappeared — with a warning when the row count moves by
 * more than the threshold. Each snapshot is held as 8 bytes per key × ARS.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Vergleicht zwei Stichtage von Statusdaten (CSV, JSON Lines, JSON).")
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Ausgabeoptionen ausgabe;

    @Parameters(index = "0", paramLabel = "ALT", description = "Statusdaten des früheren Stichtags.")
    Path alt;

    @Parameters(index = "1", paramLabel = "NEU", description = "Statusdaten des späteren Stichtags.")
    Path neu;

    @Option(names = "--regel", paramLabel = "PRESET", defaultValue = "dashboard-online",
            description = "Zählregel für online/offline (Standard: ${DEFAULT-VALUE}).")
    String regelName;

    @Option(names = "--warnschwelle", paramLabel = "ANTEIL", defaultValue = "0.2",
            description = "Warnung, wenn sich die Zeilenzahl um mehr als diesen Anteil ändert (Standard: ${DEFAULT-VALUE}).")
    double warnschwelle;

    @Option(names = "--charset", paramLabel = "NAME", defaultValue = "UTF-8", converter = Zeichensatz.class,
            description = "Zeichensatz von Status-CSV-Dateien (Standard: UTF-8).")
    java.nio.charset.Charset zeichensatz;

    @Option(names = "--json", description = "Ein JSON-Objekt auf stdout.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Eingaben.mussExistieren(List.of(alt, neu));
        Zaehlregel regel = Eingaben.zaehlregel(spec, regelName);
        Schnappschuss.Sammler a = Schnappschuss.sammler();
        Dateipruefung.Statuslesung la = lies(alt, a);
        Schnappschuss.Sammler n = Schnappschuss.sammler();
        Dateipruefung.Statuslesung ln = lies(neu, n);
        Pruefbericht ba = la.bericht();
        Pruefbericht bn = ln.bericht();
        Stichtagsdiff diff = Stichtagsvergleich.of(regel).withWarnschwelle(warnschwelle)
                .vergleiche(a.ergebnis(), n.ergebnis());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.writeStartObject();
                g.writeStringField("alt", alt.toString());
                g.writeStringField("neu", neu.toString());
                g.writeStringField("regel", regel.name());
                g.writeNumberField("zeilenAlt", diff.zeilenAlt());
                g.writeNumberField("zeilenNeu", diff.zeilenNeu());
                g.writeNumberField("onlineAlt", diff.onlineAlt());
                g.writeNumberField("onlineNeu", diff.onlineNeu());
                for (Map.Entry<Veraenderung.Art, Long> e : diff.anzahlen().entrySet()) {
                    g.writeNumberField(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue());
                }
                g.writeNumberField("zeilenaenderung", diff.zeilenaenderung());
                g.writeBooleanField("auffaellig", diff.isAuffaellig());
                g.writeNumberField("fehlerhafteZeilen", la.abgewiesen() + ln.abgewiesen());
                datei(g, "dateiAlt", alt, la);
                datei(g, "dateiNeu", neu, ln);
                g.writeEndObject();
            }
            out.println();
        } else {
            out.println(diff.toTabelle().toText());
            out.println(bilanz(alt, la));
            out.println(bilanz(neu, ln));
            if (diff.isAuffaellig()) {
                out.printf(Locale.GERMANY, "WARNUNG: Die Zeilenzahl ändert sich um %+.1f %% (Schwelle %.0f %%): "
                        + "fehlt ein Teil der Lieferung?%n", diff.zeilenaenderung() * 100, warnschwelle * 100);
            }
            for (Pruefbericht b : new Pruefbericht[] {ba, bn}) {
                if (!b.befunde().isEmpty() || !b.technischeFehler().isEmpty()) {
                    out.println(b.toText(ausgabe.locale()));
                }
            }
        }
        out.flush();
        return ba.hatFehler() || bn.hatFehler() ? OzgCli.FEHLER : OzgCli.OK;
    }

    private Dateipruefung.Statuslesung lies(Path datei, Schnappschuss.Sammler sammler) throws IOException {
        Fortschritt f = ausgabe.fortschritt(spec.commandLine().getErr(), datei.getFileName().toString());
        Dateipruefung.Statuslesung l = Dateipruefung.status(datei, Dateiformat.erkenne(datei), zeichensatz, f,
                sammler::add);
        f.fertig(l.datensaetze());
        return l;
    }

    /** The balance of one file: its records read, rejected and compared. */
    private static String bilanz(Path datei, Dateipruefung.Statuslesung l) {
        return String.format(Locale.GERMANY, "%s: %,d Datensätze, davon %,d abgewiesen, %,d verglichen", datei,
                l.datensaetze(), l.abgewiesen(), l.angenommen());
    }

    private static void datei(JsonGenerator g, String feld, Path datei, Dateipruefung.Statuslesung l)
            throws IOException {
        g.writeObjectFieldStart(feld);
        g.writeStringField("datei", datei.toString());
        g.writeNumberField("datensaetze", l.datensaetze());
        g.writeNumberField("abgewiesen", l.abgewiesen());
        g.writeEndObject();
    }
}
