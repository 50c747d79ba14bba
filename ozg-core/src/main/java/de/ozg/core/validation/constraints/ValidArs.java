package de.ozg.core.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import de.ozg.core.id.ArsEbene;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is an Amtlicher Regionalschlüssel (ARS): exactly 12 ASCII digits starting
 * with a Land code {@code 01} to {@code 16}, or {@code 000000000000} for the Bund, as {@link
 * de.ozg.core.id.Ars#parse(CharSequence)} accepts it. The digits are Land (2), Regierungsbezirk
 * (1), Kreis (2), Gemeindeverband (4) and Gemeinde (3); finer parts are zero when the key names a
 * coarser unit.
 *
 * <p>{@link #ebenen()} restricts the level, for a field that must hold a Gemeinde, say:
 * {@code @ValidArs(ebenen = ArsEbene.GEMEINDE)}. The level is the one the key's significant digits show
 * ({@link de.ozg.core.id.Ars#ebene()}), because a key alone says no more: the Gemeinde key of a
 * kreisfreie Stadt such as Flensburg ({@code 010010000000}) shows {@link ArsEbene#KREIS}, and
 * Hamburg's shows {@link ArsEbene#LAND}. A field that accepts those Gemeinden as well lists
 * {@code KREIS} and {@code LAND} too, or checks against a Gebietsverzeichnis.
 *
 * <p>Applies to {@link CharSequence}; {@code null} is valid (add {@code @NotNull} to require a
 * value). A 13-digit "ARS" or a key that lost its leading zero is rejected, as the strict parser
 * rejects it. Several {@code @ValidArs} on one element must all hold.
 */
@Documented
@Constraint(validatedBy = de.ozg.core.validation.constraints.internal.ArsValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidArs.List.class)
public @interface ValidArs {

    /** @return the message template; by default a detailed message per broken rule */
    String message() default "{de.ozg.core.validation.constraints.Ars.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /**
     * The levels a key may show; empty (the default) accepts every level, the Bund key included.
     *
     * @return the allowed levels
     */
    ArsEbene[] ebenen() default {};

    /** Several {@link ValidArs} constraints on one element, for instance in different groups. */
    @Documented
    @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {

        /** @return the constraints */
        ValidArs[] value();
    }
}
