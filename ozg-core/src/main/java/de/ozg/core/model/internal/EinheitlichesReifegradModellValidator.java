package de.ozg.core.model.internal;

import de.ozg.core.model.EinheitlichesReifegradModell;

import de.ozg.core.model.Onlinedienst;
import de.ozg.core.ref.Reifegrad;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/**
 * Checks {@link EinheitlichesReifegradModell}. Created by the Bean Validation provider; stateless
 * and thread-safe.
 */
public final class EinheitlichesReifegradModellValidator
        implements ConstraintValidator<EinheitlichesReifegradModell, Onlinedienst> {

    /** Creates the validator; called by the Bean Validation provider. */
    public EinheitlichesReifegradModellValidator() {
    }

    @Override
    public boolean isValid(Onlinedienst dienst, ConstraintValidatorContext context) {
        if (dienst == null) {
            return true;
        }
        Optional<Reifegrad> ist = dienst.reifegrad();
        Optional<Reifegrad> ziel = dienst.zielReifegrad();
        if (ist.isEmpty() || ziel.isEmpty() || ist.get().modell() == ziel.get().modell()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("zielReifegrad")
                .addConstraintViolation();
        return false;
    }
}
