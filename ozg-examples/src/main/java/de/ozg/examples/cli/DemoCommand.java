package de.ozg.examples.cli;

import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Bundesressort;
import de.ozg.core.ref.Federfuehrung;
import de.ozg.core.ref.Referenzdaten;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ozg demo}: the main job on the built-in default. Shows the 14 Themenfelder with their
 * Federführung at a Stichtag and explains a set of example identifiers, including broken ones.
 * Deterministic: the default Stichtag is fixed, so every run prints the same.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Zeigt die Themenfelder mit Federführung zu einem Stichtag und erklärt Beispiel-Bezeichner.")
final class DemoCommand implements Callable<Integer> {

    /** Fixed so the demo prints the same on every run; after the 2021 renamings. */
    static final LocalDate STANDARD_STICHTAG = LocalDate.of(2022, 1, 1);

    static final List<String> BEISPIELE = List.of(
            "99041006013000", "urn:de:fim:leika:leistung:99041006000000", "10000", "150020000000",
            "15002000", "S00000092V1.1", "nicht im LeiKa", " 1001000", "9904100601300", "01O010000000");

    @Spec
    CommandSpec spec;

    @Option(names = "--stichtag", paramLabel = "JJJJ-MM-TT",
            description = "Stichtag der Federführung (Standard: ${DEFAULT-VALUE}).", defaultValue = "2022-01-01")
    LocalDate stichtag = STANDARD_STICHTAG;

    @Parameters(paramLabel = "BEZEICHNER", arity = "0..*",
            description = "Zu erklärende Bezeichner (Standard: eine Auswahl gültiger und kaputter Beispiele).")
    List<String> bezeichner = List.of();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        druckeFederfuehrung(out, stichtag);
        out.println();
        out.println("Bezeichner erklärt:");
        for (String b : bezeichner.isEmpty() ? BEISPIELE : bezeichner) {
            Erklaerung.erklaere(b).forEach(out::println);
        }
        out.println();
        out.println("Referenzdaten: " + Referenzdaten.versionen().values().stream()
                .map(v -> v.resource() + " v" + v.version() + " (Stand " + v.stand() + ")")
                .collect(Collectors.joining(", ")));
        out.flush();
        return 0;
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
        out.println("(? = in den Quellen unsicher; unbekannt = nicht geraten)");
        List<Bundesressort> gueltig = Bundesressort.alle().stream().filter(r -> r.isGueltigAm(stichtag)).toList();
        out.printf("%d Bundesressorts am %s, %d Länder.%n", gueltig.size(), stichtag, Bundesland.values().length);
    }
}
