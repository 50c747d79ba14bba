package de.ozg.examples.cli;

import de.ozg.core.aggregation.EfaAbdeckung;
import de.ozg.core.aggregation.EfaAbdeckungsbild;
import de.ozg.core.aggregation.Landesumsetzung;
import de.ozg.core.aggregation.Schnappschuss;
import de.ozg.core.aggregation.Stichtagsdiff;
import de.ozg.core.aggregation.Stichtagsvergleich;
import de.ozg.core.aggregation.Tabelle;
import de.ozg.core.aggregation.Umsetzungsbild;
import de.ozg.core.aggregation.Umsetzungsmatrix;
import de.ozg.core.aggregation.Zaehlregel;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Federfuehrung;
import de.ozg.core.ref.Referenzdaten;
import de.ozg.core.validation.Pruefbericht;
import de.ozg.core.validation.Pruefer;
import de.ozg.core.validation.Regelwerk;
import de.ozg.examples.cli.Gesamtbericht.Eingabe;
import de.ozg.examples.demo.DemoWelt;
import de.ozg.json.UmsetzungsstandReader;
import de.ozg.json.UmsetzungsstandWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ozg demo}: the main job on the built-in default. Builds the demo world (no files needed),
 * checks it, and prints in two screens what the library does: reference data, validation with
 * findings, figures per Themenfeld and Land, Reifegrad and Flächendeckung, EfA reuse, a Land's
 * implementation state and the comparison of two Stichtage — plus explanations of identifiers.
 * Deterministic: the same output on every run.
 */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {

    /** Fixed so the demo prints the same on every run; after the 2021 renamings. */
    static final LocalDate STANDARD_STICHTAG = LocalDate.of(2022, 1, 1);

    static final List<String> BEISPIELE = List.of("99041006013000", " 1001000", "9904100601300");

    @Spec
    CommandSpec spec;

    @Mixin
    Ausgabeoptionen ausgabe;

    @Option(names = "--stichtag", paramLabel = "${bundle:label.datum:-DATUM}", converter = Umwandlung.Datum.class,
            descriptionKey = "demo.stichtag", defaultValue = "2022-01-01")
    LocalDate stichtag = STANDARD_STICHTAG;

    @Option(names = "--html", paramLabel = "${bundle:label.datei:-DATEI}", arity = "0..1", fallbackValue = "ozg-demo.html",
            descriptionKey = "demo.html")
    Path html;

    @Parameters(paramLabel = "${bundle:label.bezeichner:-BEZEICHNER}", arity = "0..*", descriptionKey = "demo.bezeichner")
    List<String> bezeichner = List.of();

    @Override
    public Integer call() throws IOException {
        Darstellung d = ausgabe.darstellung();
        PrintWriter out = spec.commandLine().getOut();
        DemoWelt welt = DemoWelt.baue();
        Zaehlregel regel = Zaehlregel.DASHBOARD_ONLINE;

        out.println(d.text("demo.titel"));
        out.println(d.text("demo.referenzdaten", Referenzdaten.versionen().values().stream()
                .map(v -> v.resource() + " v" + v.version()).collect(Collectors.joining(", "))));
        druckeFederfuehrung(out, stichtag, d);

        // Status rows travel through JSON Lines and back, as a dashboard feed would.
        String name1 = "stand-" + welt.stichtag1() + ".jsonl";
        String name2 = "stand-" + welt.stichtag2() + ".jsonl";
        Pruefbericht stand1 = ueberJsonLines(welt.stand1(), name1);
        Pruefbericht stand2 = ueberJsonLines(welt.stand2(), name2);
        Pruefbericht alle = welt.katalog().bericht().plus(stand1).plus(stand2);

        out.println();
        out.println(d.text("demo.pruefung"));
        out.println(d.text("pruefbericht.urteil", alle.verdict().label(d.locale())));
        out.println(BefundText.zusammenfassung(alle.zusammenfassung(), d));
        welt.katalog().bericht().befunde().forEach(b -> out.println("  " + b.severity().label(d.locale()) + " "
                + b.toText(d.locale())));

        Umsetzungsbild bild = welt.stand2().stream()
                .collect(Umsetzungsmatrix.collector(welt.katalog().model(), welt.verzeichnis(), regel));
        Stichtagsdiff diff = Stichtagsvergleich.of(regel).compare(Schnappschuss.of(welt.stand1()),
                Schnappschuss.of(welt.stand2()));
        EfaAbdeckungsbild efa = welt.dienste().stream().collect(EfaAbdeckung.collector(welt.verzeichnis()));
        Landesumsetzung st = Landesumsetzung.of(welt.uebersicht(), welt.katalog().model());
        List<Tabelle> zusatz = List.of(DemoTabellen.efa(efa, d), DemoTabellen.landesumsetzung(st, d));
        List<Eingabe> eingaben = List.of(
                Eingabe.stammdaten(Path.of(DemoWelt.KATALOG_RESSOURCE), Dateiformat.UMSETZUNGSKATALOG_CSV,
                        Eingabe.Rolle.KATALOG, welt.katalog().bericht().datensaetze(), welt.katalog().abgewieseneZeilen(),
                        Optional.of(welt.katalog().model().stand()), Eingabe.Standquelle.DEMO),
                Eingabe.status(Path.of(name1), Dateiformat.STATUS_JSONL, welt.stand1().size(), 0,
                        stichtage(welt.stand1()), false, true),
                Eingabe.status(Path.of(name2), Dateiformat.STATUS_JSONL, welt.stand2().size(), 0,
                        stichtage(welt.stand2()), true, true));
        Gesamtbericht bericht = new Gesamtbericht(welt.katalog().model(), alle, regel, Optional.of(bild),
                Optional.of(diff), zusatz, eingaben);

        out.println();
        out.println(d.text("demo.kennzahlen", d.datum(welt.stichtag2())));
        out.println(Berichtstabellen.regel(regel, d));
        out.println();
        out.println(Berichtstabellen.themenfelder(bericht, d).toText());
        out.println(Berichtstabellen.laender(bild, d).toText());
        out.println(d.text("abdeckung.hinweis"));
        out.println();
        out.println(Berichtstabellen.reifegrade(bild, d).toText());
        out.println(Berichtstabellen.zeilenbilanz(bericht.zeilenbilanz().orElseThrow(), d).toText());
        out.println(d.text("demo.efa"));
        out.println(zusatz.get(0).toText());
        out.println(zusatz.get(1).toText());
        out.println(d.text("demo.vergleich", d.datum(welt.stichtag1()), d.datum(welt.stichtag2())));
        out.println(Berichtstabellen.vergleich(diff, d.datum(welt.stichtag1()), d.datum(welt.stichtag2()), d).toText());
        out.println(Berichtstabellen.veraenderungen(diff, d).toText());

        out.println(d.text("demo.bezeichner"));
        for (String b : bezeichner.isEmpty() ? BEISPIELE : bezeichner) {
            Erklaerung.erklaere(b, d).forEach(out::println);
        }
        if (html != null) {
            Files.writeString(html, BerichtHtml.render(bericht, d.text("html.titelDemo"), d), StandardCharsets.UTF_8);
            out.println();
            out.println(d.text("html.geschrieben", html));
        }
        out.flush();
        return OzgCli.OK;
    }

    private static Stichtage stichtage(List<Umsetzungsstand> zeilen) {
        Stichtage s = new Stichtage();
        zeilen.forEach(z -> s.add(z.stichtag()));
        return s;
    }

    private static Pruefbericht ueberJsonLines(List<Umsetzungsstand> zeilen, String name) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (UmsetzungsstandWriter w = UmsetzungsstandWriter.jsonLines(bytes)) {
            for (Umsetzungsstand z : zeilen) {
                w.write(z);
            }
        }
        Pruefer<Umsetzungsstand> pruefer = Regelwerk.<Umsetzungsstand>of().start();
        try (UmsetzungsstandReader r = UmsetzungsstandReader.jsonLines(
                new ByteArrayInputStream(bytes.toByteArray()),
                b -> pruefer.report(b.withFundstelle(b.fundstelle().withQuelle(name))))) {
            r.forEachRemaining(pruefer::check);
        }
        return pruefer.result();
    }

    static void druckeFederfuehrung(PrintWriter out, LocalDate stichtag, Darstellung d) {
        out.println(d.text("demo.federfuehrung", d.datum(stichtag)));
        out.printf("%-3s %-36s %-22s %s%n", d.text("spalte.nr"), d.text("spalte.themenfeld"),
                d.text("spalte.ressorts"), d.text("spalte.laender"));
        for (Federfuehrung f : Federfuehrung.alleAm(stichtag)) {
            String ressorts = f.isRessortsBekannt()
                    ? f.ressorts().stream().map(r -> r.kuerzel() + (f.unsichereRessorts().contains(r) ? "?" : ""))
                            .collect(Collectors.joining(" + "))
                    : d.text("unbekannt");
            String laender = f.isLaenderBekannt()
                    ? f.laender().stream().map(l -> l.bezeichnung() + (f.unsichereLaender().contains(l) ? "?" : ""))
                            .collect(Collectors.joining(" + "))
                    : d.text("unbekannt");
            out.printf("%-3d %-36s %-22s %s%n", f.themenfeld().nummer(), f.themenfeld().bezeichnung(), ressorts,
                    laender);
        }
        out.println(d.text("demo.federfuehrungLegende", d.zahl(Bundesland.values().length)));
    }
}
