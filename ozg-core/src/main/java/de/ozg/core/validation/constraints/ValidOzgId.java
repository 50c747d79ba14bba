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
 * The annotated text is an OZG-ID: exactly five ASCII digits, such as {@code 10000} (Elterngeld),
 * as {@link de.ozg.core.id.OzgId#parse(CharSequence)} accepts it. An OZG-ID names a bundle of LeiKa
 * services in the OZG-Umsetzungskatalog; it is text, not a number, because leading zeros matter.
 *
 * <p>Applies to {@link CharSequence}; {@code null} is valid (add {@code @NotNull} to require a
 * value). The text is never trimmed: {@code " 10000"} is rejected, as the strict parser rejects it.
 * The message says which rule the value broke (blank, a character other than a digit, wrong
 * length); an ID outside the usual range 10000–10999 is well-formed and passes.
 */
@Documented
@Constraint(validatedBy = de.ozg.core.validation.constraints.internal.OzgIdValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidOzgId.List.class)
public @interface ValidOzgId {

    /** @return the message template; by default a detailed message per broken rule */
    String message() default "{de.ozg.core.validation.constraints.OzgId.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Several {@link ValidOzgId} constraints on one element, for instance in different groups. */
    @Documented
    @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {

        /** @return the constraints */
        ValidOzgId[] value();
    }
}
