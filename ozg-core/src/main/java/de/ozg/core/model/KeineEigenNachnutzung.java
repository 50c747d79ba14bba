package de.ozg.core.model;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An {@link de.ozg.core.model.Onlinedienst}'s Nachnutzungen do not name its developing Land: a
 * Land never reuses its own development. Under "Einer für Alle" the developing Land builds and
 * runs the service and the other Länder connect to it, so a connection of the developer itself is
 * a data error (typically the developer listed among the connecting Länder).
 *
 * <p>A Nachnutzung breaks the rule when its nachnutzer is the Land-level key of the developing
 * Land ({@code 150000000000} for Sachsen-Anhalt). Kommunen of the developing Land are not flagged:
 * their connection is the rollout within that Land, which overviews record as Nachnutzung, not a
 * Land reusing its own work. The rule holds for every {@link de.ozg.core.ref.Nachnutzungsmodell},
 * because a Land that runs its own software dezentral does not reuse it either. A service whose
 * developing Land is unknown is not checked. The violation points at the offending entry, such as
 * {@code nachnutzungen[2].nachnutzer}; each offending entry is reported.
 *
 * <p>A rule, not an invariant: real overviews contain such rows, and users must be able to load
 * them and then report them.
 */
@Documented
@Constraint(validatedBy = de.ozg.core.model.internal.KeineEigenNachnutzungValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface KeineEigenNachnutzung {

    /** @return the message template */
    String message() default "{de.ozg.core.model.KeineEigenNachnutzung.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
