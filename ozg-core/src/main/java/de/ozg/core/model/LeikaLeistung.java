package de.ozg.core.model;

import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.ref.Typisierung;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * One administrative service of the Leistungskatalog (LeiKa), such as "Elterngeld Bewilligung",
 * identified by its 14-digit {@link Leistungsschluessel}. Catalogues also list services that have
 * no key yet, written "nicht im LeiKa": this is a legal, explicit <em>unkeyed</em> state
 * ({@link #schluessel()} is empty), not a parse error.
 *
 * <p>The Typisierung (who regulates, who executes) decides in which Kommunen the service is due;
 * a cell may hold several codes, or none. The optional texts are absent or non-blank: a blank text
 * (an empty CSV cell) is stored as absent. Immutable and thread-safe; equal when all fields are.
 */
@Value.Immutable
public abstract class LeikaLeistung {

    LeikaLeistung() {
    }

    /**
     * The Leistungsschlüssel, or empty for a service "nicht im LeiKa".
     *
     * @return the key
     */
    public abstract Optional<Leistungsschluessel> schluessel();

    /**
     * The LeiKa-Bezeichnung, such as "Elterngeld Bewilligung".
     *
     * @return the name, never blank
     */
    public abstract String bezeichnung();

    /**
     * The Typisierung codes, in code-list order; empty when the source gives none.
     *
     * @return the codes
     */
    @Value.NaturalOrder
    public abstract SortedSet<Typisierung> typisierung();

    /**
     * The legal basis as published (free text, often with links).
     *
     * @return the Rechtsgrundlage(n), or empty
     */
    public abstract Optional<String> rechtsgrundlage();

    /**
     * The names of the laws.
     *
     * @return the Gesetz(e), or empty
     */
    public abstract Optional<String> gesetze();

    /**
     * The short names of the laws, such as "BEEG".
     *
     * @return the Gesetzeskürzel, or empty
     */
    public abstract Optional<String> gesetzeskuerzel();

    /**
     * Whether the catalogue marks the service as relevant under Annex I of the Single Digital
     * Gateway regulation (EU) 2018/1724 (column "SDG1-Relevanz").
     *
     * @return the SDG1 flag
     */
    @Value.Default
    public boolean sdg1() {
        return false;
    }

    /**
     * Whether the catalogue marks the service as relevant under Annex II of the SDG regulation
     * (column "SDG2-Relevanz").
     *
     * @return the SDG2 flag
     */
    @Value.Default
    public boolean sdg2() {
        return false;
    }

    /**
     * Whether the service has a Leistungsschlüssel.
     *
     * @return false for "nicht im LeiKa"
     */
    public boolean isImLeika() {
        return schluessel().isPresent();
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
    LeikaLeistung normalize() {
        ModellException.requireText("LeikaLeistung.bezeichnung", bezeichnung());
        if (isBlank(rechtsgrundlage()) || isBlank(gesetze()) || isBlank(gesetzeskuerzel())) {
            return ImmutableLeikaLeistung.builder().from(this)
                    .rechtsgrundlage(rechtsgrundlage().filter(t -> !ModellException.isBlank(t)))
                    .gesetze(gesetze().filter(t -> !ModellException.isBlank(t)))
                    .gesetzeskuerzel(gesetzeskuerzel().filter(t -> !ModellException.isBlank(t)))
                    .build();
        }
        return this;
    }

    private static boolean isBlank(Optional<String> text) {
        return text.isPresent() && ModellException.isBlank(text.get());
    }

    /** Builds a {@link LeikaLeistung}; leave the key unset for "nicht im LeiKa". */
    public static final class Builder extends ImmutableLeikaLeistung.Builder {
        Builder() {
        }
    }
}
