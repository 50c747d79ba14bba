package de.ozg.examples.cli;

import de.ozg.core.aggregation.Tabelle;
import de.ozg.core.validation.TechnischerFehler;
import de.ozg.core.validation.Zusammenfassung;
import java.io.PrintWriter;

/**
 * Renders a {@link Gesamtbericht} as plain-text tables for the terminal: first what the report is
 * about (its inputs with Stand or Stichtage, and the counting rule, once), then the figures. Figures
 * that need status data are left out without it, and the report says why.
 */
final class BerichtText {

    private BerichtText() {
    }

    static void schreibe(Gesamtbericht bericht, PrintWriter out, Darstellung d) {
        if (!bericht.eingaben().isEmpty()) {
            out.println(Berichtstabellen.eingaben(bericht.eingaben(), d).toText());
        }
        out.println(Berichtstabellen.regel(bericht.regel(), d));
        out.println();
        if (!bericht.isKatalogLesbar()) {
            out.println(katalogUnlesbar(bericht, d));
            out.println();
        } else {
            out.println(Berichtstabellen.themenfelder(bericht, d).toText());
        }
        if (bericht.bild().isPresent() && bericht.isKatalogLesbar()) {
            var bild = bericht.bild().get();
            out.println(d.text("abdeckung.hinweis"));
            out.println();
            out.println(Berichtstabellen.laender(bild, d).toText());
            out.println(Berichtstabellen.reifegrade(bild, d).toText());
        } else if (bericht.isKatalogLesbar()) {
            out.println(d.text("ohneStatus.text"));
            out.println();
        }
        bericht.zeilenbilanz().ifPresent(b -> out.println(Berichtstabellen.zeilenbilanz(b, d).toText()));
        bericht.diff().ifPresent(diff -> {
            String[] koepfe = bericht.vergleichsseiten().map(s -> Berichtstabellen.seitenkoepfe(s, d))
                    .orElse(new String[] {d.text("vergleich.alt"), d.text("vergleich.neu")});
            out.println(Berichtstabellen.vergleich(diff, koepfe[0], koepfe[1], d).toText());
            out.println(Berichtstabellen.veraenderungen(diff, d).toText());
            String warnung = Berichtstabellen.warnung(diff, d);
            if (warnung != null) {
                out.println(warnung);
                out.println();
            }
        });
        for (Tabelle t : bericht.zusatzTabellen()) {
            out.println(t.toText());
        }
        out.println(befunde(bericht.pruefbericht().zusammenfassung(), d));
    }

    /**
     * Why the catalogue gives no figures: it holds no readable OZG-Leistung, for the reason its
     * report gives (a technical failure such as the wrong charset, or errors in every row).
     */
    static String katalogUnlesbar(Gesamtbericht bericht, Darstellung d) {
        String datei = bericht.katalogEingabe().map(e -> e.datei().toString()).orElse("");
        StringBuilder sb = new StringBuilder(d.text("katalog.unlesbar", datei));
        for (TechnischerFehler t : bericht.pruefbericht().technischeFehler()) {
            sb.append('\n').append("  ").append(t.toText(d.locale()));
        }
        return sb.toString();
    }

    /**
     * The verdict and the findings over all files, without a record count: each file has its own
     * (the table of inputs), and records of different files are never added up.
     */
    static String befunde(Zusammenfassung z, Darstellung d) {
        StringBuilder sb = new StringBuilder(d.text("pruefbericht.urteil", z.urteil().label(d.locale()))).append("; ")
                .append(BefundText.befundzahlen(z, d));
        if (z.technischeFehler() > 0) {
            sb.append("; ").append(d.anzahl(z.technischeFehler(), "anzahl.technischerFehler"));
        }
        if (z.unterdrueckt() > 0) {
            sb.append("; ").append(d.text("pruefbericht.unterdrueckt", d.anzahl(z.unterdrueckt(), "anzahl.befund")));
        }
        return sb.toString();
    }
}
