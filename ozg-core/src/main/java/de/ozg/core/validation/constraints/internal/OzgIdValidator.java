package de.ozg.core.validation.constraints.internal;

import de.ozg.core.validation.constraints.ValidOzgId;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link ValidOzgId} by the strict parser of {@link de.ozg.core.id.OzgId}. Created by the Bean
 * Validation provider; stateless and thread-safe.
 */
public final class OzgIdValidator implements ConstraintValidator<ValidOzgId, CharSequence> {

    /** Creates the validator; called by the Bean Validation provider. */
    public OzgIdValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || de.ozg.core.id.OzgId.isValid(value)) {
            return true;
        }
        Meldungen.formatfehler(context, ValidOzgId.class, value, de.ozg.core.id.OzgId::parse);
        return false;
    }
}
