package de.ozg.core.model;

import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.ref.Bundesland;
import java.time.LocalDate;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A Land's Nachnutzungsübersicht at a Stand, such as the one Sachsen-Anhalt publishes: per
 * OZG-Leistung (or LeiKa service) the Priorisierung, the Phase, the Umsetzungsmodell and the
 * responsible Landesressort ({@link Nachnutzungseintrag}), together with the
 * {@link Onlinedienst Onlinedienste} the entries use.
 *
 * <p>Invariants: one entry per pair of OZG-ID and Leistungsschlüssel (a bundle-level entry has no
 * key), and one Onlinedienst per id. An entry may name an Onlinedienst that is not among
 * {@link #onlinedienste()}: the overview does not have to carry every external service it uses,
 * so {@link #onlinedienst(String)} is then empty, and a rule may report it. Entries keep the
 * order of the source. Immutable and thread-safe; the indexes are built on first use.
 */
@Value.Immutable
public abstract class Nachnutzungsuebersicht {

    Nachnutzungsuebersicht() {
    }

    /**
     * The Land whose overview this is.
     *
     * @return the Land
     */
    public abstract Bundesland land();

    /**
     * The date the overview describes.
     *
     * @return the Stand
     */
    public abstract LocalDate stand();

    /**
     * The entries in source order.
     *
     * @return the entries, possibly empty
     */
    public abstract List<Nachnutzungseintrag> eintraege();

    /**
     * The Onlinedienste the entries refer to by {@link Nachnutzungseintrag#onlinedienstId()}, those
     * of this Land and those of others it reuses.
     *
     * @return the services, possibly empty
     */
    public abstract List<Onlinedienst> onlinedienste();

    /**
     * A fresh builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        String feld = "Nachnutzungsuebersicht " + land().kuerzel() + " " + stand();
        Set<Map.Entry<OzgId, Optional<Leistungsschluessel>>> seen = new HashSet<>();
        for (Nachnutzungseintrag e : eintraege()) {
            if (!seen.add(new SimpleImmutableEntry<>(e.ozgId(), e.leistungsschluessel()))) {
                throw new ModellException(ModellViolation.DUPLICATE_EINTRAG, feld + ".eintraege",
                        e.ozgId() + e.leistungsschluessel().map(k -> "/" + k).orElse(""),
                        "one entry per OZG-ID and Leistungsschlüssel"
                                + (e.leistungsschluessel().isEmpty() ? " (here: the bundle without key)" : ""));
            }
        }
        Set<String> ids = new HashSet<>();
        for (Onlinedienst d : onlinedienste()) {
            if (!ids.add(d.id())) {
                throw new ModellException(ModellViolation.DUPLICATE_ONLINEDIENST, feld + ".onlinedienste",
                        d.id(), "one Onlinedienst per id");
            }
        }
    }

    @Value.Lazy
    Map<String, Onlinedienst> nachId() {
        Map<String, Onlinedienst> map = new HashMap<>();
        onlinedienste().forEach(d -> map.put(d.id(), d));
        return Collections.unmodifiableMap(map);
    }

    @Value.Lazy
    Map<OzgId, List<Nachnutzungseintrag>> nachOzgId() {
        Map<OzgId, List<Nachnutzungseintrag>> map = new HashMap<>();
        eintraege().forEach(e -> map.computeIfAbsent(e.ozgId(), x -> new ArrayList<>(1)).add(e));
        map.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(map);
    }

    @Value.Lazy
    Map<Nachnutzungskategorie, List<Nachnutzungseintrag>> nachKategorie() {
        Map<Nachnutzungskategorie, List<Nachnutzungseintrag>> map = new LinkedHashMap<>();
        eintraege().forEach(e -> map.computeIfAbsent(e.kategorie(), x -> new ArrayList<>()).add(e));
        map.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(map);
    }

    /**
     * The Onlinedienst with an id.
     *
     * @param id the id
     * @return the service, or empty when the overview does not carry it
     */
    public Optional<Onlinedienst> onlinedienst(String id) {
        return Optional.ofNullable(nachId().get(id));
    }

    /**
     * The entries of a bundle: the bundle-level entry and those of its LeiKa services.
     *
     * @param ozgId the OZG-ID
     * @return the entries in source order, possibly empty
     */
    public List<Nachnutzungseintrag> eintrag(OzgId ozgId) {
        return nachOzgId().getOrDefault(ozgId, List.of());
    }

    /**
     * The entries of a category. Categories are equal by code, so a Land's own spelling of a known
     * category finds the same entries.
     *
     * @param kategorie the category
     * @return the entries in source order, possibly empty
     */
    public List<Nachnutzungseintrag> eintraege(Nachnutzungskategorie kategorie) {
        return nachKategorie().getOrDefault(kategorie, List.of());
    }

    /**
     * The categories that occur, in order of first occurrence.
     *
     * @return the categories
     */
    public Set<Nachnutzungskategorie> kategorien() {
        return nachKategorie().keySet();
    }

    /**
     * The EfA services of other Länder this Land reuses: the Onlinedienste referred to by at least
     * one entry that follow EfA and whose entwickelndes Land is not {@link #land()}.
     *
     * @return the services in the order of {@link #onlinedienste()}
     */
    public List<Onlinedienst> nachgenutzteEfaDienste() {
        Set<String> referenziert = new HashSet<>();
        eintraege().forEach(e -> e.onlinedienstId().ifPresent(referenziert::add));
        List<Onlinedienst> result = new ArrayList<>();
        for (Onlinedienst d : onlinedienste()) {
            if (d.isEfa() && referenziert.contains(d.id()) && d.entwickelndesLand().isPresent()
                    && d.entwickelndesLand().get() != land()) {
                result.add(d);
            }
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * The ids that entries refer to but {@link #onlinedienste()} does not carry: external services,
     * or gaps a rule may report.
     *
     * @return the ids in order of first reference
     */
    public Set<String> fehlendeOnlinedienstIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Nachnutzungseintrag e : eintraege()) {
            e.onlinedienstId().filter(id -> !nachId().containsKey(id)).ifPresent(ids::add);
        }
        return Collections.unmodifiableSet(ids);
    }

    /** Builds a {@link Nachnutzungsuebersicht}. */
    public static final class Builder extends ImmutableNachnutzungsuebersicht.Builder {
        Builder() {
        }
    }
}
