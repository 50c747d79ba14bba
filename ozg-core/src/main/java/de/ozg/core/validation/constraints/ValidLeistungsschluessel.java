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
 * The annotated text is a LeiKa key (Leistungsschlüssel): exactly 14 ASCII digits, such as
 * {@code 99041006013000}, as {@link de.ozg.core.id.Leistungsschluessel#parse(CharSequence)} accepts
 * it. The key identifies one administrative service in the Leistungskatalog: Leistungsobjekt (8
 * digits), Verrichtung (3) and Verrichtungsdetail (3), where a Verrichtungsdetail needs a
 * Verrichtung.
 *
 * <p>Applies to {@link CharSequence}; {@code null} is valid (add {@code @NotNull} to require a
 * value). The catalogue placeholder "nicht im LeiKa" is rejected with its own message: it marks a
 * service without key, which a field meant to hold a key should represent as {@code null}. The URN
 * form and keys with blanks or lost leading zeros are rejected, as the strict parser rejects them.
 */
@Documented
@Constraint(validatedBy = de.ozg.core.validation.constraints.internal.LeistungsschluesselValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidLeistungsschluessel.List.class)
public @interface ValidLeistungsschluessel {

    /** @return the message template; by default a detailed message per broken rule */
    String message() default "{de.ozg.core.validation.constraints.Leistungsschluessel.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Several {@link ValidLeistungsschluessel} constraints on one element, for instance in different groups. */
    @Documented
    @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {

        /** @return the constraints */
        ValidLeistungsschluessel[] value();
    }
}
