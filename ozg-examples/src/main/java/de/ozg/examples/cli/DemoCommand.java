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
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
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
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Baut eine Demo-Welt, prüft sie und zeigt Kennzahlen, Nachnutzung und Stichtagsvergleich.")
final class DemoCommand implements Callable<Integer> {

    /** Fixed so the demo prints the same on every run; after the 2021 renamings. */
    static final LocalDate STANDARD_STICHTAG = LocalDate.of(2022, 1, 1);

    static final List<String> BEISPIELE = List.of("99041006013000", " 1001000", "9904100601300");

    @Spec
    CommandSpec spec;

    @Option(names = "--stichtag", paramLabel = "JJJJ-MM-TT",
            description = "Stichtag der Federführung (Standard: ${DEFAULT-VALUE}).", defaultValue = "2022-01-01")
    LocalDate stichtag = STANDARD_STICHTAG;

    @Option(names = "--html", paramLabel = "DATEI", arity = "0..1", fallbackValue = "ozg-demo.html",
            description = "Schreibt den Bericht als HTML (Standard: ozg-demo.html).")
    Path html;

    @Parameters(paramLabel = "BEZEICHNER", arity = "0..*",
            description = "Zu erklärende Bezeichner (Standard: eine Auswahl gültiger und kaputter Beispiele).")
    List<String> bezeichner = List.of();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        DemoWelt welt = DemoWelt.baue();
        Zaehlregel regel = Zaehlregel.DASHBOARD_ONLINE;

        out.println("== OZG-Demo: eine erfundene, realistische Welt (Katalog, 16 Länder, zwei Stichtage, EfA) ==");
        out.println("Referenzdaten: " + Referenzdaten.versionen().values().stream()
                .map(v -> v.resource() + " v" + v.version()).collect(Collectors.joining(", ")));
        druckeFederfuehrung(out, stichtag);

        // Status rows travel through JSON Lines and back, as a dashboard feed would.
        Pruefbericht stand1 = ueberJsonLines(welt.stand1(), "stand-" + welt.stichtag1() + ".jsonl");
        Pruefbericht stand2 = ueberJsonLines(welt.stand2(), "stand-" + welt.stichtag2() + ".jsonl");
        Pruefbericht alle = welt.katalog().bericht().plus(stand1).plus(stand2);

        out.println();
        out.println("-- Prüfung (alle Befunde auf einmal, mit Zeile und Spalte) --");
        out.println(alle.zusammenfassung().toText(Locale.GERMAN));
        welt.katalog().bericht().befunde().forEach(b -> out.println("  " + b.severity().labelDe() + " "
                + b.toText(Locale.GERMAN)));

        Umsetzungsbild bild = welt.stand2().stream()
                .collect(Umsetzungsmatrix.collector(welt.katalog().model(), welt.verzeichnis(), regel));
        Stichtagsdiff diff = Stichtagsvergleich.of(regel).vergleiche(Schnappschuss.of(welt.stand1()),
                Schnappschuss.of(welt.stand2()));
        EfaAbdeckungsbild efa = welt.dienste().stream().collect(EfaAbdeckung.collector(welt.verzeichnis()));
        Landesumsetzung st = Landesumsetzung.of(welt.uebersicht(), welt.katalog().model());
        List<Tabelle> zusatz = List.of(efa.toTabelle(EfaAbdeckungsbild.Gliederung.ONLINEDIENST), st.toTabelle());
        Gesamtbericht bericht = new Gesamtbericht(welt.katalog().model(), alle, regel,
                java.util.Optional.of(bild), java.util.Optional.of(diff), zusatz);

        out.println();
        out.println("-- Kennzahlen am " + welt.stichtag2() + " (Zählregel " + regel.name() + ") --");
        out.println(bericht.themenfeldTabelle().toText());
        out.println(BerichtText.flaechendeckungTabelle(bild).toText());
        out.println(BerichtText.reifegradTabelle(bild).toText());
        out.println(bild.zeilenbilanz().toTabelle().toText());
        out.println("-- EfA-Nachnutzung und Sachsen-Anhalts Umsetzungsstand --");
        out.println(DemoTabellen.efa(efa).toText());
        out.println(DemoTabellen.landesumsetzung(st).toText());
        out.println("-- Vergleich " + welt.stichtag1() + " → " + welt.stichtag2() + " --");
        out.println(diff.toTabelle().toText());

        out.println("-- Bezeichner erklärt --");
        for (String b : bezeichner.isEmpty() ? BEISPIELE : bezeichner) {
            Erklaerung.erklaere(b).forEach(out::println);
        }
        if (html != null) {
            Files.writeString(html, BerichtHtml.render(bericht, "OZG-Demo"), StandardCharsets.UTF_8);
            out.println();
            out.println("HTML-Bericht geschrieben: " + html);
        }
        out.flush();
        return OzgCli.OK;
    }

    private static Pruefbericht ueberJsonLines(List<Umsetzungsstand> zeilen, String name) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (UmsetzungsstandWriter w = UmsetzungsstandWriter.jsonLines(bytes)) {
            for (Umsetzungsstand z : zeilen) {
                w.write(z);
            }
        }
        Pruefer<Umsetzungsstand> pruefer = Regelwerk.<Umsetzungsstand>of().starte();
        try (UmsetzungsstandReader r = UmsetzungsstandReader.jsonLines(
                new ByteArrayInputStream(bytes.toByteArray()),
                b -> pruefer.melde(b.withFundstelle(b.fundstelle().withQuelle(name))))) {
            r.forEachRemaining(pruefer::pruefe);
        }
        return pruefer.ergebnis();
    }

    static void druckeFederfuehrung(PrintWriter out, LocalDate stichtag) {
        out.printf("Die 14 Themenfelder und ihre Federführung am %s%n", stichtag);
        out.printf("%-3s %-36s %-22s %s%n", "Nr", "Themenfeld", "Bundesressort(s)", "Land/Länder");
        for (Federfuehrung f : Federfuehrung.alleAm(stichtag)) {
            String ressorts = f.isRessortsBekannt()
                    ? f.ressorts().stream().map(r -> r.kuerzel() + (f.unsichereRessorts().contains(r) ? "?" : ""))
                            .collect(Collectors.joining(" + "))
                    : "unbekannt";
            String laender = f.isLaenderBekannt()
                    ? f.laender().stream().map(l -> l.bezeichnung() + (f.unsichereLaender().contains(l) ? "?" : ""))
                            .collect(Collectors.joining(" + "))
                    : "unbekannt";
            out.printf("%-3d %-36s %-22s %s%n", f.themenfeld().nummer(), f.themenfeld().bezeichnung(), ressorts,
                    laender);
        }
        out.println("(? = in den Quellen unsicher; unbekannt = nicht geraten; " + Bundesland.values().length
                + " Länder)");
    }

}
