package de.ozg.core.model;

import de.ozg.core.id.Ars;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Nachnutzungsmodell;
import de.ozg.core.ref.Reifegrad;
import java.net.URI;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * An online service that implements one or more LeiKa services, such as an EfA service one Land
 * develops and runs for all others. It carries its Nachnutzungsmodell, its Reifegrad (current and
 * planned), whether the provider declares it OZG-konform, and the Länder and Kommunen that reuse
 * it ({@link Nachnutzung}, one per Nachnutzer).
 *
 * <p>Invariants, enforced at construction with a {@link ModellException}: a stable id without
 * blanks; a name; at least one Leistungsschlüssel; an entwickelndes Land for an EfA service; a URL,
 * when given, that is absolute http or https; no Nachnutzer listed twice. Three things real data
 * contains are deliberately <em>not</em> invariants, so that such data can be loaded and then
 * reported: a Nachnutzung by the developing Land itself, a {@code reifegrad} and
 * {@code zielReifegrad} of different Reifegrad models, and a service declared OZG-konform while its
 * Reifegrad is below OZG-konform. The class-level constraints of {@code de.ozg.core.validation}
 * check them. Immutable and thread-safe.
 */
@KeineEigenNachnutzung
@EinheitlichesReifegradModell
@OzgKonformBelegt
@Value.Immutable
public abstract class Onlinedienst {

    Onlinedienst() {
    }

    /**
     * The stable id the source gives the service, such as a FIT-Store or Marktplatz id.
     *
     * @return the id: non-blank, without whitespace
     */
    public abstract String id();

    /**
     * The name of the service, such as "Elterngeld digital".
     *
     * @return the name, never blank
     */
    public abstract String bezeichnung();

    /**
     * The Land that develops and runs the service (the umsetzendes Land of EfA).
     *
     * @return the Land; always present for EfA, empty for a Bund service or when unknown
     */
    public abstract Optional<Bundesland> entwickelndesLand();

    /**
     * How other Länder obtain the service.
     *
     * @return the Nachnutzungsmodell
     */
    public abstract Nachnutzungsmodell nachnutzungsmodell();

    /**
     * The current Reifegrad, when reported.
     *
     * @return the Reifegrad, or empty
     */
    public abstract Optional<Reifegrad> reifegrad();

    /**
     * The Reifegrad the service is planned to reach, when reported. Normally of the same model as
     * {@link #reifegrad()}; a constraint of {@code de.ozg.core.validation} reports when it is not.
     *
     * @return the target Reifegrad, or empty
     */
    public abstract Optional<Reifegrad> zielReifegrad();

    /**
     * Whether the provider declares the service OZG-konform. This is a claim of the source, not
     * derived from {@link #reifegrad()}; a constraint of {@code de.ozg.core.validation} reports a
     * claim that the Reifegrad contradicts.
     *
     * @return the declaration, false when not declared
     */
    @Value.Default
    public boolean isOzgKonformGemeldet() {
        return false;
    }

    /**
     * The LeiKa services the service implements, in key order.
     *
     * @return the keys, at least one
     */
    @Value.NaturalOrder
    public abstract SortedSet<Leistungsschluessel> leistungsschluessel();

    /**
     * The OZG-Leistungen (bundles) the service belongs to, when the source names them.
     *
     * @return the OZG-IDs in order, possibly empty
     */
    @Value.NaturalOrder
    public abstract SortedSet<OzgId> ozgIds();

    /**
     * The address where users reach the service.
     *
     * @return an absolute http or https URL, or empty
     */
    public abstract Optional<URI> url();

    /**
     * The Nachnutzungen in source order, one per Nachnutzer.
     *
     * @return the Nachnutzungen, possibly empty
     */
    public abstract List<Nachnutzung> nachnutzungen();

    /**
     * Whether the service follows "Einer für Alle".
     *
     * @return true for {@link Nachnutzungsmodell#EFA}
     */
    public boolean isEfa() {
        return nachnutzungsmodell() == Nachnutzungsmodell.EFA;
    }

    /**
     * The Länder connected as a whole: those whose Land key has a Nachnutzung with status
     * {@link NachnutzungsStatus#ANGEBUNDEN}. A connected Kommune does not make its Land connected.
     *
     * @return the Länder in Land-code order, possibly empty
     */
    public Set<Bundesland> angebundeneLaender() {
        Set<Bundesland> laender = EnumSet.noneOf(Bundesland.class);
        for (Nachnutzung n : nachnutzungen()) {
            if (n.status() == NachnutzungsStatus.ANGEBUNDEN && n.isLand()) {
                n.nachnutzendesLand().ifPresent(laender::add);
            }
        }
        return Collections.unmodifiableSet(laender);
    }

    /**
     * The Nachnutzung of one Nachnutzer.
     *
     * @param nachnutzer the ARS of the Land or Kommune
     * @return the Nachnutzung, or empty
     */
    public Optional<Nachnutzung> nachnutzung(Ars nachnutzer) {
        for (Nachnutzung n : nachnutzungen()) {
            if (n.nachnutzer().equals(nachnutzer)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /**
     * A fresh builder; {@code isOzgKonformGemeldet} defaults to false.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        requireId("Onlinedienst.id", id());
        String feld = "Onlinedienst " + id();
        ModellException.requireText(feld + ".bezeichnung", bezeichnung());
        if (isEfa() && entwickelndesLand().isEmpty()) {
            throw new ModellException(ModellViolation.MISSING_ENTWICKELNDES_LAND, feld + ".entwickelndesLand",
                    null, "the developing Land of an EfA service");
        }
        if (leistungsschluessel().isEmpty()) {
            throw new ModellException(ModellViolation.MISSING_LEISTUNGSSCHLUESSEL, feld + ".leistungsschluessel",
                    null, "at least one Leistungsschlüssel");
        }
        if (url().isPresent()) {
            URI u = url().get();
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!u.isAbsolute() || u.isOpaque() || !(scheme.equals("http") || scheme.equals("https"))
                    || u.getHost() == null) {
                throw new ModellException(ModellViolation.INVALID_URL, feld + ".url", u.toString(),
                        "an absolute http or https URL with a host");
            }
        }
        Map<Ars, Nachnutzung> seen = new HashMap<>();
        for (Nachnutzung n : nachnutzungen()) {
            Nachnutzung before = seen.putIfAbsent(n.nachnutzer(), n);
            if (before != null) {
                throw new ModellException(ModellViolation.DUPLICATE_NACHNUTZER, feld + ".nachnutzungen",
                        n.nachnutzer().toString(), "one Nachnutzung per Nachnutzer, but it is listed as '"
                                + before.status().bezeichnung() + "' and as '" + n.status().bezeichnung() + "'");
            }
        }
    }

    /**
     * Checks an id chosen by a data source: not blank, and no blank, control or invisible
     * formatting character (such as a zero-width space) anywhere, since ids are compared exactly.
     */
    static void requireId(String feld, String id) {
        ModellException.requireText(feld, id);
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Suchtext.istLeer(c) || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                throw new ModellException(ModellViolation.INVALID_ID, feld, id,
                        "an id without blanks or invisible characters (found one at position " + (i + 1) + ")");
            }
        }
    }

    /** Builds an {@link Onlinedienst}. */
    public static final class Builder extends ImmutableOnlinedienst.Builder {
        Builder() {
        }
    }
}
