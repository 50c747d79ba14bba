package de.ozg.json;

import de.ozg.core.model.ModellException;
import de.ozg.core.model.ModellViolation;
import de.ozg.core.model.Onlinedienst;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The Onlinedienste a source publishes at a Stand, such as a FIT-Store or Marktplatz export: the
 * content of the document {@code {"format": "ozg-onlinedienste", "version": 1, "stand",
 * "onlinedienste": [..]}}. Each Onlinedienst carries its Nachnutzungen, so the document tells which
 * Länder and Kommunen reuse which EfA service. Ids are unique within the document, as they are the
 * references a {@code Nachnutzungsuebersicht} uses.
 *
 * <p>Immutable and thread-safe.
 *
 * @param stand         the date the list describes
 * @param onlinedienste the services in source order, each id once
 */
public record Onlinedienstverzeichnis(LocalDate stand, List<Onlinedienst> onlinedienste) {

    /**
     * Checks and copies the components.
     *
     * @throws ModellException with {@link ModellViolation#DUPLICATE_ONLINEDIENST} when an id occurs twice
     */
    public Onlinedienstverzeichnis {
        Objects.requireNonNull(stand, "stand");
        onlinedienste = List.copyOf(onlinedienste);
        Set<String> ids = new HashSet<>();
        for (Onlinedienst d : onlinedienste) {
            if (!ids.add(d.id())) {
                throw new ModellException(ModellViolation.DUPLICATE_ONLINEDIENST,
                        "Onlinedienstverzeichnis " + stand + ".onlinedienste", d.id(), "one Onlinedienst per id");
            }
        }
    }

    /**
     * The Onlinedienste at a Stand.
     *
     * @param stand         the Stand
     * @param onlinedienste the services, each id once
     * @return the list
     * @throws ModellException with {@link ModellViolation#DUPLICATE_ONLINEDIENST} when an id occurs twice
     */
    public static Onlinedienstverzeichnis of(LocalDate stand, Collection<Onlinedienst> onlinedienste) {
        return new Onlinedienstverzeichnis(stand, List.copyOf(onlinedienste));
    }

    /**
     * The Onlinedienst with an id.
     *
     * @param id the id
     * @return the service, or empty
     */
    public Optional<Onlinedienst> onlinedienst(String id) {
        return onlinedienste.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
