package de.ozg.examples.cli;

import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Pruefbericht;
import de.ozg.core.validation.Severity;
import de.ozg.core.validation.TechnischerFehler;
import de.ozg.core.validation.Zusammenfassung;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The human output of {@code ozg validate}: per file its format, Stand or Stichtage, the summary,
 * then the findings grouped by severity and rule, each with line, column, value and message. A rule
 * with many findings shows its first few and says how many more there are, so 426 placeholder notes
 * do not bury one error; {@code --alle} shows every stored finding.
 */
final class BefundText {

    /** Findings shown per rule unless all are asked for. */
    static final int JE_REGEL = 5;

    private BefundText() {
    }

    static void schreibe(Dateipruefung.Ergebnis ergebnis, PrintWriter out, Darstellung d, boolean alle) {
        Pruefbericht bericht = ergebnis.bericht();
        out.println(ergebnis.datei() + " (" + ergebnis.format().kennung() + ")");
        if (ergebnis.isStatus()) {
            out.println("  " + ergebnis.stichtage().toText(d));
        } else if (ergebnis.format().isKatalog() || ergebnis.format() == Dateiformat.GEMEINDEVERZEICHNIS_CSV) {
            out.println("  " + d.text("stand", d.datum(ergebnis.stand())));
        }
        out.println("  " + d.text("pruefbericht.urteil", bericht.urteil().label(d.locale())));
        out.println("  " + zusammenfassung(bericht.zusammenfassung(), d));
        if (ergebnis.isStatus()) {
            long n = bericht.datensaetze();
            out.println("  " + d.text("validate.angenommen", d.zahl(ergebnis.abgewiesen()),
                    d.zahl(n - ergebnis.abgewiesen())));
        }
        for (TechnischerFehler t : bericht.technischeFehler()) {
            out.println("  " + d.text("validate.nichtPruefbar", t.toText(d.locale())));
        }
        for (Severity severity : Severity.values()) {
            Map<String, List<Befund>> nachRegel = new LinkedHashMap<>();
            for (Befund b : bericht.befunde(severity)) {
                nachRegel.computeIfAbsent(b.regelId(), r -> new ArrayList<>()).add(b);
            }
            for (Map.Entry<String, List<Befund>> e : nachRegel.entrySet()) {
                List<Befund> befunde = e.getValue();
                long gesamt = befunde.size() + bericht.unterdrueckt(e.getKey());
                out.println("  " + severity.label(d.locale()).toUpperCase(d.locale()) + " " + e.getKey() + " ("
                        + d.zahl(gesamt) + ")");
                int zeigen = alle ? befunde.size() : Math.min(JE_REGEL, befunde.size());
                for (Befund b : befunde.subList(0, zeigen)) {
                    out.println("    " + b.withFundstelle(b.fundstelle().ohneQuelle()).toText(d.locale()));
                }
                if (gesamt > zeigen) {
                    out.println("    … " + d.text(alle ? "validate.weitere" : "validate.weitereAlle",
                            d.zahl(gesamt - zeigen)));
                }
            }
        }
        out.println();
    }

    /**
     * The counts of a report in one line: "5 Datensätze geprüft: 0 Fehler, 1 Warnung, 2 Hinweise",
     * with technical failures and suppressed findings when there are any.
     */
    static String zusammenfassung(Zusammenfassung z, Darstellung d) {
        StringBuilder sb = new StringBuilder(d.text("pruefbericht.geprueft", d.anzahl(z.datensaetze(), "anzahl.datensatz"),
                befundzahlen(z, d)));
        if (z.technischeFehler() > 0) {
            sb.append("; ").append(d.anzahl(z.technischeFehler(), "anzahl.technischerFehler"));
        }
        if (z.unterdrueckt() > 0) {
            sb.append("; ").append(d.text("pruefbericht.unterdrueckt", d.anzahl(z.unterdrueckt(), "anzahl.befund")));
        }
        return sb.toString();
    }

    /** "0 Fehler, 1 Warnung, 2 Hinweise". */
    static String befundzahlen(Zusammenfassung z, Darstellung d) {
        return d.anzahl(z.fehler(), "anzahl.fehler") + ", " + d.anzahl(z.warnungen(), "anzahl.warnung") + ", "
                + d.anzahl(z.hinweise(), "anzahl.hinweis");
    }
}
