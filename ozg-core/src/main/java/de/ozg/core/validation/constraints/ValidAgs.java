package de.ozg.core.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is an Amtlicher Gemeindeschlüssel (AGS): exactly 8 ASCII digits starting with
 * a Land code {@code 01} to {@code 16}, such as {@code 15002000} (Halle (Saale)), as {@link
 * de.ozg.core.id.Ags#parse(CharSequence)} accepts it. The digits are Land (2), Regierungsbezirk (1),
 * Kreis (2) and Gemeinde (3).
 *
 * <p>Applies to {@link CharSequence}; {@code null} is valid (add {@code @NotNull} to require a
 * value). A key stored as a number loses its leading zero ({@code 1001000} for Flensburg) and is
 * rejected, as the strict parser rejects it; whether the Gemeinde exists at a given date is a
 * question for a Gebietsverzeichnis, not for this constraint.
 */
@Documented
@Constraint(validatedBy = de.ozg.core.validation.constraints.internal.AgsValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidAgs.List.class)
public @interface ValidAgs {

    /** @return the message template; by default a detailed message per broken rule */
    String message() default "{de.ozg.core.validation.constraints.Ags.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Several {@link ValidAgs} constraints on one element, for instance in different groups. */
    @Documented
    @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {

        /** @return the constraints */
        ValidAgs[] value();
    }
}
