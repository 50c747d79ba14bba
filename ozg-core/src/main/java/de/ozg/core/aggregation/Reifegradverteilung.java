package de.ozg.core.aggregation;

import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.ReifegradModell;
import java.util.List;
import java.util.Objects;

/**
 * How many LeiKa services of a group reach each Reifegrad: per service, the combined level of its
 * assessed rows in the group's area (the best, or the worst, as the rule says), on the rule's
 * model. Services whose assessed rows carry no Reifegrad are counted apart; services without any
 * assessed row in the area are not in the distribution. Immutable and thread-safe.
 *
 * @param modell        the Reifegrad model of the levels
 * @param proStufe      the number of services per level, index = level
 * @param ohneReifegrad services with assessed rows but no level
 */
public record Reifegradverteilung(ReifegradModell modell, List<Long> proStufe, long ohneReifegrad) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException when the list does not have one entry per level of the model
     */
    public Reifegradverteilung {
        Objects.requireNonNull(modell, "modell");
        proStufe = List.copyOf(proStufe);
        if (proStufe.size() != modell.maxStufe() + 1) {
            throw new IllegalArgumentException("Reifegradverteilung.proStufe must have " + (modell.maxStufe() + 1)
                    + " entries for model " + modell.name() + ", had " + proStufe.size());
        }
    }

    /**
     * The number of services at exactly one level.
     *
     * @param reifegrad a level of this distribution's model
     * @return the count
     * @throws IllegalArgumentException for a level of another model
     */
    public long anzahl(Reifegrad reifegrad) {
        if (reifegrad.modell() != modell) {
            throw new IllegalArgumentException("Reifegradverteilung of model " + modell.name()
                    + " has no level " + reifegrad);
        }
        return proStufe.get(reifegrad.stufe());
    }

    /**
     * The number of services at a level or higher.
     *
     * @param reifegrad a level of this distribution's model
     * @return the count
     */
    public long anzahlMindestens(Reifegrad reifegrad) {
        anzahl(reifegrad);
        long n = 0;
        for (int s = reifegrad.stufe(); s < proStufe.size(); s++) {
            n += proStufe.get(s);
        }
        return n;
    }

    /** @return all services in the distribution, with and without level */
    public long summe() {
        return proStufe.stream().mapToLong(Long::longValue).sum() + ohneReifegrad;
    }
}
