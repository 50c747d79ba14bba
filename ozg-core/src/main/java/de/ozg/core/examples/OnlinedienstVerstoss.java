package de.ozg.core.examples;

import de.ozg.core.model.Onlinedienst;
import java.lang.annotation.Annotation;
import java.util.Objects;

/**
 * One broken Bean Validation rule of an {@link Onlinedienst}, as a pair of services that differ in
 * exactly one respect: {@link #gueltig()} passes every constraint, {@link #ungueltig()} breaks
 * exactly the class-level constraint {@link #constraint()}, such as
 * {@code @KeineEigenNachnutzung}, at the property path {@link #pfad()}. Both satisfy every model
 * invariant, because these rules describe errors real data contains and users must be able to load
 * before they report them.
 *
 * <pre>{@code
 * OnlinedienstVerstoss v = Beispiele.ofSeed(1).verstoesse().onlinedienstVerstoss(KeineEigenNachnutzung.class);
 * Set<ConstraintViolation<Onlinedienst>> befunde = validator.validate(v.ungueltig()); // exactly one
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class OnlinedienstVerstoss {

    private final Class<? extends Annotation> constraint;
    private final String beschreibung;
    private final String pfad;
    private final Onlinedienst gueltig;
    private final Onlinedienst ungueltig;

    OnlinedienstVerstoss(Class<? extends Annotation> constraint, String beschreibung, String pfad,
            Onlinedienst gueltig, Onlinedienst ungueltig) {
        this.constraint = Objects.requireNonNull(constraint, "constraint");
        this.beschreibung = Objects.requireNonNull(beschreibung, "beschreibung");
        this.pfad = Objects.requireNonNull(pfad, "pfad");
        this.gueltig = Objects.requireNonNull(gueltig, "gueltig");
        this.ungueltig = Objects.requireNonNull(ungueltig, "ungueltig");
    }

    /** @return the constraint annotation {@link #ungueltig()} breaks, one of {@link Verstossbeispiele#onlinedienstConstraints()} */
    public Class<? extends Annotation> constraint() {
        return constraint;
    }

    /** @return what the invalid service does wrong, in German */
    public String beschreibung() {
        return beschreibung;
    }

    /**
     * The property path the violation points at, as {@code ConstraintViolation.getPropertyPath()}
     * renders it: {@code nachnutzungen[2].nachnutzer}, {@code zielReifegrad} or
     * {@code ozgKonformGemeldet}.
     *
     * @return the path
     */
    public String pfad() {
        return pfad;
    }

    /** @return the service without the defect; no constraint reports it */
    public Onlinedienst gueltig() {
        return gueltig;
    }

    /** @return the same service with the one defect; exactly {@link #constraint()} reports it, once */
    public Onlinedienst ungueltig() {
        return ungueltig;
    }

    @Override
    public String toString() {
        return "OnlinedienstVerstoss[@" + constraint.getSimpleName() + " at " + pfad + ": " + beschreibung + "]";
    }
}
