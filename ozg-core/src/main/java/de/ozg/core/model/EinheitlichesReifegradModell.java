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
 * An {@link de.ozg.core.model.Onlinedienst}'s Reifegrad and Ziel-Reifegrad, when both are given,
 * belong to the same {@link de.ozg.core.ref.ReifegradModell}. Model 1.x (levels 0–4) and model 2.0
 * (levels 0–7, since July 2025) have no published mapping, so a target "V2:5" for a service at
 * "V1:3" cannot be compared, and the gap between them cannot be computed.
 *
 * <p>A rule, not an invariant: data collected across the change of model mixes both, and users
 * must be able to load it and then report it. The violation points at {@code zielReifegrad}.
 */
@Documented
@Constraint(validatedBy = de.ozg.core.model.internal.EinheitlichesReifegradModellValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface EinheitlichesReifegradModell {

    /** @return the message template */
    String message() default "{de.ozg.core.model.EinheitlichesReifegradModell.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
