package de.ozg.core.validation.constraints.internal;

import de.ozg.core.id.IdFormatException;
import jakarta.validation.ConstraintValidatorContext;
import java.util.function.Consumer;

/**
 * Builds the detailed violations of the constraints in this package.
 *
 * <p>Every template is a message key made of constants (the constraint's name and an enum name),
 * never of the validated value: message interpolation may evaluate expressions, and a value taken
 * from user input must never reach an interpolated template. The offending value is available to
 * callers through {@code ConstraintViolation.getInvalidValue()}.
 */
public final class Meldungen {

    private Meldungen() {
    }

    /**
     * The default message key of a constraint: its fully qualified name plus {@code .message}. The
     * field constraints drop their {@code Valid} prefix here: their keys predate the rename
     * ({@code @Ars} became {@code @ValidArs}), and applications that override a key in their own
     * bundle keep their texts.
     */
    public static String schluessel(Class<?> constraint) {
        String name = constraint.getSimpleName();
        String basis = name.startsWith(PRAEFIX) ? name.substring(PRAEFIX.length()) : name;
        return constraint.getPackageName() + "." + basis + ".message";
    }

    private static final String PRAEFIX = "Valid";

    /**
     * Whether the user kept the constraint's default message. A message of their own replaces the
     * detailed one, so the detail is added only in this case.
     */
    public static boolean istStandard(ConstraintValidatorContext context, Class<?> constraint) {
        return ("{" + schluessel(constraint) + "}").equals(context.getDefaultConstraintMessageTemplate());
    }

    /** The template of the detail {@code suffix} of the constraint's message, or the user's own message. */
    public static String vorlage(ConstraintValidatorContext context, Class<?> constraint, String suffix) {
        return istStandard(context, constraint)
                ? "{" + schluessel(constraint) + "." + suffix + "}"
                : context.getDefaultConstraintMessageTemplate();
    }

    /**
     * Replaces the default violation by one that says which format rule the value broke, found by
     * the identifier's strict parse. Call only after the identifier's {@code isValid} said no.
     */
    public static void formatfehler(ConstraintValidatorContext context, Class<?> constraint, CharSequence value,
            Consumer<CharSequence> parse) {
        if (!istStandard(context, constraint)) {
            return;
        }
        try {
            parse.accept(value);
        } catch (IdFormatException e) {
            detail(context, constraint, e.violation().name());
        }
    }

    /** Replaces the default violation by the detail {@code suffix} of the constraint's message. */
    public static void detail(ConstraintValidatorContext context, Class<?> constraint, String suffix) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(vorlage(context, constraint, suffix)).addConstraintViolation();
    }
}
