package de.ozg.core.aggregation;

import de.ozg.core.id.OzgId;
import de.ozg.core.model.NachnutzungsStatus;
import de.ozg.core.ref.Bundesland;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An EfA service of another Land that a Land's overview uses: the service, its developing Land, how
 * far the Land has got in connecting (its own Nachnutzung as a whole Land, when the service lists
 * one) and the OZG-Leistungen whose rows use it. Immutable and thread-safe.
 *
 * @param id                the service's id
 * @param bezeichnung       the service's name
 * @param entwickelndesLand the Land that develops and runs it
 * @param status            the status of the Land's Nachnutzung, empty when the service lists none
 * @param ozgIds            the OZG-Leistungen whose rows name the service, in order
 */
public record NachgenutzterDienst(String id, String bezeichnung, Bundesland entwickelndesLand,
        Optional<NachnutzungsStatus> status, SortedSet<OzgId> ozgIds) {

    /** Validates and copies. */
    public NachgenutzterDienst {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bezeichnung, "bezeichnung");
        Objects.requireNonNull(entwickelndesLand, "entwickelndesLand");
        Objects.requireNonNull(status, "status");
        ozgIds = Collections.unmodifiableSortedSet(new TreeSet<>(ozgIds));
    }
}
