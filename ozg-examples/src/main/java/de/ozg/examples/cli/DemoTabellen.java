package de.ozg.examples.cli;

import de.ozg.core.aggregation.EfaAbdeckungsbild;
import de.ozg.core.aggregation.EfaDienstabdeckung;
import de.ozg.core.aggregation.Landesumsetzung;
import de.ozg.core.aggregation.Tabelle;
import de.ozg.core.aggregation.Umsetzungsverteilung;
import de.ozg.core.model.NachnutzungsStatus;
import de.ozg.core.model.Nachnutzungskategorie;
import de.ozg.core.model.Phase;
import de.ozg.core.ref.Bundesland;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compact tables for the demo, where the library's full tables (one column per status, one row per
 * Themenfeld × category × phase) would take a screen each.
 */
final class DemoTabellen {

    private DemoTabellen() {
    }

    static Tabelle efa(EfaAbdeckungsbild efa, Darstellung d) {
        List<List<String>> zeilen = new ArrayList<>();
        for (EfaDienstabdeckung e : efa.dienste()) {
            zeilen.add(List.of(e.bezeichnung(), e.entwickelndesLand().kuerzel(),
                    kuerzel(e.laenderMindestens(NachnutzungsStatus.ANGEBUNDEN)),
                    kuerzel(e.laenderMindestens(NachnutzungsStatus.GEPLANT)),
                    d.prozent(e.anteil(NachnutzungsStatus.ANGEBUNDEN))));
        }
        return new Tabelle(d.text("efa.titel"), List.of(d.text("spalte.onlinedienst"), d.text("spalte.von"),
                d.text("spalte.angebunden"), d.text("spalte.mindGeplant"), d.text("spalte.gemeinden")), zeilen);
    }

    static Tabelle landesumsetzung(Landesumsetzung st, Darstellung d) {
        List<List<String>> zeilen = new ArrayList<>();
        for (Map.Entry<Nachnutzungskategorie, Umsetzungsverteilung> e : st.proKategorie().entrySet()) {
            Umsetzungsverteilung v = e.getValue();
            List<String> zeile = new ArrayList<>(List.of(e.getKey().bezeichnung(), d.zahl(v.ozgLeistungen())));
            for (Phase p : Phase.bekannte()) {
                zeile.add(d.zahl(v.anzahl(p)));
            }
            zeile.add(d.zahl(v.ohnePhase()));
            zeilen.add(zeile);
        }
        List<String> spalten = new ArrayList<>(List.of(d.text("spalte.kategorie"), d.text("spalte.ozgLeistungen")));
        Phase.bekannte().forEach(p -> spalten.add(p.bezeichnung()));
        spalten.add(d.text("spalte.ohnePhase"));
        return new Tabelle(d.text("landesumsetzung.titel", st.land().bezeichnung(), d.datum(st.stand()),
                d.zahl(st.nachgenutzteEfaDienste().size())), spalten, zeilen);
    }

    private static String kuerzel(Set<Bundesland> laender) {
        return laender.isEmpty() ? "—" : laender.stream().map(Bundesland::kuerzel).collect(Collectors.joining(" "));
    }
}
