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
 * An {@link de.ozg.core.model.Onlinedienst} reported as OZG-konform has a Reifegrad that backs the
 * claim. In Reifegrad model 1.x a service is OZG-konform from level 3 (Online-Leistung); a service
 * reported as OZG-konform at level 2 or with no Reifegrad at all is flagged, with a message for
 * each case.
 *
 * <p>Model 2.0 (July 2025) publishes no OZG-konform threshold ({@link
 * de.ozg.core.ref.Reifegrad#ozgKonform()} is empty), so a service rated in model 2.0 is not
 * flagged: the library does not guess a rule that has not been published. A service not reported
 * as OZG-konform is never flagged, whatever its level. The violation points at
 * {@code ozgKonformGemeldet}, the claim that is not backed.
 *
 * <p>A rule, not an invariant: reported flags and measured levels come from different sources and
 * disagree in real data, which users must be able to load and then report.
 */
@Documented
@Constraint(validatedBy = de.ozg.core.model.internal.OzgKonformBelegtValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface OzgKonformBelegt {

    /** @return the message template; by default a message per case (level too low, no level) */
    String message() default "{de.ozg.core.model.OzgKonformBelegt.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
