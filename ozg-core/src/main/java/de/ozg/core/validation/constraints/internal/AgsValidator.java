package de.ozg.core.validation.constraints.internal;

import de.ozg.core.validation.constraints.ValidAgs;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link ValidAgs} by the strict parser of {@link de.ozg.core.id.Ags}. Created by the Bean
 * Validation provider; stateless and thread-safe.
 */
public final class AgsValidator implements ConstraintValidator<ValidAgs, CharSequence> {

    /** Creates the validator; called by the Bean Validation provider. */
    public AgsValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || de.ozg.core.id.Ags.isValid(value)) {
            return true;
        }
        Meldungen.formatfehler(context, ValidAgs.class, value, de.ozg.core.id.Ags::parse);
        return false;
    }
}
