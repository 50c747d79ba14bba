package de.ozg.examples.cli;

import de.ozg.core.validation.Regel;
import de.ozg.core.validation.Regelwerk;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ozg regeln}: every rule id of every rule set — catalogue, Gebietsverzeichnis, status data
 * with the CSV table rules, and the tool's own rules about files — with its severity and meaning in
 * the language of the run, one line per rule so that it can be searched with grep. With
 * {@code --ohne} and {@code --severity} it shows what those options would make of the rules.
 */
@Command(name = "regeln", mixinStandardHelpOptions = true)
final class RegelnCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Ausgabeoptionen ausgabe;

    @Mixin
    Regeloptionen regeloptionen;

    @Option(names = "--regelwerk", paramLabel = "katalog|gebiete|status|dateien", descriptionKey = "regeln.regelwerk",
            converter = Umwandlung.Regelsatzwert.class)
    Regelauswahl.Regelsatz nurRegelsatz;

    @Override
    public Integer call() {
        Darstellung d = ausgabe.darstellung();
        Regelauswahl auswahl = regeloptionen.auswahl(spec, d.locale());
        PrintWriter out = spec.commandLine().getOut();
        boolean erster = true;
        boolean umgestuft = false;
        for (Regelauswahl.Regelsatz satz : Regelauswahl.Regelsatz.values()) {
            if (nurRegelsatz != null && nurRegelsatz != satz) {
                continue;
            }
            if (!erster) {
                out.println();
            }
            erster = false;
            umgestuft |= schreibe(out, d, satz, auswahl.regelwerk(satz));
        }
        if (umgestuft) {
            out.println();
            out.println(d.text("regeln.legende"));
        }
        out.flush();
        return OzgCli.OK;
    }

    /** Lists one rule set; true when a rule's severity differs from its standard. */
    private static <T> boolean schreibe(PrintWriter out, Darstellung d, Regelauswahl.Regelsatz satz, Regelwerk<T> r) {
        List<Regel<T>> regeln = r.regeln();
        out.println(d.text("regeln.satz", d.label(satz), d.anzahl(regeln.size(), "anzahl.regel")));
        int breite = regeln.stream().mapToInt(x -> x.id().length()).max().orElse(0);
        List<String> stufen = new ArrayList<>();
        for (Regel<T> regel : regeln) {
            stufen.add(r.isAktiv(regel.id()) ? r.severity(regel.id()).label(d.locale()) : d.text("regeln.aus"));
        }
        int stufenbreite = stufen.stream().mapToInt(String::length).max().orElse(0);
        boolean umgestuft = false;
        for (int i = 0; i < regeln.size(); i++) {
            Regel<T> regel = regeln.get(i);
            String stufe = stufen.get(i);
            if (r.isAktiv(regel.id()) && r.severity(regel.id()) != regel.standardSeverity()) {
                stufe = stufe + "*";
                umgestuft = true;
            }
            out.println("  " + pad(regel.id(), breite) + "  " + pad(stufe, stufenbreite + 1) + "  "
                    + regel.beschreibung(d.locale()));
        }
        return umgestuft;
    }

    private static String pad(String s, int breite) {
        return s + " ".repeat(Math.max(0, breite - s.length()));
    }
}
