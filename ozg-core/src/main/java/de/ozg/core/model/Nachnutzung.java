package de.ozg.core.model;

import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.ref.Bundesland;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The reuse of one {@link Onlinedienst} by one Nachnutzer: a Land (by its Land key, see
 * {@link Ars#of(Bundesland)}) or a Kommune (by its ARS) that connects to the service, with the
 * status it has reached and, when known, the date of that status. Under EfA the Nachnutzer is the
 * "anschließendes Land"; a Kommune appears when it connects on its own.
 *
 * <p>Invariant: the Nachnutzer is a Land or a Gebiet below it, never the Bund key
 * {@code 000000000000}. That a Land does not reuse its own development is a rule of
 * {@code de.ozg.core.validation}, not an invariant, because published data contains such rows.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Nachnutzung {

    Nachnutzung() {
    }

    /**
     * The Land or Kommune that connects, by its Amtlicher Regionalschlüssel.
     *
     * @return the ARS, never the Bund key
     */
    public abstract Ars nachnutzer();

    /**
     * How far the connection has got.
     *
     * @return the status
     */
    public abstract NachnutzungsStatus status();

    /**
     * The date the status was reached or reported, when the source gives one.
     *
     * @return the date, or empty
     */
    public abstract Optional<LocalDate> datum();

    /**
     * The Land of the Nachnutzer: the Land itself, or the Land a connecting Kommune lies in.
     *
     * @return the Land (never empty for a valid Nachnutzung; Optional because {@link Ars#land()} is)
     */
    public Optional<Bundesland> nachnutzendesLand() {
        return nachnutzer().land();
    }

    /**
     * Whether the Nachnutzer is a whole Land rather than a Kommune.
     *
     * @return true for a Land key such as {@code 150000000000}
     */
    public boolean isLand() {
        return nachnutzer().ebene() == ArsEbene.LAND;
    }

    /**
     * A Nachnutzung without date.
     *
     * @param nachnutzer the Land or Kommune
     * @param status     the status
     * @return the Nachnutzung
     * @throws ModellException with {@link ModellViolation#INVALID_NACHNUTZER} for the Bund key
     */
    public static Nachnutzung of(Ars nachnutzer, NachnutzungsStatus status) {
        return builder().nachnutzer(nachnutzer).status(status).build();
    }

    /**
     * A Nachnutzung by a whole Land, without date.
     *
     * @param land   the Land
     * @param status the status
     * @return the Nachnutzung
     */
    public static Nachnutzung of(Bundesland land, NachnutzungsStatus status) {
        return of(Ars.of(land), status);
    }

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
        if (nachnutzer().equals(Ars.BUND)) {
            throw new ModellException(ModellViolation.INVALID_NACHNUTZER, "Nachnutzung.nachnutzer",
                    nachnutzer().toString(), "the ARS of a Land or Kommune, not the Bund key");
        }
    }

    /** Builds a {@link Nachnutzung}. */
    public static final class Builder extends ImmutableNachnutzung.Builder {
        Builder() {
        }
    }
}
