package de.ozg.examples.cli;

import de.ozg.core.aggregation.Kennzahlen;
import de.ozg.core.aggregation.NichtZugeordnet;
import de.ozg.core.aggregation.Reifegradverteilung;
import de.ozg.core.aggregation.Stichtagsdiff;
import de.ozg.core.aggregation.Tabelle;
import de.ozg.core.aggregation.Umsetzungsbild;
import de.ozg.core.aggregation.Veraenderung;
import de.ozg.core.aggregation.Zaehlregel;
import de.ozg.core.aggregation.Zeilenbilanz;
import de.ozg.core.id.Ars;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Reifegrad;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tables of a report, with every number, share and date written by one {@link Darstellung}, so
 * text and HTML show the same figures the same way in the language of the run. The counting rule is
 * described once ({@link #regel}); no table repeats it.
 */
final class Berichtstabellen {

    /** Example keys shown per reason in the Zeilenbilanz; the JSON form has all ten. */
    static final int BEISPIELE = 3;

    private Berichtstabellen() {
    }

    /** The counting rule in one sentence, every decision named. */
    static String regel(Zaehlregel r, Darstellung d) {
        List<String> teile = new ArrayList<>();
        teile.add(d.text("regel.online", r.mindestReifegrad().toString()));
        teile.add(d.label(r.ohneReifegrad()));
        teile.add(d.text(r.isNichtOkZaehlen() ? "regel.nichtOkBewertet" : "regel.nichtOkAusgeschlossen"));
        teile.add(d.text(r.isInaktiveZaehlen() ? "regel.inaktiveBewertet" : "regel.inaktiveAusgeschlossen"));
        teile.add(d.label(r.kombination()));
        teile.add(d.text("regel.flaechendeckend", d.prozent(r.flaechendeckungsanteil())));
        teile.add(d.text(!r.isNurKommunalerVollzug() ? "regel.nennerAlle" : r.isOhneTypisierungRelevant()
                ? "regel.nennerKommunalOhneTypAlle" : "regel.nennerKommunalOhneTypKeine"));
        return d.text("regel.satz", r.name(), String.join("; ", teile));
    }

    static Tabelle eingaben(List<Gesamtbericht.Eingabe> eingaben, Darstellung d) {
        List<List<String>> zeilen = new ArrayList<>();
        for (Gesamtbericht.Eingabe e : eingaben) {
            zeilen.add(List.of(e.datei().toString(), e.format().kennung(), d.zahl(e.datensaetze()),
                    d.zahl(e.abgewiesen()), d.zahl(e.angenommen()), e.standText(d), e.verwendung(d)));
        }
        return new Tabelle(d.text("eingaben.titel"), List.of(d.text("spalte.datei"), d.text("spalte.format"),
                d.text("spalte.datensaetze"), d.text("spalte.abgewiesen"), d.text("spalte.angenommen"),
                d.text("spalte.standStichtage"), d.text("spalte.verwendung")), zeilen);
    }

    static String katalogTitel(OzgKatalog k, Darstellung d) {
        return d.text("themenfelder.titel", d.zahl(k.leistungen().size()), d.zahl(k.anzahlLeikaLeistungen()),
                d.zahl(k.anzahlOhneSchluessel()));
    }

    static Tabelle themenfelder(Gesamtbericht bericht, Darstellung d) {
        List<List<String>> zeilen = new ArrayList<>();
        for (Gesamtbericht.ThemenfeldZeile z : bericht.themenfelder()) {
            List<String> zeile = new ArrayList<>(List.of(d.nummer(z.themenfeld().nummer()),
                    z.themenfeld().bezeichnung(), d.zahl(z.ozgLeistungen()), d.zahl(z.leikaLeistungen())));
            z.kennzahlen().ifPresent(k -> zeile.addAll(List.of(d.zahl(k.ozgLeistungenOnline()),
                    d.zahl(k.leikaOnline()), d.prozent(k.abgedeckteZellen(), k.relevanteZellen()))));
            if (z.kennzahlen().isEmpty() && bericht.bild().isPresent()) {
                zeile.addAll(List.of(d.zahl(0), d.zahl(0), d.prozent(0, 0)));
            }
            zeilen.add(zeile);
        }
        List<String> spalten = new ArrayList<>(List.of(d.text("spalte.nr"), d.text("spalte.themenfeld"),
                d.text("spalte.ozgLeistungen"), d.text("spalte.leikaLeistungen")));
        if (bericht.bild().isPresent()) {
            spalten.addAll(List.of(d.text("spalte.ozgOnline"), d.text("spalte.leikaOnline"),
                    d.text("spalte.abdeckung")));
        }
        return new Tabelle(katalogTitel(bericht.katalog(), d), spalten, zeilen);
    }

    /** What "Abdeckung" means, for the note under every table that shows it. */
    static String abdeckungHinweis(Darstellung d) {
        return d.text("abdeckung.hinweis");
    }

    static Tabelle laender(Umsetzungsbild bild, Darstellung d) {
        List<List<String>> zeilen = new ArrayList<>();
        for (Map.Entry<Bundesland, Kennzahlen> e : bild.proLand().entrySet()) {
            Bundesland land = e.getKey();
            Kennzahlen k = e.getValue();
            zeilen.add(List.of(land.kuerzel(), land.bezeichnung(), d.zahl(k.leikaGemeldet()), d.zahl(k.leikaOnline()),
                    d.zahl(k.ozgLeistungenOnline()), d.zahl(k.leikaRelevant()),
                    d.zahl(bild.anzahlFlaechendeckend(Ars.of(land))), d.prozent(k.abgedeckteZellen(),
                            k.relevanteZellen())));
        }
        return new Tabelle(d.text("laender.titel"), List.of(d.text("spalte.land"), d.text("spalte.name"),
                d.text("spalte.leikaGemeldet"), d.text("spalte.leikaOnline"), d.text("spalte.ozgOnline"),
                d.text("spalte.leikaRelevant"), d.text("spalte.flaechendeckend"), d.text("spalte.abdeckung")),
                zeilen);
    }

    static Tabelle reifegrade(Umsetzungsbild bild, Darstellung d) {
        Reifegradverteilung v = bild.gesamt().verteilung();
        List<List<String>> zeilen = new ArrayList<>();
        for (int stufe = 0; stufe < v.proStufe().size(); stufe++) {
            Reifegrad r = Reifegrad.of(v.modell(), stufe);
            zeilen.add(List.of(r.toString(), r.bezeichnung().orElse(""), d.zahl(v.proStufe().get(stufe))));
        }
        zeilen.add(List.of("—", d.text("reifegrade.ohne"), d.zahl(v.ohneReifegrad())));
        return new Tabelle(d.text("reifegrade.titel"), List.of(d.text("spalte.reifegrad"), d.text("spalte.stufe"),
                d.text("spalte.leikaLeistungen")), zeilen);
    }

    /**
     * The Zeilenbilanz: every record of the status file behind the figures in exactly one row, the
     * rows not assigned with their reason and the first few example keys.
     */
    static Tabelle zeilenbilanz(Zeilenbilanz b, Darstellung d) {
        List<List<String>> z = new ArrayList<>();
        z.add(List.of(d.text("bilanz.gesamt"), d.zahl(b.gesamt()), ""));
        z.add(List.of(d.text("bilanz.abgewiesen"), d.zahl(b.abgewiesen()), ""));
        z.add(List.of(d.text("bilanz.online"), d.zahl(b.online()), ""));
        z.add(List.of(d.text("bilanz.offline"), d.zahl(b.offline()), ""));
        z.add(List.of(d.text("bilanz.inaktiv"), d.zahl(b.inaktiv()), ""));
        z.add(List.of(d.text("bilanz.nichtOk"), d.zahl(b.nichtOk()), ""));
        for (NichtZugeordnet n : b.nichtZugeordnet()) {
            z.add(List.of(d.text("bilanz.nichtZugeordnet", d.label(n.grund())), d.zahl(n.zeilen()),
                    beispiele(n.beispiele(), n.zeilen())));
        }
        return new Tabelle(d.text("bilanz.titel"), List.of(d.text("spalte.zeilen"), d.text("spalte.anzahl"),
                d.text("spalte.beispiele")), z);
    }

    /** The first {@value #BEISPIELE} examples, and "…" when there are more rows. */
    static String beispiele(List<String> beispiele, long zeilen) {
        List<String> erste = beispiele.subList(0, Math.min(BEISPIELE, beispiele.size()));
        return String.join(", ", erste) + (zeilen > erste.size() ? (erste.isEmpty() ? "" : ", ") + "…" : "");
    }

    /**
     * The comparison's counts with the two Stichtage as column heads: rows, key × ARS combinations
     * and rows online at each, and the change.
     *
     * @param alt the Stichtage of the earlier side, as a heading
     * @param neu the Stichtage of the later side, as a heading
     */
    static Tabelle vergleich(Stichtagsdiff diff, String alt, String neu, Darstellung d) {
        List<List<String>> z = new ArrayList<>();
        z.add(vergleichszeile(d.text("vergleich.zeilen"), diff.zeilenAlt(), diff.zeilenNeu(), d));
        z.add(vergleichszeile(d.text("vergleich.eintraege"), diff.eintraegeAlt(), diff.eintraegeNeu(), d));
        z.add(vergleichszeile(d.text("vergleich.online"), diff.onlineAlt(), diff.onlineNeu(), d));
        return new Tabelle(d.text("vergleich.titel"), List.of("", alt, neu, d.text("spalte.aenderung")), z);
    }

    private static List<String> vergleichszeile(String was, long alt, long neu, Darstellung d) {
        double aenderung = alt == 0 ? (neu == 0 ? 0 : Double.POSITIVE_INFINITY) : (neu - alt) / (double) alt;
        return List.of(was, d.zahl(alt), d.zahl(neu), d.aenderung(aenderung));
    }

    /** How many key × ARS combinations changed, by kind of change. */
    static Tabelle veraenderungen(Stichtagsdiff diff, Darstellung d) {
        List<List<String>> z = new ArrayList<>();
        for (Map.Entry<Veraenderung.Art, Long> e : diff.anzahlen().entrySet()) {
            z.add(List.of(d.label(e.getKey()), d.zahl(e.getValue())));
        }
        return new Tabelle(d.text("veraenderungen.titel"), List.of(d.text("spalte.veraenderung"),
                d.text("spalte.eintraege")), z);
    }

    /** The warning of a row count that moved by more than the threshold, or null. */
    static String warnung(Stichtagsdiff diff, Darstellung d) {
        return diff.isAuffaellig() ? d.text("vergleich.warnung", d.aenderung(diff.zeilenaenderung()),
                d.prozent(diff.warnschwelle())) : null;
    }

    /** The headings of the comparison's two sides: their Stichtage, or the file names when those are equal. */
    static String[] seitenkoepfe(List<Gesamtbericht.Eingabe> seiten, Darstellung d) {
        String alt = seiten.get(0).stichtage().kurz(d);
        String neu = seiten.get(1).stichtage().kurz(d);
        if (alt.equals(neu)) {
            alt = seiten.get(0).datei().getFileName() + " (" + alt + ")";
            neu = seiten.get(1).datei().getFileName() + " (" + neu + ")";
        }
        return new String[] {alt, neu};
    }
}
