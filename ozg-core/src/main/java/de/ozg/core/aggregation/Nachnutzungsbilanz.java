package de.ozg.core.aggregation;

import java.util.List;
import java.util.Objects;

/**
 * Where every Onlinedienst and every Nachnutzung given to an {@link EfaAbdeckung} went. Services
 * that do not follow EfA are counted, not evaluated. A Nachnutzung is counted in the coverage,
 * or ignored because the Nachnutzer lies in the developing Land (a Land never reuses its own
 * development), or belongs to a service that is not EfA, or is not assigned because no Gemeinde of
 * the Gebietsverzeichnis lies under the Nachnutzer's ARS. The parts add up to the totals. Immutable
 * and thread-safe.
 *
 * @param dienste              all services added (a service added twice counts twice)
 * @param nichtEfa             services whose Nachnutzungsmodell is not EfA
 * @param nachnutzungen        all Nachnutzungen of the services added
 * @param gezaehlt             Nachnutzungen counted in the coverage
 * @param eigeneEntwicklung    Nachnutzungen by the developing Land or one of its Kommunen
 * @param nichtEfaNachnutzungen Nachnutzungen of services that are not EfA
 * @param nichtZugeordnet      Nachnutzungen whose Nachnutzer has no Gemeinde in the Gebietsverzeichnis
 *                             ({@link NichtZugeordnet.Grund#ARS_UNBEKANNT}, examples are ARS)
 */
public record Nachnutzungsbilanz(long dienste, long nichtEfa, long nachnutzungen, long gezaehlt,
        long eigeneEntwicklung, long nichtEfaNachnutzungen, NichtZugeordnet nichtZugeordnet) {

    /** Validates. */
    public Nachnutzungsbilanz {
        Objects.requireNonNull(nichtZugeordnet, "nichtZugeordnet");
    }

    /**
     * The balance as a table.
     *
     * @return the table
     */
    public Tabelle toTabelle() {
        return new Tabelle("Nachnutzungsbilanz", List.of("Posten", "Anzahl", "Beispiele"), List.of(
                List.of("Onlinedienste", Long.toString(dienste), ""),
                List.of("davon nicht EfA", Long.toString(nichtEfa), ""),
                List.of("Nachnutzungen", Long.toString(nachnutzungen), ""),
                List.of("gezaehlt", Long.toString(gezaehlt), ""),
                List.of("ignoriert: eigene Entwicklung", Long.toString(eigeneEntwicklung), ""),
                List.of("ignoriert: Dienst nicht EfA", Long.toString(nichtEfaNachnutzungen), ""),
                List.of("nicht zugeordnet: " + nichtZugeordnet.grund().bezeichnung(),
                        Long.toString(nichtZugeordnet.zeilen()), String.join(", ", nichtZugeordnet.beispiele()))));
    }
}
