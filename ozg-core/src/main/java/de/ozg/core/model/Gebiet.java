package de.ozg.core.model;

import de.ozg.core.id.Ags;
import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A Gebiet of the territorial hierarchy at a Gebietsstand: a Land, Regierungsbezirk, Kreis,
 * Gemeindeverband or Gemeinde, identified by its {@link Ars} and its level.
 *
 * <p>The level is part of the identity because one key can stand for several levels: a kreisfreie
 * Stadt such as Flensburg is Kreis, Gemeindeverband and Gemeinde under the same ARS
 * {@code 010010000000}.
 *
 * <p><b>Gemeinde, gemeindefreies Gebiet, Kommune.</b> The Gemeinde level of the Destatis
 * Gemeindeverzeichnis lists, besides the politische Gemeinden, the gemeindefreie Gebiete: forests,
 * lakes, military training areas and coastal waters that belong to no Gemeinde, marked by the
 * Textkennzeichen 65 (gemeindefreies Gebiet, bewohnt) and 66 (gemeindefreies Gebiet, unbewohnt)
 * (Destatis, Gemeindeverzeichnis GV-ISys, Gebietsstand 31.12.2020: 210 of 11,004 Gemeinde rows, 174
 * of them in Bayern). They have no administration and offer no service, so they are no Kommune:
 * {@link #isGemeinde()} is true for both, {@link #isGemeindefrei()} tells them apart and
 * {@link #isKommune()} is the politische Gemeinde alone. A Gemeinde without Textkennzeichen counts
 * as a Kommune. Invariants: the key's significant digits are not finer than the level; an
 * AGS, when given, is the one the ARS converts to, and a Gemeindeverband has none; the population is
 * not negative; a blank Textkennzeichen is stored as absent. Immutable and thread-safe; equal when
 * all fields are.
 */
@Value.Immutable
public abstract class Gebiet implements Comparable<Gebiet> {

    Gebiet() {
    }

    /** @return the Amtlicher Regionalschlüssel */
    public abstract Ars ars();

    /** @return the level of this Gebiet in the hierarchy */
    public abstract ArsEbene ebene();

    /** @return the official name, such as "Flensburg, Stadt" */
    public abstract String name();

    /** @return the Amtlicher Gemeindeschlüssel, for the levels that have one (not a Gemeindeverband) */
    public abstract Optional<Ags> ags();

    /**
     * The Destatis Textkennzeichen, such as 41 "Kreisfreie Stadt" or 63 "Gemeinde", when known.
     *
     * @return the code
     */
    public abstract Optional<String> textkennzeichen();

    /** @return the population, when known; never negative */
    public abstract OptionalLong bevoelkerung();

    /**
     * A Gebiet without AGS, Textkennzeichen or population.
     *
     * @param ars   the key
     * @param ebene the level
     * @param name  the name
     * @return the Gebiet
     */
    public static Gebiet of(Ars ars, ArsEbene ebene, String name) {
        return builder().ars(ars).ebene(ebene).name(name).build();
    }

    /**
     * A fresh builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return whether this is a Gemeinde (including gemeindefreie Gebiete) */
    public boolean isGemeinde() {
        return ebene() == ArsEbene.GEMEINDE;
    }

    /**
     * Whether this is a gemeindefreies Gebiet: a Gebiet of Gemeinde level with the Destatis
     * Textkennzeichen 65 (bewohnt) or 66 (unbewohnt), such as a forest or a lake that belongs to no
     * Gemeinde (see the class comment).
     *
     * @return true for a gemeindefreies Gebiet
     */
    public boolean isGemeindefrei() {
        if (!isGemeinde() || textkennzeichen().isEmpty()) {
            return false;
        }
        String tk = textkennzeichen().get().strip();
        return tk.equals("65") || tk.equals("66");
    }

    /**
     * Whether this is a Kommune in the sense of the counting rules: a Gemeinde that is not
     * {@linkplain #isGemeindefrei() gemeindefrei}.
     *
     * @return true for a politische Gemeinde
     */
    public boolean isKommune() {
        return isGemeinde() && !isGemeindefrei();
    }

    @Value.Check
    Gebiet normalize() {
        ModellException.requireText("Gebiet.name", name());
        if (ars().ebene().compareTo(ebene()) > 0) {
            throw new ModellException(ModellViolation.GEBIET_EBENE_MISMATCH, "Gebiet " + name() + ".ars",
                    ars().toString(), "a key of level " + ebene() + " or coarser, but its digits show level "
                            + ars().ebene());
        }
        if (ags().isPresent() && ebene() == ArsEbene.GEMEINDEVERBAND) {
            throw new ModellException(ModellViolation.GEBIET_AGS_MISMATCH, "Gebiet " + name() + ".ags",
                    ags().get().toString(), "no AGS, since a Gemeindeverband has none");
        }
        if (ags().isPresent() && !ags().equals(ars().toAgs())) {
            throw new ModellException(ModellViolation.GEBIET_AGS_MISMATCH, "Gebiet " + name() + ".ags",
                    ags().get().toString(), "the AGS of ARS " + ars() + " ("
                            + ars().toAgs().map(Ags::toString).orElse("none") + ")");
        }
        if (bevoelkerung().isPresent() && bevoelkerung().getAsLong() < 0) {
            throw new ModellException(ModellViolation.OUT_OF_RANGE, "Gebiet " + name() + ".bevoelkerung",
                    String.valueOf(bevoelkerung().getAsLong()), "a population of 0 or more");
        }
        if (textkennzeichen().isPresent() && ModellException.isBlank(textkennzeichen().get())) {
            return ImmutableGebiet.builder().from(this).textkennzeichen(Optional.empty()).build();
        }
        return this;
    }

    /**
     * Orders by ARS, coarser levels first. The order identifies a Gebiet by key and level only, so it
     * is <em>inconsistent with equals</em> for two different Gebiete of one key and level, which a
     * {@link Gebietsverzeichnis} never holds (it rejects them).
     */
    @Override
    public int compareTo(Gebiet other) {
        int c = ars().compareTo(other.ars());
        return c != 0 ? c : ebene().compareTo(other.ebene());
    }

    /** Builds a {@link Gebiet}. */
    public static final class Builder extends ImmutableGebiet.Builder {
        Builder() {
        }
    }
}
