package de.ozg.core.model.internal;

import de.ozg.core.model.OzgKonformBelegt;
import de.ozg.core.validation.constraints.internal.Meldungen;

import de.ozg.core.model.Onlinedienst;
import de.ozg.core.ref.Reifegrad;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/**
 * Checks {@link OzgKonformBelegt}. Created by the Bean Validation provider; stateless and
 * thread-safe.
 */
public final class OzgKonformBelegtValidator implements ConstraintValidator<OzgKonformBelegt, Onlinedienst> {

    /** The suffix of the message key for a reported service without Reifegrad. */
    static final String OHNE_REIFEGRAD = "OHNE_REIFEGRAD";
    /** The suffix of the message key for a reported service whose Reifegrad is below the threshold. */
    static final String REIFEGRAD_ZU_NIEDRIG = "REIFEGRAD_ZU_NIEDRIG";

    /** Creates the validator; called by the Bean Validation provider. */
    public OzgKonformBelegtValidator() {
    }

    @Override
    public boolean isValid(Onlinedienst dienst, ConstraintValidatorContext context) {
        if (dienst == null || !dienst.isOzgKonformGemeldet()) {
            return true;
        }
        Optional<Reifegrad> reifegrad = dienst.reifegrad();
        String fall;
        if (reifegrad.isEmpty()) {
            fall = OHNE_REIFEGRAD;
        } else if (reifegrad.get().ozgKonform().orElse(true)) {
            return true;
        } else {
            fall = REIFEGRAD_ZU_NIEDRIG;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(Meldungen.vorlage(context, OzgKonformBelegt.class, fall))
                .addPropertyNode("ozgKonformGemeldet")
                .addConstraintViolation();
        return false;
    }
}
