package de.ozg.core.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.id.IdFormatException;
import de.ozg.core.id.IdFormatViolation;
import de.ozg.core.id.IdTyp;
import de.ozg.core.id.Normalisierung;
import de.ozg.core.model.ModellException;
import de.ozg.core.model.ModellViolation;
import de.ozg.core.model.Onlinedienst;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UngueltigeBeispieleTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void everyInvalidExampleIsRejectedWithItsViolation() {
        for (UngueltigesBeispiel b : UngueltigeBeispiele.alle()) {
            IdFormatException e = assertThrows(IdFormatException.class, b::parseStrict, b.toString());
            assertEquals(b.violation(), e.violation(), b + ": " + e.getMessage());
            assertEquals(b.idTyp(), e.idTyp(), b.toString());
        }
    }

    @Test
    void everyViolationReachableFromTextHasExamplesPerType() {
        Set<IdFormatViolation> ziffern = EnumSet.of(IdFormatViolation.EMPTY,
                IdFormatViolation.WRONG_LENGTH, IdFormatViolation.NON_DIGIT);
        assertEquals(ziffern, UngueltigeBeispiele.violationen(IdTyp.OZG_ID));
        Set<IdFormatViolation> land = EnumSet.copyOf(ziffern);
        land.add(IdFormatViolation.INVALID_LAND);
        assertEquals(land, UngueltigeBeispiele.violationen(IdTyp.ARS));
        assertEquals(land, UngueltigeBeispiele.violationen(IdTyp.AGS));
        Set<IdFormatViolation> leika = EnumSet.copyOf(ziffern);
        leika.addAll(EnumSet.of(IdFormatViolation.PLACEHOLDER, IdFormatViolation.INVALID_STRUCTURE,
                IdFormatViolation.INVALID_URN));
        assertEquals(leika, UngueltigeBeispiele.violationen(IdTyp.LEISTUNGSSCHLUESSEL));
        Set<IdFormatViolation> fim = EnumSet.copyOf(ziffern);
        fim.addAll(EnumSet.of(IdFormatViolation.INVALID_FIM_TYPE, IdFormatViolation.INVALID_VERSION));
        assertEquals(fim, UngueltigeBeispiele.violationen(IdTyp.FIM_ID));
        assertEquals(EnumSet.of(IdFormatViolation.UNKNOWN_CODE),
                UngueltigeBeispiele.violationen(IdTyp.LEIKA_TYP));
        Set<IdFormatViolation> alle = EnumSet.noneOf(IdFormatViolation.class);
        UngueltigeBeispiele.alle().forEach(b -> alle.add(b.violation()));
        assertEquals(EnumSet.complementOf(EnumSet.of(IdFormatViolation.OUT_OF_RANGE,
                IdFormatViolation.AMBIGUOUS_REPAIR, IdFormatViolation.NULL)), alle,
                "every violation but the numeric OUT_OF_RANGE, the normalisation-only AMBIGUOUS_REPAIR and NULL");
    }

    @Test
    void textsAndFilters() {
        assertTrue(UngueltigeBeispiele.texte(IdTyp.AGS, IdFormatViolation.WRONG_LENGTH).contains("1001000"));
        // null is no invalid text: Bean Validation treats it as valid, so no example hands it out
        assertTrue(UngueltigeBeispiele.texte(IdTyp.ARS, IdFormatViolation.NULL).isEmpty());
        assertTrue(UngueltigeBeispiele.alle().stream().allMatch(b -> b.text() != null));
        for (IdTyp typ : IdTyp.values()) {
            assertThrows(IllegalArgumentException.class,
                    () -> Beispiele.ofSeed(1).ungueltige().ungueltig(typ, IdFormatViolation.NULL), typ::toString);
        }
        assertTrue(UngueltigeBeispiele.of(IdTyp.OZG_ID, IdFormatViolation.INVALID_URN).isEmpty());
        assertTrue(UngueltigeBeispiele.of(IdTyp.LEISTUNGSSCHLUESSEL, IdFormatViolation.INVALID_URN).stream()
                .allMatch(b -> b.methode().equals("Leistungsschluessel.parseUrn")));
        assertTrue(UngueltigeBeispiele.of(IdTyp.FIM_ID).stream().allMatch(b -> b.idTyp() == IdTyp.FIM_ID));
    }

    @Test
    void repairableExamplesNormaliseToTheExpectedValue() {
        for (ReparierbaresBeispiel b : UngueltigeBeispiele.reparierbare()) {
            assertThrows(IdFormatException.class, b::parseStrict, b.toString());
            Normalisierung<?> n = b.normalize();
            assertTrue(n.isErfolgreich(), b + ": " + n);
            assertEquals(b.erwartet(), n.wert().orElseThrow().toString(), b.toString());
            assertEquals(b.aenderungen(), n.aenderungen(), b.toString());
        }
        for (IdTyp typ : EnumSet.complementOf(EnumSet.of(IdTyp.LEIKA_TYP))) {
            assertFalse(UngueltigeBeispiele.reparierbare(typ).isEmpty(), typ.toString());
        }
        assertTrue(UngueltigeBeispiele.reparierbare(IdTyp.LEIKA_TYP).isEmpty());
    }

    @Test
    void modelViolationsBreakExactlyTheirInvariant() {
        Set<ModellViolation> gesehen = EnumSet.noneOf(ModellViolation.class);
        for (ModellVerstoss v : UngueltigeBeispiele.modellVerstoesse()) {
            assertInstanceOf(Object.class, v.buildValid());
            ModellException e = assertThrows(ModellException.class, v::buildInvalid, v.toString());
            assertEquals(v.violation(), e.violation(), v + ": " + e.getMessage());
            gesehen.add(v.violation());
        }
        assertEquals(Verstossbeispiele.modellViolationen(), gesehen);
        // DATE_ORDER is the one constant no entity enforces yet: none compares two of its dates
        assertEquals(EnumSet.complementOf(EnumSet.of(ModellViolation.DATE_ORDER)),
                gesehen, "every invariant the existing entities enforce");
        assertThrows(IllegalArgumentException.class,
                () -> Beispiele.ofSeed(1).verstoesse().modellVerstoss(ModellViolation.DATE_ORDER));
    }

    @Test
    void onlinedienstExamplesBreakExactlyTheirConstraint() {
        List<OnlinedienstVerstoss> verstoesse = UngueltigeBeispiele.onlinedienstVerstoesse();
        assertEquals(Verstossbeispiele.onlinedienstConstraints(),
                verstoesse.stream().map(OnlinedienstVerstoss::constraint).toList());
        for (OnlinedienstVerstoss v : verstoesse) {
            assertEquals(Set.of(), VALIDATOR.validate(v.gueltig()), v.toString());
            Set<ConstraintViolation<Onlinedienst>> befunde = VALIDATOR.validate(v.ungueltig());
            assertEquals(1, befunde.size(), v + ": " + befunde);
            ConstraintViolation<Onlinedienst> befund = befunde.iterator().next();
            assertEquals(v.constraint(), befund.getConstraintDescriptor().getAnnotation().annotationType());
            assertEquals(v.pfad(), befund.getPropertyPath().toString(), v.toString());
            assertNotEquals(v.gueltig(), v.ungueltig());
        }
        assertEquals(verstoesse.toString(), UngueltigeBeispiele.onlinedienstVerstoesse().toString(), "fixed");
        assertThrows(IllegalArgumentException.class, () -> Beispiele.ofSeed(1).verstoesse().onlinedienstVerstoss(Test.class));
    }

    @Test
    void randomExamplesRejectUnsupportedCombinations() {
        Beispiele b = Beispiele.ofSeed(1);
        assertThrows(IllegalArgumentException.class, () -> b.ungueltige().ungueltig(IdTyp.OZG_ID, IdFormatViolation.INVALID_LAND));
        assertThrows(IllegalArgumentException.class, () -> b.ungueltige().ungueltig(IdTyp.ARS, IdFormatViolation.OUT_OF_RANGE));
        assertThrows(IllegalArgumentException.class, () -> b.ungueltige().reparierbar(IdTyp.LEIKA_TYP));
    }
}
