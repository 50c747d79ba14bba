package de.ozg.core.aggregation;

import java.util.ArrayList;
import java.util.List;

/**
 * Where every status record of an aggregation went: rejected by the reader as broken, counted
 * online, assessed but not online, excluded by the counting rule (inactive,
 * {@code online_status = nicht ok}), or not assigned (one figure per {@link NichtZugeordnet.Grund}).
 * The parts always add up to {@link #gesamt()}: a reader can check that no record was lost.
 * An aggregation only sees the rows a reader accepted; {@link #withAbgewiesen(long)} adds the
 * records the reader rejected, so that {@code gesamt} is the number of data records read.
 * Immutable and thread-safe.
 *
 * @param gesamt          all records: rejected ones and rows added
 * @param abgewiesen      records the reader rejected as broken (they never became rows)
 * @param online          rows that count as online under the rule
 * @param offline         rows assessed that do not count as online
 * @param inaktiv         rows excluded because {@code aktiv = false}
 * @param nichtOk         rows excluded because {@code online_status = nicht ok}
 * @param nichtZugeordnet the rows not assigned, one entry per reason in reason order
 */
public record Zeilenbilanz(long gesamt, long abgewiesen, long online, long offline, long inaktiv, long nichtOk,
        List<NichtZugeordnet> nichtZugeordnet) {

    /**
     * Copies the list and checks the partition.
     *
     * @throws IllegalArgumentException when a count is negative or the parts do not add up to
     *                                  {@code gesamt}
     */
    public Zeilenbilanz {
        nichtZugeordnet = List.copyOf(nichtZugeordnet);
        long summe = abgewiesen + online + offline + inaktiv + nichtOk;
        for (NichtZugeordnet n : nichtZugeordnet) {
            summe += n.zeilen();
            if (n.zeilen() < 0) {
                throw new IllegalArgumentException("negative count of unassigned rows: " + n);
            }
        }
        if (abgewiesen < 0 || online < 0 || offline < 0 || inaktiv < 0 || nichtOk < 0 || summe != gesamt) {
            throw new IllegalArgumentException("the parts of a Zeilenbilanz must be non-negative and add up to gesamt "
                    + gesamt + ", they add up to " + summe);
        }
    }

    /**
     * A balance of the rows an aggregation added, with no rejected records.
     *
     * @param gesamt          all rows added
     * @param online          rows that count as online under the rule
     * @param offline         rows assessed that do not count as online
     * @param inaktiv         rows excluded because {@code aktiv = false}
     * @param nichtOk         rows excluded because {@code online_status = nicht ok}
     * @param nichtZugeordnet the rows not assigned, one entry per reason in reason order
     */
    public Zeilenbilanz(long gesamt, long online, long offline, long inaktiv, long nichtOk,
            List<NichtZugeordnet> nichtZugeordnet) {
        this(gesamt, 0, online, offline, inaktiv, nichtOk, nichtZugeordnet);
    }

    /**
     * This balance with the given number of records the reader rejected; {@link #gesamt()} changes
     * by the difference.
     *
     * @param abgewiesen the rejected records, at least 0
     * @return the balance
     * @throws IllegalArgumentException when negative
     */
    public Zeilenbilanz withAbgewiesen(long abgewiesen) {
        if (abgewiesen < 0) {
            throw new IllegalArgumentException("abgewiesen must be at least 0, was " + abgewiesen);
        }
        return new Zeilenbilanz(gesamt - this.abgewiesen + abgewiesen, abgewiesen, online, offline, inaktiv, nichtOk,
                nichtZugeordnet);
    }

    /** @return the rows not assigned, over all reasons */
    public long nichtZugeordnetGesamt() {
        return nichtZugeordnet.stream().mapToLong(NichtZugeordnet::zeilen).sum();
    }

    /** @return the records that became rows and entered the aggregation: {@code gesamt - abgewiesen} */
    public long angenommen() {
        return gesamt - abgewiesen;
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
     * The balance as a table of record counts, not-assigned reasons with their examples last.
     *
     * @return the table
     */
    public Tabelle toTabelle() {
        List<List<String>> z = new ArrayList<>();
        z.add(List.of("gesamt", Long.toString(gesamt), ""));
        z.add(List.of("abgewiesen (fehlerhaft)", Long.toString(abgewiesen), ""));
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
