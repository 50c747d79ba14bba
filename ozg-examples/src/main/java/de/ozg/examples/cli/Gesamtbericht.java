package de.ozg.examples.cli;

import de.ozg.core.aggregation.Kennzahlen;
import de.ozg.core.aggregation.Stichtagsdiff;
import de.ozg.core.aggregation.Tabelle;
import de.ozg.core.aggregation.Umsetzungsbild;
import de.ozg.core.aggregation.Zaehlregel;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.OzgLeistung;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.validation.Pruefbericht;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one run of {@code ozg report} or {@code ozg demo} computed, ready to be rendered as
 * text, JSON or HTML: the catalogue with its check, the figures of the status data under one
 * counting rule, optionally the comparison of two Stichtage and the reuse figures.
 *
 * @param katalog        the catalogue
 * @param pruefbericht   the findings of all files read
 * @param regel          the counting rule
 * @param bild           the figures of the (latest) Stichtag, when status data was given
 * @param diff           the comparison of the first and the last Stichtag, when two were given
 * @param zusatzTabellen further tables (reuse coverage, a Land's implementation state …)
 */
record Gesamtbericht(OzgKatalog katalog, Pruefbericht pruefbericht, Zaehlregel regel, Optional<Umsetzungsbild> bild,
        Optional<Stichtagsdiff> diff, List<Tabelle> zusatzTabellen) {

    /**
     * The catalogue's figures per Themenfeld: OZG-Leistungen and LeiKa services, and — with
     * status data — how many are online under the rule.
     *
     * @return one row per Themenfeld of the catalogue, by number
     */
    List<ThemenfeldZeile> themenfelder() {
        Map<Themenfeld, Kennzahlen> online = bild.map(Umsetzungsbild::proThemenfeld).orElse(Map.of());
        List<ThemenfeldZeile> zeilen = new ArrayList<>();
        for (Themenfeld t : katalog.themenfelder()) {
            List<OzgLeistung> leistungen = katalog.leistungen(t);
            int leika = leistungen.stream().mapToInt(l -> l.leistungen().size()).sum();
            zeilen.add(new ThemenfeldZeile(t, leistungen.size(), leika, Optional.ofNullable(online.get(t))));
        }
        return zeilen;
    }

    /**
     * The catalogue figures of one Themenfeld.
     *
     * @param themenfeld    the Themenfeld
     * @param ozgLeistungen its OZG-Leistungen
     * @param leikaLeistungen its LeiKa services (rows of the catalogue)
     * @param kennzahlen    the status figures, when status data was given
     */
    record ThemenfeldZeile(Themenfeld themenfeld, int ozgLeistungen, int leikaLeistungen,
            Optional<Kennzahlen> kennzahlen) {
    }

    Tabelle themenfeldTabelle() {
        List<List<String>> zeilen = new ArrayList<>();
        for (ThemenfeldZeile z : themenfelder()) {
            List<String> zeile = new ArrayList<>(List.of(String.valueOf(z.themenfeld().nummer()),
                    z.themenfeld().bezeichnung(), String.valueOf(z.ozgLeistungen()),
                    String.valueOf(z.leikaLeistungen())));
            z.kennzahlen().ifPresent(k -> zeile.addAll(List.of(String.valueOf(k.ozgLeistungenOnline()),
                    String.valueOf(k.leikaOnline()), prozent(k.abdeckung()))));
            zeilen.add(zeile);
        }
        List<String> spalten = new ArrayList<>(List.of("Nr", "Themenfeld", "OZG-Leistungen", "LeiKa-Leistungen"));
        if (bild.isPresent()) {
            spalten.addAll(List.of("OZG online", "LeiKa online", "Abdeckung"));
        }
        return new Tabelle("Katalog je Themenfeld (" + katalog.leistungen().size() + " OZG-Leistungen, "
                + katalog.anzahlLeikaLeistungen() + " LeiKa-Leistungen, davon " + katalog.anzahlOhneSchluessel()
                + " nicht im LeiKa)", spalten, zeilen);
    }

    static String prozent(double anteil) {
        return String.format(java.util.Locale.GERMANY, "%.1f %%", anteil * 100);
    }
}
