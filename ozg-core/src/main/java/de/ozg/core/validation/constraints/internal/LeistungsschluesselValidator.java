package de.ozg.core.validation.constraints.internal;

import de.ozg.core.validation.constraints.ValidLeistungsschluessel;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link ValidLeistungsschluessel} by the strict parser of {@link de.ozg.core.id.Leistungsschluessel}. Created by the Bean
 * Validation provider; stateless and thread-safe.
 */
public final class LeistungsschluesselValidator implements ConstraintValidator<ValidLeistungsschluessel, CharSequence> {

    /** Creates the validator; called by the Bean Validation provider. */
    public LeistungsschluesselValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || de.ozg.core.id.Leistungsschluessel.isValid(value)) {
            return true;
        }
        Meldungen.formatfehler(context, ValidLeistungsschluessel.class, value, de.ozg.core.id.Leistungsschluessel::parse);
        return false;
    }
}
