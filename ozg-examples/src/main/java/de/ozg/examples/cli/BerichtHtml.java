package de.ozg.examples.cli;

import de.ozg.core.aggregation.Kennzahlen;
import de.ozg.core.aggregation.Reifegradverteilung;
import de.ozg.core.aggregation.Tabelle;
import de.ozg.core.id.Ars;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Zusammenfassung;
import de.ozg.examples.html.HtmlSeite;
import de.ozg.examples.html.HtmlSeite.Balken;
import de.ozg.examples.html.HtmlSeite.Kennzahl;
import de.ozg.examples.html.HtmlSeite.Zelle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link Gesamtbericht} as one self-contained HTML page with German labels: key figures,
 * bar charts of online services per Themenfeld and per Land, the Reifegrad distribution, the
 * Flächendeckung table on a colour scale, further tables (EfA coverage …) and the sortable findings.
 */
final class BerichtHtml {

    /** Findings shown in the page; the summary counts all of them. */
    static final int MAX_BEFUNDE = 500;

    private BerichtHtml() {
    }

    static String render(Gesamtbericht bericht, String titel) {
        HtmlSeite s = new HtmlSeite(titel);
        Zusammenfassung z = bericht.pruefbericht().zusammenfassung();
        List<Kennzahl> kacheln = new ArrayList<>(List.of(
                new Kennzahl("OZG-Leistungen", String.valueOf(bericht.katalog().leistungen().size())),
                new Kennzahl("LeiKa-Leistungen", String.valueOf(bericht.katalog().anzahlLeikaLeistungen())),
                new Kennzahl("Themenfelder", String.valueOf(bericht.katalog().themenfelder().size()))));
        bericht.bild().ifPresent(b -> {
            kacheln.add(new Kennzahl("OZG-Leistungen online", String.valueOf(b.gesamt().ozgLeistungenOnline())));
            kacheln.add(new Kennzahl("LeiKa online", String.valueOf(b.gesamt().leikaOnline())));
            kacheln.add(new Kennzahl("Statuszeilen", String.format(Locale.GERMANY, "%,d",
                    bericht.zeilenbilanz().orElseThrow().gesamt())));
        });
        kacheln.add(new Kennzahl("Fehler / Warnungen", z.fehler() + " / " + z.warnungen()));
        s.kennzahlen(kacheln);
        s.absatz("Zählregel: " + bericht.regel().name() + " — " + bericht.regel());

        s.ueberschrift("Themenfelder");
        List<Balken> tf = new ArrayList<>();
        for (Gesamtbericht.ThemenfeldZeile t : bericht.themenfelder()) {
            int online = t.kennzahlen().map(Kennzahlen::ozgLeistungenOnline).orElse(0);
            tf.add(Balken.of(t.themenfeld().bezeichnung(), online, t.ozgLeistungen()));
        }
        s.balkendiagramm(bericht.bild().isPresent() ? "OZG-Leistungen online je Themenfeld (online / gesamt)"
                : "OZG-Leistungen je Themenfeld", tf);
        tabelle(s, bericht.themenfeldTabelle(), false);

        bericht.bild().ifPresent(bild -> {
            s.ueberschrift("Länder");
            List<Balken> laender = new ArrayList<>();
            bild.proLand().forEach((land, k) -> laender.add(Balken.of(land.bezeichnung(), k.leikaOnline(), k.leika())));
            s.balkendiagramm("LeiKa-Leistungen online je Land (online / im Katalog)", laender);

            s.ueberschrift("Reifegrad");
            Reifegradverteilung v = bild.gesamt().verteilung();
            long summe = Math.max(1, v.summe());
            List<Balken> stufen = new ArrayList<>();
            for (int i = 0; i < v.proStufe().size(); i++) {
                Reifegrad r = Reifegrad.of(v.modell(), i);
                stufen.add(new Balken(r + " " + r.bezeichnung().orElse(""), v.proStufe().get(i), summe,
                        String.valueOf(v.proStufe().get(i))));
            }
            s.balkendiagramm("LeiKa-Leistungen je Reifegrad (bester Reifegrad je Leistung)", stufen);

            s.ueberschrift("Flächendeckung");
            s.absatz("Flächendeckend ist eine Leistung erst in 100 % der Gemeinden, denen ihre Typisierung sie "
                    + "zuweist; 99 % zählt nicht.");
            List<List<Zelle>> fd = new ArrayList<>();
            for (Bundesland land : Bundesland.values()) {
                Kennzahlen k = bild.proLand().get(land);
                if (k != null) {
                    fd.add(List.of(Zelle.text(land.bezeichnung()), Zelle.zahl(k.leikaRelevant()),
                            Zelle.zahl(bild.anzahlFlaechendeckend(Ars.of(land))), Zelle.anteil(k.abdeckung())));
                }
            }
            s.tabelle(List.of("Land", "relevante LeiKa", "flächendeckend", "Abdeckung der Gemeinden"), fd, true);
            s.ueberschrift("Zeilenbilanz und nicht zugeordnete Zeilen");
            tabelle(s, bericht.zeilenbilanz().orElseThrow().toTabelle(), false);
        });
        bericht.diff().ifPresent(d -> {
            s.ueberschrift("Vergleich der Stichtage");
            tabelle(s, d.toTabelle(), false);
            if (d.isAuffaellig()) {
                s.absatz(String.format(Locale.GERMANY, "Warnung: Die Zeilenzahl ändert sich um %.1f %%.",
                        d.zeilenaenderung() * 100));
            }
        });
        for (Tabelle t : bericht.zusatzTabellen()) {
            s.ueberschrift(t.titel());
            tabelle(s, t, true);
        }

        if (!bericht.eingaben().isEmpty()) {
            s.ueberschrift("Eingaben");
            tabelle(s, bericht.eingabenTabelle(), false);
        }
        s.ueberschrift("Befunde");
        s.absatz(bericht.eingaben().isEmpty() ? z.toText(Locale.GERMAN) : BerichtText.befunde(z, Locale.GERMAN));
        List<List<Zelle>> befunde = new ArrayList<>();
        for (Befund b : bericht.pruefbericht().befunde().stream().limit(MAX_BEFUNDE).toList()) {
            befunde.add(List.of(Zelle.mitKlasse(b.severity().labelDe(), b.severity().name()), Zelle.text(b.regelId()),
                    Zelle.text(b.fundstelle().quelle().map(q -> q.replaceAll(".*/", "")).orElse("")),
                    b.fundstelle().zeile().isPresent() ? Zelle.zahl(b.fundstelle().zeile().getAsLong()) : Zelle.text(""),
                    Zelle.text(b.fundstelle().spalte().or(() -> b.fundstelle().pointer()).orElse("")),
                    Zelle.text(b.wert().orElse("")), Zelle.text(b.meldungDe())));
        }
        s.tabelle(List.of("Schwere", "Regel", "Datei", "Zeile", "Spalte", "Wert", "Meldung"), befunde, true);
        return s.render();
    }

    private static void tabelle(HtmlSeite s, Tabelle t, boolean sortierbar) {
        List<List<Zelle>> zeilen = new ArrayList<>();
        for (List<String> z : t.zeilen()) {
            zeilen.add(z.stream().map(Zelle::text).toList());
        }
        s.tabelle(t.spalten(), zeilen, sortierbar);
    }
}
