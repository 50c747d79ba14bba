package de.ozg.examples.cli;

import de.ozg.core.aggregation.Reifegradverteilung;
import de.ozg.core.aggregation.Tabelle;
import de.ozg.core.aggregation.Umsetzungsbild;
import de.ozg.core.id.Ars;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.validation.Severity;
import de.ozg.core.validation.Zusammenfassung;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders a {@link Gesamtbericht} as plain-text tables for the terminal. */
final class BerichtText {

    private BerichtText() {
    }

    static void schreibe(Gesamtbericht bericht, PrintWriter out, Locale locale) {
        out.println("Zählregel: " + bericht.regel().name() + " — " + bericht.regel());
        out.println();
        out.println(bericht.themenfeldTabelle().toText());
        bericht.bild().ifPresent(bild -> {
            out.println(bild.toTabelle(Umsetzungsbild.Gliederung.LAND).toText());
            out.println(reifegradTabelle(bild).toText());
            out.println(flaechendeckungTabelle(bild).toText());
            out.println(bericht.zeilenbilanz().orElseThrow().toTabelle().toText());
        });
        bericht.diff().ifPresent(d -> {
            out.println(d.toTabelle().toText());
            if (d.isAuffaellig()) {
                out.printf(Locale.GERMANY, "WARNUNG: Die Zeilenzahl ändert sich um %.1f %% (Schwelle %.0f %%).%n",
                        d.zeilenaenderung() * 100, d.warnschwelle() * 100);
            }
        });
        bericht.zusatzTabellen().forEach(t -> out.println(t.toText()));
        if (bericht.eingaben().isEmpty()) {
            out.println(bericht.pruefbericht().zusammenfassung().toText(locale));
        } else {
            out.println(bericht.eingabenTabelle().toText());
            out.println(befunde(bericht.pruefbericht().zusammenfassung(), locale));
        }
    }

    /**
     * The verdict and the findings over all files, without a record count: each file has its own
     * (the table of inputs), and records of different files are never added up.
     */
    static String befunde(Zusammenfassung z, Locale locale) {
        boolean de = "de".equals(locale.getLanguage());
        StringBuilder sb = new StringBuilder(de ? "Prüfbericht: " : "Validation report: ").append(z.urteil().label(locale))
                .append("; ").append(Severity.ERROR.anzahl(z.fehler(), locale)).append(", ")
                .append(Severity.WARNING.anzahl(z.warnungen(), locale)).append(", ")
                .append(Severity.INFO.anzahl(z.hinweise(), locale));
        if (z.unterdrueckt() > 0) {
            sb.append(de ? "; davon " + z.unterdrueckt() + " nicht gespeichert (Begrenzung je Regel)"
                    : "; " + z.unterdrueckt() + " of these not stored (limit per rule)");
        }
        return sb.toString();
    }

    static Tabelle reifegradTabelle(Umsetzungsbild bild) {
        Reifegradverteilung v = bild.gesamt().verteilung();
        List<List<String>> zeilen = new ArrayList<>();
        for (int stufe = 0; stufe < v.proStufe().size(); stufe++) {
            Reifegrad r = Reifegrad.of(v.modell(), stufe);
            zeilen.add(List.of(r.toString(), r.bezeichnung().orElse(""), String.valueOf(v.proStufe().get(stufe))));
        }
        zeilen.add(List.of("—", "ohne Reifegrad", String.valueOf(v.ohneReifegrad())));
        return new Tabelle("Reifegradverteilung der LeiKa-Leistungen (bester Reifegrad je Leistung)",
                List.of("Reifegrad", "Stufe", "LeiKa-Leistungen"), zeilen);
    }

    static Tabelle flaechendeckungTabelle(Umsetzungsbild bild) {
        List<List<String>> zeilen = new ArrayList<>();
        for (Bundesland land : Bundesland.values()) {
            var k = bild.proLand().get(land);
            if (k == null) {
                continue;
            }
            zeilen.add(List.of(land.kuerzel(), land.bezeichnung(), String.valueOf(k.leikaRelevant()),
                    String.valueOf(bild.anzahlFlaechendeckend(Ars.of(land))), Gesamtbericht.prozent(k.abdeckung())));
        }
        return new Tabelle("Flächendeckung je Land (100 % der relevanten Gemeinden; 99 % zählt nicht)",
                List.of("Land", "Name", "relevante LeiKa", "flächendeckend", "Abdeckung Gemeinden"), zeilen);
    }
}
