package de.ozg.core.model.internal;

import de.ozg.core.model.KeineEigenNachnutzung;

import de.ozg.core.id.Ars;
import de.ozg.core.model.Nachnutzung;
import de.ozg.core.model.Onlinedienst;
import de.ozg.core.ref.Bundesland;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Optional;

/**
 * Checks {@link KeineEigenNachnutzung}. Created by the Bean Validation provider; stateless and
 * thread-safe.
 */
public final class KeineEigenNachnutzungValidator
        implements ConstraintValidator<KeineEigenNachnutzung, Onlinedienst> {

    /** Creates the validator; called by the Bean Validation provider. */
    public KeineEigenNachnutzungValidator() {
    }

    @Override
    public boolean isValid(Onlinedienst dienst, ConstraintValidatorContext context) {
        if (dienst == null) {
            return true;
        }
        Optional<Bundesland> land = dienst.entwickelndesLand();
        if (land.isEmpty()) {
            return true;
        }
        Ars eigen = Ars.of(land.get());
        List<Nachnutzung> nachnutzungen = dienst.nachnutzungen();
        boolean gueltig = true;
        for (int i = 0; i < nachnutzungen.size(); i++) {
            if (eigen.equals(nachnutzungen.get(i).nachnutzer())) {
                if (gueltig) {
                    context.disableDefaultConstraintViolation();
                    gueltig = false;
                }
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("nachnutzungen")
                        .addPropertyNode("nachnutzer").inIterable().atIndex(i)
                        .addConstraintViolation();
            }
        }
        return gueltig;
    }
}
