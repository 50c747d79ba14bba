package de.ozg.examples.cli;

import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Pruefbericht;
import de.ozg.core.validation.Severity;
import de.ozg.core.validation.TechnischerFehler;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The human output of {@code ozg validate}: the summary first, then the findings grouped by
 * severity and rule, each with line, column, value and message. A rule with many findings shows its
 * first few and says how many more there are, so 426 placeholder notes do not bury one error;
 * {@code --alle} shows every stored finding.
 */
final class BefundText {

    /** Findings shown per rule unless all are asked for. */
    static final int JE_REGEL = 5;

    private BefundText() {
    }

    static void schreibe(Dateipruefung.Ergebnis ergebnis, PrintWriter out, Locale locale, boolean alle) {
        Pruefbericht bericht = ergebnis.bericht();
        boolean de = "de".equals(locale.getLanguage());
        out.println(ergebnis.datei() + " (" + ergebnis.format().kennung() + ")");
        out.println("  " + bericht.zusammenfassung().toText(locale).replace("\n", "\n  "));
        if (ergebnis.isStatus()) {
            long n = bericht.datensaetze();
            out.println(String.format(locale, de ? "  davon %,d abgewiesen, %,d angenommen" : "  %,d of them rejected, %,d accepted",
                    ergebnis.abgewiesen(), n - ergebnis.abgewiesen()));
        }
        for (TechnischerFehler t : bericht.technischeFehler()) {
            out.println("  " + (de ? "NICHT PRÜFBAR: " : "NOT CHECKABLE: ") + t.toText(locale));
        }
        for (Severity severity : Severity.values()) {
            Map<String, List<Befund>> nachRegel = new LinkedHashMap<>();
            for (Befund b : bericht.befunde(severity)) {
                nachRegel.computeIfAbsent(b.regelId(), r -> new ArrayList<>()).add(b);
            }
            for (Map.Entry<String, List<Befund>> e : nachRegel.entrySet()) {
                List<Befund> befunde = e.getValue();
                long gesamt = befunde.size() + bericht.unterdrueckt(e.getKey());
                out.printf("  %s %s (%d)%n", severity.label(locale).toUpperCase(locale), e.getKey(), gesamt);
                int zeigen = alle ? befunde.size() : Math.min(JE_REGEL, befunde.size());
                for (Befund b : befunde.subList(0, zeigen)) {
                    out.println("    " + b.withFundstelle(b.fundstelle().ohneQuelle()).toText(locale));
                }
                if (gesamt > zeigen) {
                    out.println("    … " + (gesamt - zeigen) + (de ? " weitere" : " more")
                            + (alle ? "" : de ? " (alle mit --alle)" : " (all with --alle)"));
                }
            }
        }
        out.println();
    }
}
