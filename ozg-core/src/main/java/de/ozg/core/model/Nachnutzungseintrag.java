package de.ozg.core.model;

import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.ref.Priorisierung;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a Land's {@link Nachnutzungsuebersicht}: for one OZG-Leistung, or one of its LeiKa
 * services, how the Land implements it ({@link Nachnutzungskategorie}), with which priority, in
 * which phase, under which Landesressort, whether it is an OZG-Booster or Fokusleistung, and which
 * {@link Onlinedienst} it uses.
 *
 * <p>Invariants: a Landesressort, when given, is not blank; an Onlinedienst id, when given, has no
 * blanks (as {@link Onlinedienst#id()}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Nachnutzungseintrag {

    Nachnutzungseintrag() {
    }

    /**
     * The OZG-Leistung (bundle) of the row.
     *
     * @return the OZG-ID
     */
    public abstract OzgId ozgId();

    /**
     * The LeiKa service, when the row is about one service of the bundle rather than the whole
     * bundle.
     *
     * @return the key, or empty for a row about the bundle
     */
    public abstract Optional<Leistungsschluessel> leistungsschluessel();

    /**
     * The priority the Land gives the service.
     *
     * @return the Priorisierung, or empty when the row has none
     */
    public abstract Optional<Priorisierung> priorisierung();

    /**
     * The phase of the implementation.
     *
     * @return the phase, or empty when the row has none
     */
    public abstract Optional<Phase> phase();

    /**
     * The Umsetzungsmodell / Nachnutzungskategorie of the row.
     *
     * @return the category
     */
    public abstract Nachnutzungskategorie kategorie();

    /**
     * The responsible Landesressort as the Land names it, such as "Ministerium für Inneres und
     * Sport". Free text: Landesressorts are not reference data of this library.
     *
     * @return the ressort, or empty
     */
    public abstract Optional<String> landesressort();

    /**
     * Whether the Land marks the service as one of the OZG-Booster services (IT-Planungsrat 2022).
     *
     * @return the flag, false when not marked
     */
    @Value.Default
    public boolean isOzgBooster() {
        return false;
    }

    /**
     * Whether the Land marks the service as a Fokusleistung.
     *
     * @return the flag, false when not marked
     */
    @Value.Default
    public boolean isFokusleistung() {
        return false;
    }

    /**
     * The id of the Onlinedienst the row uses; resolve it with
     * {@link Nachnutzungsuebersicht#onlinedienst(String)}.
     *
     * @return the id, or empty
     */
    public abstract Optional<String> onlinedienstId();

    /**
     * A row with OZG-ID and category only.
     *
     * @param ozgId     the bundle
     * @param kategorie the category
     * @return the row
     */
    public static Nachnutzungseintrag of(OzgId ozgId, Nachnutzungskategorie kategorie) {
        return builder().ozgId(ozgId).kategorie(kategorie).build();
    }

    /**
     * A fresh builder; both flags default to false.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        String feld = "Nachnutzungseintrag " + ozgId() + leistungsschluessel().map(k -> "/" + k).orElse("");
        landesressort().ifPresent(r -> ModellException.requireText(feld + ".landesressort", r));
        onlinedienstId().ifPresent(id -> Onlinedienst.requireId(feld + ".onlinedienstId", id));
    }

    /** Builds a {@link Nachnutzungseintrag}. */
    public static final class Builder extends ImmutableNachnutzungseintrag.Builder {
        Builder() {
        }
    }
}
