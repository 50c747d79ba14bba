package de.ozg.core.aggregation;

import de.ozg.core.model.NachnutzungsStatus;
import de.ozg.core.ref.Bundesland;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reuse coverage of a set of EfA services, read from an {@link EfaAbdeckung} (where the
 * counting is defined): per service the connected Länder and the Gemeinden reached, per Land the
 * services it develops and reuses, and the {@link Nachnutzungsbilanz} that accounts for every
 * Nachnutzung. Services come in id order (then developing Land), Länder in Land-code order, so two
 * runs over the same services give equal results and print the same tables. Immutable and
 * thread-safe.
 *
 * @param gemeindenGesamt all Kommunen of the Gebietsverzeichnis (gemeindefreie Gebiete only when
 *                        the rule counts them)
 * @param dienste         the EfA services
 * @param proLand         the figures of all 16 Länder
 * @param bilanz          where every service and Nachnutzung went
 */
public record EfaAbdeckungsbild(int gemeindenGesamt, List<EfaDienstabdeckung> dienste,
        Map<Bundesland, EfaLandabdeckung> proLand, Nachnutzungsbilanz bilanz) {

    /** How the figures are grouped in a table. */
    public enum Gliederung {
        /** One row per EfA service. */
        ONLINEDIENST,
        /** One row per Land. */
        LAND
    }

    /** Validates and copies. */
    public EfaAbdeckungsbild {
        dienste = List.copyOf(dienste);
        proLand = Collections.unmodifiableMap(new EnumMap<>(proLand));
        Objects.requireNonNull(bilanz, "bilanz");
    }

    /**
     * The services with an id: normally one, several when sources disagree about the developing Land.
     *
     * @param id the service's id
     * @return the services, possibly empty
     */
    public List<EfaDienstabdeckung> dienste(String id) {
        return dienste.stream().filter(d -> d.id().equals(id)).toList();
    }

    /**
     * The figures of one Land.
     *
     * @param land the Land
     * @return the figures
     */
    public EfaLandabdeckung land(Bundesland land) {
        return proLand.get(land);
    }

    /**
     * The figures as a table. Per service: id, name, developing Land, the Länder per status (count
     * and Kürzel), the own Gemeinden, the other Gemeinden per status, and the shares of all
     * Gemeinden reached when connected and at least planned (own Gemeinden included). Per Land: the
     * services developed, reused per status, and reused by Kommunen only.
     *
     * @param gliederung the grouping
     * @return the table
     */
    public Tabelle toTabelle(Gliederung gliederung) {
        List<List<String>> zeilen = new ArrayList<>();
        if (gliederung == Gliederung.LAND) {
            for (EfaLandabdeckung l : proLand.values()) {
                zeilen.add(List.of(l.land().code(), l.land().bezeichnung(), Integer.toString(l.entwickelt().size()),
                        Integer.toString(l.nachgenutzt().get(NachnutzungsStatus.ANGEBUNDEN).size()),
                        Integer.toString(l.nachgenutzt().get(NachnutzungsStatus.IN_ANBINDUNG).size()),
                        Integer.toString(l.nachgenutzt().get(NachnutzungsStatus.GEPLANT).size()),
                        Integer.toString(l.kommunalNachgenutzt().size())));
            }
            return new Tabelle("EfA-Nachnutzung je Land", List.of("Land", "Bezeichnung", "entwickelt",
                    "angebunden", "in Anbindung", "geplant", "nur kommunal"), zeilen);
        }
        for (EfaDienstabdeckung d : dienste) {
            zeilen.add(List.of(d.id(), d.bezeichnung(), d.entwickelndesLand().kuerzel(),
                    laender(d.laender().get(NachnutzungsStatus.ANGEBUNDEN)),
                    laender(d.laender().get(NachnutzungsStatus.IN_ANBINDUNG)),
                    laender(d.laender().get(NachnutzungsStatus.GEPLANT)),
                    Integer.toString(d.eigeneGemeinden()),
                    Integer.toString(d.nachnutzendeGemeinden().get(NachnutzungsStatus.ANGEBUNDEN)),
                    Integer.toString(d.nachnutzendeGemeinden().get(NachnutzungsStatus.IN_ANBINDUNG)),
                    Integer.toString(d.nachnutzendeGemeinden().get(NachnutzungsStatus.GEPLANT)),
                    Tabelle.prozent(d.erreichteGemeinden(NachnutzungsStatus.ANGEBUNDEN), gemeindenGesamt),
                    Tabelle.prozent(d.erreichteGemeinden(NachnutzungsStatus.GEPLANT), gemeindenGesamt)));
        }
        return new Tabelle("EfA-Nachnutzung je Onlinedienst (Anteil an " + gemeindenGesamt
                + " Gemeinden, eigene Gemeinden des entwickelnden Landes eingeschlossen)",
                List.of("Id", "Bezeichnung", "entwickelt", "Laender angebunden", "Laender in Anbindung",
                        "Laender geplant", "Gemeinden eigen", "Gemeinden angebunden", "Gemeinden in Anbindung",
                        "Gemeinden geplant", "Anteil angebunden", "Anteil mind. geplant"), zeilen);
    }

    private static String laender(Set<Bundesland> laender) {
        return laender.size() + (laender.isEmpty() ? ""
                : " (" + laender.stream().map(Bundesland::kuerzel).collect(Collectors.joining(" ")) + ")");
    }
}
