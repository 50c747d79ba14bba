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
import java.util.stream.Collectors;

/**
 * Compact tables for the terminal demo, where the library's full tables (one column per status,
 * one row per Themenfeld × category × phase) would take a screen each; the HTML report shows the
 * full ones.
 */
final class DemoTabellen {

    private DemoTabellen() {
    }

    static Tabelle efa(EfaAbdeckungsbild efa) {
        List<List<String>> zeilen = new ArrayList<>();
        for (EfaDienstabdeckung d : efa.dienste()) {
            zeilen.add(List.of(d.bezeichnung(), d.entwickelndesLand().kuerzel(),
                    kuerzel(d.laenderMindestens(NachnutzungsStatus.ANGEBUNDEN)),
                    kuerzel(d.laenderMindestens(NachnutzungsStatus.GEPLANT)),
                    Gesamtbericht.prozent(d.anteil(NachnutzungsStatus.ANGEBUNDEN))));
        }
        return new Tabelle("EfA-Nachnutzung (Anteil erreichter Gemeinden, eigenes Land eingeschlossen)",
                List.of("Onlinedienst", "von", "angebunden", "mind. geplant", "Gemeinden"), zeilen);
    }

    static Tabelle landesumsetzung(Landesumsetzung st) {
        List<List<String>> zeilen = new ArrayList<>();
        for (Map.Entry<Nachnutzungskategorie, Umsetzungsverteilung> e : st.proKategorie().entrySet()) {
            Umsetzungsverteilung v = e.getValue();
            List<String> zeile = new ArrayList<>(List.of(e.getKey().bezeichnung(), String.valueOf(v.ozgLeistungen())));
            for (Phase p : Phase.bekannte()) {
                zeile.add(String.valueOf(v.anzahl(p)));
            }
            zeile.add(String.valueOf(v.ohnePhase()));
            zeilen.add(zeile);
        }
        List<String> spalten = new ArrayList<>(List.of("Kategorie", "OZG-Leistungen"));
        Phase.bekannte().forEach(p -> spalten.add(p.bezeichnung()));
        spalten.add("ohne Phase");
        return new Tabelle("Umsetzungsstand " + st.land().bezeichnung() + " je Kategorie und Phase, Stand " + st.stand()
                + " (nachgenutzte EfA-Dienste: " + st.nachgenutzteEfaDienste().size() + ")", spalten, zeilen);
    }

    private static String kuerzel(java.util.Set<Bundesland> laender) {
        return laender.isEmpty() ? "—" : laender.stream().map(Bundesland::kuerzel).collect(Collectors.joining(" "));
    }
}
