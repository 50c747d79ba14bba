package de.ozg.core.aggregation;

import java.util.ArrayList;
import java.util.List;

/**
 * Where every status row of an aggregation went: counted online, assessed but not online, excluded
 * by the counting rule (inactive, {@code online_status = nicht ok}), or not assigned (one figure
 * per {@link NichtZugeordnet.Grund}). The parts always add up to {@link #gesamt()}: a reader can
 * check that no row was lost. Immutable and thread-safe.
 *
 * @param gesamt             all rows added
 * @param online             rows that count as online under the rule
 * @param offline            rows assessed that do not count as online
 * @param inaktiv            rows excluded because {@code aktiv = false}
 * @param nichtOk            rows excluded because {@code online_status = nicht ok}
 * @param nichtZugeordnet    the rows not assigned, one entry per reason in reason order
 */
public record Zeilenbilanz(long gesamt, long online, long offline, long inaktiv, long nichtOk,
        List<NichtZugeordnet> nichtZugeordnet) {

    /** Copies the list. */
    public Zeilenbilanz {
        nichtZugeordnet = List.copyOf(nichtZugeordnet);
    }

    /** @return the rows not assigned, over all reasons */
    public long nichtZugeordnetGesamt() {
        return nichtZugeordnet.stream().mapToLong(NichtZugeordnet::zeilen).sum();
    }

    /**
     * The rows not assigned for one reason.
     *
     * @param grund the reason
     * @return the entry (zero rows when none)
     */
    public NichtZugeordnet nichtZugeordnet(NichtZugeordnet.Grund grund) {
        return nichtZugeordnet.stream().filter(n -> n.grund() == grund).findFirst()
                .orElse(new NichtZugeordnet(grund, 0, List.of()));
    }

    /**
     * The balance as a table of row counts, not-assigned reasons with their examples last.
     *
     * @return the table
     */
    public Tabelle toTabelle() {
        List<List<String>> z = new ArrayList<>();
        z.add(List.of("gesamt", Long.toString(gesamt), ""));
        z.add(List.of("online", Long.toString(online), ""));
        z.add(List.of("nicht online", Long.toString(offline), ""));
        z.add(List.of("ausgeschlossen: inaktiv", Long.toString(inaktiv), ""));
        z.add(List.of("ausgeschlossen: nicht ok", Long.toString(nichtOk), ""));
        for (NichtZugeordnet n : nichtZugeordnet) {
            z.add(List.of("nicht zugeordnet: " + n.grund().bezeichnung(), Long.toString(n.zeilen()),
                    String.join(", ", n.beispiele())));
        }
        return new Tabelle("Zeilenbilanz", List.of("Zeilen", "Anzahl", "Beispiele"), z);
    }
}
