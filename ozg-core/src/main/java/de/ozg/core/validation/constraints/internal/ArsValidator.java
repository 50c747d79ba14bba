package de.ozg.core.validation.constraints.internal;

import de.ozg.core.validation.constraints.ValidArs;

import de.ozg.core.id.ArsEbene;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.EnumSet;
import java.util.Set;

/**
 * Checks {@link ValidArs} by the strict parser of {@link de.ozg.core.id.Ars} and, when levels are given,
 * by {@link de.ozg.core.id.Ars#ebene()}. Created by the Bean Validation provider; thread-safe after
 * {@link #initialize(ValidArs)}.
 */
public final class ArsValidator implements ConstraintValidator<ValidArs, CharSequence> {

    /** The suffix of the message key for a well-formed key of a level that is not allowed. */
    static final String EBENE = "EBENE";

    private Set<ArsEbene> ebenen = EnumSet.allOf(ArsEbene.class);
    private boolean jedeEbene = true;

    /** Creates the validator; called by the Bean Validation provider. */
    public ArsValidator() {
    }

    @Override
    public void initialize(ValidArs constraint) {
        ArsEbene[] erlaubt = constraint.ebenen();
        jedeEbene = erlaubt.length == 0;
        ebenen = jedeEbene ? EnumSet.allOf(ArsEbene.class) : EnumSet.of(erlaubt[0], erlaubt);
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (!de.ozg.core.id.Ars.isValid(value)) {
            Meldungen.formatfehler(context, ValidArs.class, value, de.ozg.core.id.Ars::parse);
            return false;
        }
        if (jedeEbene || ebenen.contains(de.ozg.core.id.Ars.parse(value).ebene())) {
            return true;
        }
        Meldungen.detail(context, ValidArs.class, EBENE);
        return false;
    }
}
