package de.ozg.core.aggregation;

import de.ozg.core.model.Nachnutzungskategorie;
import de.ozg.core.model.Phase;
import de.ozg.core.ref.Priorisierung;
import de.ozg.core.ref.Themenfeld;
import java.util.Objects;
import java.util.Optional;

/**
 * One cell of a Land's {@link Landesumsetzung}: the OZG-Leistungen of one Themenfeld that the Land
 * implements in one Nachnutzungskategorie, in one Phase, with one Priorisierung. A Land's overview
 * may have a row for a bundle and rows for its LeiKa services; an OZG-Leistung whose rows fall into
 * several cells is counted in each, so {@link #ozgLeistungen()} counts distinct OZG-IDs per cell and
 * {@link #eintraege()} the rows. Immutable and thread-safe.
 *
 * @param themenfeld     the Themenfeld of the OZG-Leistungen in the catalogue
 * @param kategorie      the Nachnutzungskategorie of the rows
 * @param phase          the Phase of the rows, empty for rows without one
 * @param priorisierung  the Priorisierung of the rows, empty for rows without one
 * @param ozgLeistungen  the distinct OZG-Leistungen with a row in the cell
 * @param eintraege      the rows in the cell
 */
public record Umsetzungszelle(Themenfeld themenfeld, Nachnutzungskategorie kategorie, Optional<Phase> phase,
        Optional<Priorisierung> priorisierung, int ozgLeistungen, int eintraege) {

    /** Validates. */
    public Umsetzungszelle {
        Objects.requireNonNull(themenfeld, "themenfeld");
        Objects.requireNonNull(kategorie, "kategorie");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(priorisierung, "priorisierung");
    }
}
