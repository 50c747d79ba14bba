package de.ozg.core.aggregation;

import java.util.Objects;

/**
 * The figures of one group — Germany as a whole, a Land, a Themenfeld or an OZG-Leistung — under
 * one counting rule: how many LeiKa services and OZG-Leistungen are online, how many services are
 * flächendeckend, how mature they are, and which share of the Gemeinde × service cells is covered.
 * The area of a Land is its Gemeinden; the area of the other groups is all of Germany. Immutable
 * and thread-safe.
 *
 * @param gruppe               the group's code: {@code "DE"}, the Land code, the Themenfeld number, the OZG-ID
 * @param bezeichnung          the group's name
 * @param leika                the distinct LeiKa services of the group in the catalogue
 * @param leikaGemeldet        services with at least one assessed row in the area
 * @param leikaOnline          services online in at least one Gemeinde of the area
 * @param leikaRelevant        services due in the Gemeinden under the rule's Typisierung decision
 * @param leikaFlaechendeckend relevant services online in the rule's share of the area's Gemeinden
 * @param ozgLeistungen        the OZG-Leistungen of the group
 * @param ozgLeistungenOnline  OZG-Leistungen with at least one service online in the area
 * @param verteilung           the services per Reifegrad
 * @param abgedeckteZellen     relevant service × Gemeinde cells of the area that are online
 * @param relevanteZellen      relevant service × Gemeinde cells of the area
 */
public record Kennzahlen(String gruppe, String bezeichnung, int leika, int leikaGemeldet, int leikaOnline,
        int leikaRelevant, int leikaFlaechendeckend, int ozgLeistungen, int ozgLeistungenOnline,
        Reifegradverteilung verteilung, long abgedeckteZellen, long relevanteZellen) {

    /** Validates. */
    public Kennzahlen {
        Objects.requireNonNull(gruppe, "gruppe");
        Objects.requireNonNull(bezeichnung, "bezeichnung");
        Objects.requireNonNull(verteilung, "verteilung");
    }

    /**
     * The share of relevant service × Gemeinde cells covered: the "share of Gemeinden covered",
     * averaged over the relevant services with each Gemeinde weighing the same.
     *
     * @return 0 to 1, or 0 when no cell is relevant
     */
    public double abdeckung() {
        return relevanteZellen == 0 ? 0 : abgedeckteZellen / (double) relevanteZellen;
    }
}
