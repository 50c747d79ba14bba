package de.ozg.examples.cli;

import de.ozg.core.aggregation.Kennzahlen;
import de.ozg.core.aggregation.Reifegradverteilung;
import de.ozg.core.aggregation.Tabelle;
import de.ozg.core.aggregation.Umsetzungsbild;
import de.ozg.core.aggregation.Zeilenbilanz;
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

/**
 * Renders a {@link Gesamtbericht} as one self-contained HTML page in the language of the run. The
 * page opens with what it is about — the inputs with their format, records, Stand or Stichtage, and
 * the counting rule, once — then key figures, bar charts of online services per Themenfeld and per
 * Land, the Reifegrad distribution, the Flächendeckung table on a colour scale, the Zeilenbilanz,
 * the Stichtag comparison under its Stichtage, further tables and the sortable findings. Figures
 * that need status data are left out without it, and the page says why.
 */
final class BerichtHtml {

    /** Findings shown in the page; the summary counts all of them. */
    static final int MAX_BEFUNDE = 500;

    private BerichtHtml() {
    }

    static String render(Gesamtbericht bericht, String titel, Darstellung d) {
        HtmlSeite s = new HtmlSeite(titel, d.locale().getLanguage());
        s.kopfBeginn();
        if (!bericht.eingaben().isEmpty()) {
            s.ueberschrift(d.text("eingaben.titel"));
            Tabelle t = Berichtstabellen.eingaben(bericht.eingaben(), d);
            List<List<Zelle>> zeilen = new ArrayList<>();
            for (List<String> z : t.zeilen()) {
                List<Zelle> zellen = new ArrayList<>(z.stream().map(BerichtHtml::zelle).toList());
                // a long path may break anywhere, so the Stand keeps its room
                zellen.set(0, Zelle.mitKlasse(z.get(0), "pfad"));
                zeilen.add(zellen);
            }
            s.tabelle(t.spalten(), zeilen, false, false);
        }
        s.absatz(Berichtstabellen.regel(bericht.regel(), d));
        s.kopfEnde();

        Zusammenfassung z = bericht.pruefbericht().zusammenfassung();
        List<Kennzahl> kacheln = new ArrayList<>();
        if (bericht.isKatalogLesbar()) {
            kacheln.add(new Kennzahl(d.text("spalte.ozgLeistungen"), d.zahl(bericht.katalog().leistungen().size())));
            kacheln.add(new Kennzahl(d.text("spalte.leikaLeistungen"), d.zahl(bericht.katalog().anzahlLeikaLeistungen())));
            kacheln.add(new Kennzahl(d.text("kachel.themenfelder"), d.zahl(bericht.katalog().themenfelder().size())));
        }
        if (bericht.isKatalogLesbar()) {
            bericht.bild().ifPresent(b -> {
                kacheln.add(new Kennzahl(d.text("kachel.ozgOnline"), d.zahl(b.gesamt().ozgLeistungenOnline())));
                kacheln.add(new Kennzahl(d.text("kachel.leikaOnline"), d.zahl(b.gesamt().leikaOnline())));
            });
        }
        bericht.zeilenbilanz().ifPresent(b -> kacheln.add(new Kennzahl(d.text("kachel.statuszeilen"), d.zahl(b.gesamt()))));
        kacheln.add(new Kennzahl(d.text("kachel.fehlerWarnungen"), d.zahl(z.fehler()) + " / " + d.zahl(z.warnungen())));
        s.kennzahlen(kacheln);

        if (!bericht.isKatalogLesbar()) {
            s.ueberschrift(d.text("abschnitt.themenfelder"));
            for (String zeile : BerichtText.katalogUnlesbar(bericht, d).split("\n")) {
                s.absatz(zeile.strip());
            }
        } else {
            themenfelder(s, bericht, d);
        }
        if (bericht.isKatalogLesbar() && bericht.bild().isPresent()) {
            status(s, bericht.bild().get(), d);
        }
        bericht.zeilenbilanz().ifPresent(b -> zeilenbilanz(s, b, d));
        bericht.diff().ifPresent(diff -> {
            s.ueberschrift(d.text("abschnitt.vergleich"));
            String[] koepfe = bericht.vergleichsseiten().map(seiten -> Berichtstabellen.seitenkoepfe(seiten, d))
                    .orElse(new String[] {d.text("vergleich.alt"), d.text("vergleich.neu")});
            s.tabelle(Berichtstabellen.vergleich(diff, koepfe[0], koepfe[1], d).spalten(), zellen(
                    Berichtstabellen.vergleich(diff, koepfe[0], koepfe[1], d)), false, true);
            String warnung = Berichtstabellen.warnung(diff, d);
            if (warnung != null) {
                s.absatz(warnung);
            }
            tabelle(s, Berichtstabellen.veraenderungen(diff, d), false, true);
        });
        for (Tabelle t : bericht.zusatzTabellen()) {
            s.ueberschrift(t.titel());
            tabelle(s, t, true, false);
        }
        befunde(s, bericht, d);
        return s.render();
    }

    private static void themenfelder(HtmlSeite s, Gesamtbericht bericht, Darstellung d) {
        s.ueberschrift(d.text("abschnitt.themenfelder"));
        List<Balken> tf = new ArrayList<>();
        boolean mitStatus = bericht.bild().isPresent();
        for (Gesamtbericht.ThemenfeldZeile t : bericht.themenfelder()) {
            if (mitStatus) {
                int online = t.kennzahlen().map(Kennzahlen::ozgLeistungenOnline).orElse(0);
                tf.add(new Balken(t.themenfeld().bezeichnung(), online, t.ozgLeistungen(),
                        d.zahl(online) + " / " + d.zahl(t.ozgLeistungen())));
            } else {
                // without status data nothing is online or offline: the bars show the totals only
                tf.add(new Balken(t.themenfeld().bezeichnung(), 0, t.ozgLeistungen(), d.zahl(t.ozgLeistungen())));
            }
        }
        s.balkendiagramm(d.text(mitStatus ? "diagramm.themenfelderOnline" : "diagramm.themenfelder"), tf);
        if (!mitStatus) {
            s.hinweis(d.text("ohneStatus.text"));
        }
        tabelle(s, Berichtstabellen.themenfelder(bericht, d), false, false);
        if (mitStatus) {
            s.hinweis(d.text("abdeckung.hinweis"));
        }
    }

    private static void status(HtmlSeite s, Umsetzungsbild bild, Darstellung d) {
        s.ueberschrift(d.text("abschnitt.laender"));
        List<Balken> laender = new ArrayList<>();
        bild.proLand().forEach((land, k) -> laender.add(new Balken(land.bezeichnung(), k.leikaOnline(), k.leika(),
                d.zahl(k.leikaOnline()) + " / " + d.zahl(k.leika()))));
        s.balkendiagramm(d.text("diagramm.laender"), laender);

        s.ueberschrift(d.text("abschnitt.reifegrad"));
        Reifegradverteilung v = bild.gesamt().verteilung();
        long summe = Math.max(1, v.summe());
        List<Balken> stufen = new ArrayList<>();
        for (int i = 0; i < v.proStufe().size(); i++) {
            Reifegrad r = Reifegrad.of(v.modell(), i);
            stufen.add(new Balken(r + " " + r.bezeichnung().orElse(""), v.proStufe().get(i), summe,
                    d.zahl(v.proStufe().get(i))));
        }
        s.balkendiagramm(d.text("diagramm.reifegrad"), stufen);

        s.ueberschrift(d.text("abschnitt.flaechendeckung"));
        s.absatz(d.text("flaechendeckung.text"));
        List<List<Zelle>> fd = new ArrayList<>();
        for (Bundesland land : Bundesland.values()) {
            Kennzahlen k = bild.proLand().get(land);
            if (k != null) {
                int flaechendeckend = bild.anzahlFlaechendeckend(Ars.of(land));
                fd.add(List.of(Zelle.text(land.bezeichnung()), Zelle.zahl(d.zahl(k.leikaRelevant()), k.leikaRelevant()),
                        Zelle.zahl(d.zahl(flaechendeckend), flaechendeckend),
                        Zelle.anteil(d.prozent(k.abgedeckteZellen(), k.relevanteZellen()), k.abdeckung())));
            }
        }
        s.tabelle(List.of(d.text("spalte.land"), d.text("spalte.leikaRelevant"), d.text("spalte.flaechendeckend"),
                d.text("spalte.abdeckung")), fd, true);
        s.hinweis(d.text("abdeckung.hinweis"));
    }

    private static void zeilenbilanz(HtmlSeite s, Zeilenbilanz b, Darstellung d) {
        s.ueberschrift(d.text("abschnitt.zeilenbilanz"));
        Tabelle t = Berichtstabellen.zeilenbilanz(b, d);
        List<List<Zelle>> zeilen = new ArrayList<>();
        int i = 0;
        for (List<String> z : t.zeilen()) {
            // the abridged examples carry the full list of ten as a tooltip
            String alle = i >= 6 ? String.join(", ", b.nichtZugeordnet().get(i - 6).beispiele()) : null;
            zeilen.add(List.of(Zelle.text(z.get(0)), zelle(z.get(1)),
                    alle == null || alle.isEmpty() ? Zelle.text(z.get(2)) : Zelle.mitHinweis(z.get(2), alle)));
            i++;
        }
        s.tabelle(t.spalten(), zeilen, false, true);
    }

    private static void befunde(HtmlSeite s, Gesamtbericht bericht, Darstellung d) {
        s.ueberschrift(d.text("abschnitt.befunde"));
        s.absatz(BerichtText.befunde(bericht.pruefbericht().zusammenfassung(), d));
        List<List<Zelle>> befunde = new ArrayList<>();
        for (Befund b : bericht.pruefbericht().befunde().stream().limit(MAX_BEFUNDE).toList()) {
            befunde.add(List.of(Zelle.mitKlasse(b.severity().label(d.locale()), b.severity().name()),
                    Zelle.text(b.regelId()),
                    Zelle.text(b.fundstelle().quelle().map(q -> q.replaceAll(".*/", "")).orElse("")),
                    b.fundstelle().zeile().isPresent() ? Zelle.zahl(d.nummer(b.fundstelle().zeile().getAsLong()),
                            b.fundstelle().zeile().getAsLong()) : Zelle.text(""),
                    Zelle.text(b.fundstelle().spalte().or(() -> b.fundstelle().pointer()).orElse("")),
                    Zelle.text(b.wert().orElse("")), Zelle.text(b.meldung(d.locale()))));
        }
        s.tabelle(List.of(d.text("spalte.schwere"), d.text("spalte.regel"), d.text("spalte.datei"),
                d.text("spalte.zeile"), d.text("spalte.spalte"), d.text("spalte.wert"), d.text("spalte.meldung")),
                befunde, true);
    }

    /** A cell of a formatted table: a number or share right-aligned, anything else as text. */
    private static Zelle zelle(String text) {
        boolean zahl = !text.isEmpty() && (Character.isDigit(text.charAt(0))
                || (text.charAt(0) == '+' || text.charAt(0) == '-') && text.length() > 1 && Character.isDigit(text.charAt(1)));
        return zahl ? Zelle.mitKlasse(text, "num") : Zelle.text(text);
    }

    private static List<List<Zelle>> zellen(Tabelle t) {
        List<List<Zelle>> zeilen = new ArrayList<>();
        for (List<String> z : t.zeilen()) {
            zeilen.add(z.stream().map(BerichtHtml::zelle).toList());
        }
        return zeilen;
    }

    /** A table under its title as a caption. */
    private static void tabelle(HtmlSeite s, Tabelle t, boolean sortierbar, boolean schmal) {
        if (!t.titel().isEmpty()) {
            s.absatz(t.titel());
        }
        s.tabelle(t.spalten(), zellen(t), sortierbar, schmal);
    }
}
