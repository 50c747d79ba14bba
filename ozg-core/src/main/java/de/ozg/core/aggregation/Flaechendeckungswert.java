package de.ozg.core.aggregation;

import de.ozg.core.id.Ars;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.ref.Flaechendeckung;
import java.util.Objects;
import java.util.Optional;

/**
 * The Flächendeckung of one LeiKa service in one area (ARS prefix): how many of the area's relevant
 * Kommunen have it online (gemeindefreie Gebiete are no Kommunen and count only when the rule
 * {@linkplain Zaehlregel#isGemeindefreieGebieteZaehlen() says so}), whether that reaches the rule's
 * share, and the dashboard class. The class is the widest area around the prefix in which the
 * service is flächendeckend — Bund, the prefix's Land, its Kreis — else "in mind. einer Kommune
 * verfügbar" when any Gemeinde under the prefix has it, "nicht in Auswertung berücksichtigt" when
 * the Typisierung gives the Gemeinden no part in it, and empty when it is not available under the
 * prefix at all. Immutable and thread-safe.
 *
 * @param schluessel          the LeiKa key
 * @param ars                 the area's prefix
 * @param relevanteGemeinden  Kommunen under the prefix that are due to offer the service
 * @param abgedeckteGemeinden of these, the Gemeinden where it counts as online
 * @param flaechendeckend     whether the rule's share is reached
 * @param klasse              the dashboard class, or empty when not available under the prefix
 */
public record Flaechendeckungswert(Leistungsschluessel schluessel, Ars ars, int relevanteGemeinden,
        int abgedeckteGemeinden, boolean flaechendeckend, Optional<Flaechendeckung> klasse) {

    /** Validates. */
    public Flaechendeckungswert {
        Objects.requireNonNull(schluessel, "schluessel");
        Objects.requireNonNull(ars, "ars");
        Objects.requireNonNull(klasse, "klasse");
    }

    /** @return the covered share of the relevant Gemeinden, 0 when none is relevant */
    public double anteil() {
        return relevanteGemeinden == 0 ? 0 : abgedeckteGemeinden / (double) relevanteGemeinden;
    }
}
