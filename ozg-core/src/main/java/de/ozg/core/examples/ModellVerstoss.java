package de.ozg.core.examples;

import de.ozg.core.model.ModellException;
import de.ozg.core.model.ModellViolation;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One broken invariant of the model, as a pair of builds that differ in exactly one respect: the
 * valid build succeeds, the invalid one – the same builder state with one change, such as a
 * Lebenslage of another Themenfeld – throws a {@link ModellException} with {@link #violation()}.
 * Downstream code uses these to prove that it reports, rather than swallows, model errors coming
 * out of its own mapping code.
 *
 * <p>Each call builds afresh; the builds themselves are deterministic. Immutable and thread-safe.
 */
public final class ModellVerstoss {

    private final ModellViolation violation;
    private final String beschreibung;
    private final Supplier<?> gueltig;
    private final Supplier<?> ungueltig;

    ModellVerstoss(ModellViolation violation, String beschreibung, Supplier<?> gueltig, Supplier<?> ungueltig) {
        this.violation = Objects.requireNonNull(violation, "violation");
        this.beschreibung = Objects.requireNonNull(beschreibung, "beschreibung");
        this.gueltig = Objects.requireNonNull(gueltig, "gueltig");
        this.ungueltig = Objects.requireNonNull(ungueltig, "ungueltig");
    }

    /** @return the invariant the invalid build breaks */
    public ModellViolation violation() {
        return violation;
    }

    /** @return what the invalid build does wrong, in German */
    public String beschreibung() {
        return beschreibung;
    }

    /**
     * Builds the valid variant: the same builder state without the one defect.
     *
     * @return the entity, such as an {@code OzgLeistung}
     */
    public Object buildValid() {
        return gueltig.get();
    }

    /**
     * Builds the invalid variant, which always throws.
     *
     * @throws ModellException always, with {@link #violation()}
     * @throws IllegalStateException when the model unexpectedly accepted the invalid state
     */
    public void buildInvalid() {
        Object wert = ungueltig.get();
        throw new IllegalStateException("the model accepted an example of " + violation + " (" + beschreibung
                + "): " + wert);
    }

    @Override
    public String toString() {
        return "ModellVerstoss[" + violation + ": " + beschreibung + "]";
    }
}
