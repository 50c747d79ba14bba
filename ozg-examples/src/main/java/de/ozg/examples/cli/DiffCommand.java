package de.ozg.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ozg.core.aggregation.Schnappschuss;
import de.ozg.core.aggregation.Stichtagsdiff;
import de.ozg.core.aggregation.Stichtagsvergleich;
import de.ozg.core.aggregation.Veraenderung;
import de.ozg.core.aggregation.Zaehlregel;
import de.ozg.core.validation.Pruefbericht;
import de.ozg.json.OzgJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ozg diff OLD NEW}: the Stichtag comparison of two status snapshots — what went online or
 * offline, changed Reifegrad, appeared or disappeared — under the two Stichtage as column heads,
 * with a warning when the row count moves by more than the threshold (in percent, like every share
 * the tool takes). Each snapshot is held as 8 bytes per key × ARS.
 */
@Command(name = "diff", mixinStandardHelpOptions = true)
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Ausgabeoptionen ausgabe;

    @Mixin
    Regeloptionen regeloptionen;

    @Mixin
    Threadoption threads;

    @Parameters(index = "0", paramLabel = "${bundle:label.alt:-ALT}", descriptionKey = "diff.alt")
    Path alt;

    @Parameters(index = "1", paramLabel = "${bundle:label.neu:-NEU}", descriptionKey = "diff.neu")
    Path neu;

    @Option(names = "--regel", paramLabel = "PRESET", defaultValue = "dashboard-online", descriptionKey = "regel")
    String regelName;

    @Option(names = "--warnschwelle", paramLabel = "${bundle:label.prozent:-PROZENT}", defaultValue = "20", converter = Umwandlung.Prozent.class,
            descriptionKey = "diff.warnschwelle")
    double warnschwelleProzent;

    @Option(names = "--charset", paramLabel = "NAME", defaultValue = "UTF-8", converter = Umwandlung.Zeichensatz.class,
            descriptionKey = "charset")
    java.nio.charset.Charset zeichensatz;

    @Option(names = "--format", paramLabel = "FORMAT", converter = Umwandlung.Format.class, descriptionKey = "diff.format")
    Dateiformat format;

    @Option(names = "--json", descriptionKey = "diff.json")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Darstellung d = ausgabe.darstellung();
        Zaehlregel regel = Eingaben.zaehlregel(spec, regelName, d);
        Dateipruefung pruefung = new Dateipruefung(zeichensatz, Optional.ofNullable(format),
                regeloptionen.auswahl(spec, d.locale()), Optional.empty(), Optional.empty())
                .withThreads(threads.anzahl());
        Eingaben.pruefeAusgaben(spec, d, List.of(alt, neu), null);
        Dateiformat formatAlt = Eingaben.format(spec, d, pruefung, "ALT", alt, Dateiformat::isStatus,
                "report.keinStatus");
        Dateiformat formatNeu = Eingaben.format(spec, d, pruefung, "NEU", neu, Dateiformat::isStatus,
                "report.keinStatus");
        double warnschwelle = warnschwelleProzent / 100;
        Fortschritt fa = fortschritt(alt);
        Fortschritt fn = fortschritt(neu);
        List<Dateipruefung.Statuslesung> gelesen = Eingaben.statusdateien(spec, ausgabe.darstellung(), pruefung, List.of(
                new Dateipruefung.Statusauftrag(alt, formatAlt, fa, Statussammler.leer(null, true)),
                new Dateipruefung.Statusauftrag(neu, formatNeu, fn, Statussammler.leer(null, true))));
        Dateipruefung.Statuslesung la = gelesen.get(0);
        Dateipruefung.Statuslesung ln = gelesen.get(1);
        fa.fertig(la.datensaetze());
        fn.fertig(ln.datensaetze());
        Pruefbericht ba = la.bericht();
        Pruefbericht bn = ln.bericht();
        Stichtagsdiff diff = Stichtagsvergleich.of(regel).withWarnschwelle(warnschwelle)
                .compare(la.sammler().schnappschuss().orElseThrow(), ln.sammler().schnappschuss().orElseThrow());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode j = OzgJson.mapper().createObjectNode();
            // "neu" is the count of new combinations; the later file is dateiNeu.datei (an earlier
            // version wrote the path under "neu" too, a duplicate key whose count JSON readers kept)
            j.put("alt", alt.toString());
            j.put("regel", regel.name());
            j.put("zeilenAlt", diff.zeilenAlt());
            j.put("zeilenNeu", diff.zeilenNeu());
            j.put("onlineAlt", diff.onlineAlt());
            j.put("onlineNeu", diff.onlineNeu());
            for (Map.Entry<Veraenderung.Art, Long> e : diff.anzahlen().entrySet()) {
                j.put(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue());
            }
            if (Double.isInfinite(diff.zeilenaenderung())) {
                j.put("zeilenaenderung", "Infinity");
            } else {
                j.put("zeilenaenderung", diff.zeilenaenderung());
            }
            j.put("warnschwelle", diff.warnschwelle());
            j.put("auffaellig", diff.isAuffaellig());
            j.put("fehlerhafteZeilen", la.abgewiesen() + ln.abgewiesen());
            j.set("dateiAlt", datei(alt, formatAlt, la));
            j.set("dateiNeu", datei(neu, formatNeu, ln));
            OzgJson.mapper().writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, j);
            out.println();
        } else {
            Gesamtbericht.Eingabe ea = Gesamtbericht.Eingabe.status(alt, formatAlt, la.datensaetze(), la.abgewiesen(), la.stichtage(), false, true);
            Gesamtbericht.Eingabe en = Gesamtbericht.Eingabe.status(neu, formatNeu, ln.datensaetze(), ln.abgewiesen(), ln.stichtage(), false, true);
            out.println(Berichtstabellen.eingaben(List.of(ea, en), d).toText());
            out.println(Berichtstabellen.regel(regel, d));
            out.println();
            String[] koepfe = Berichtstabellen.seitenkoepfe(List.of(ea, en), d);
            out.println(Berichtstabellen.vergleich(diff, koepfe[0], koepfe[1], d).toText());
            out.println(Berichtstabellen.veraenderungen(diff, d).toText());
            String warnung = Berichtstabellen.warnung(diff, d);
            if (warnung != null) {
                out.println(warnung);
                out.println();
            }
            befunde(out, d, alt, formatAlt, la);
            befunde(out, d, neu, formatNeu, ln);
        }
        out.flush();
        return ba.hasErrors() || bn.hasErrors() || !ba.technischeFehler().isEmpty() || !bn.technischeFehler().isEmpty()
                ? OzgCli.FEHLER : OzgCli.OK;
    }

    /** The findings of one file, as {@code validate} shows them; nothing for a clean file. */
    private static void befunde(PrintWriter out, Darstellung d, Path datei, Dateiformat format,
            Dateipruefung.Statuslesung l) {
        Pruefbericht b = l.bericht();
        if (!b.befunde().isEmpty() || !b.technischeFehler().isEmpty()) {
            BefundText.schreibe(new Dateipruefung.Ergebnis(datei, format, b, l.abgewiesen(), l.stichtage(),
                    Optional.empty(), OzgCli.FEHLER, false), out, d, false);
        }
    }

    private Fortschritt fortschritt(Path datei) {
        return ausgabe.fortschritt(spec.commandLine().getErr(), datei.getFileName().toString());
    }


    private static ObjectNode datei(Path datei, Dateiformat format, Dateipruefung.Statuslesung l) {
        ObjectNode o = OzgJson.mapper().createObjectNode();
        o.put("datei", datei.toString());
        o.put("format", format.kennung());
        o.put("datensaetze", l.datensaetze());
        o.put("abgewiesen", l.abgewiesen());
        o.set("stichtage", BerichtJson.stichtage(l.stichtage()));
        return o;
    }
}
