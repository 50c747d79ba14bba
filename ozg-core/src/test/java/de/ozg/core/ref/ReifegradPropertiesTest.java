package de.ozg.core.ref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ReifegradPropertiesTest {

    private static List<Reifegrad> alle() {
        List<Reifegrad> alle = new ArrayList<>();
        for (ReifegradModell m : ReifegradModell.values()) {
            alle.addAll(m.stufen());
        }
        return alle;
    }

    private static Gen<Reifegrad> reifegrade() {
        return arbitrary().pick(alle());
    }

    private static Gen<Reifegrad> reifegradeVon(ReifegradModell m) {
        return arbitrary().pick(m.stufen());
    }

    @Test
    void parseOfToStringReturnsTheSameInstance() {
        qt().forAll(reifegrade()).checkAssert(r -> assertSame(r, Reifegrad.parse(r.toString())));
    }

    @Test
    void ofWithAnyIntegerEitherReturnsTheLevelOrThrows() {
        qt().forAll(arbitrary().enumValues(ReifegradModell.class), integers().all()).checkAssert((m, s) -> {
            if (s >= m.minStufe() && s <= m.maxStufe()) {
                assertEquals(s, Reifegrad.of(m, s).stufe());
            } else {
                UnknownReferenceException e = assertThrows(UnknownReferenceException.class, () -> Reifegrad.of(m, s));
                assertEquals(ReferenceViolation.UNKNOWN_REIFEGRAD, e.violation());
            }
        });
    }

    @Test
    void comparisonIsATotalOrderWithinAModel() {
        for (ReifegradModell m : ReifegradModell.values()) {
            qt().forAll(reifegradeVon(m), reifegradeVon(m), reifegradeVon(m)).checkAssert((a, b, c) -> {
                assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)), a + " " + b);
                assertEquals(a.compareTo(b) == 0, a.equals(b), a + " " + b);
                assertTrue(a.compareTo(b) <= 0 || b.compareTo(a) <= 0);
                if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
                    assertTrue(a.compareTo(c) <= 0, a + " " + b + " " + c);
                }
                assertEquals(a.isHoeherAls(b), b.isNiedrigerAls(a));
                assertEquals(a.isMindestens(b), !a.isNiedrigerAls(b));
                assertEquals(Integer.signum(Integer.compare(a.stufe(), b.stufe())), Integer.signum(a.compareTo(b)));
            });
        }
    }

    @Test
    void anyTwoOfDifferentModelsAreIncomparable() {
        qt().forAll(reifegradeVon(ReifegradModell.V1), reifegradeVon(ReifegradModell.V2)).checkAssert((a, b) -> {
            assertEquals(ReferenceViolation.REIFEGRAD_MODEL_MISMATCH,
                    assertThrows(UnknownReferenceException.class, () -> a.compareTo(b)).violation());
            assertEquals(ReferenceViolation.REIFEGRAD_MODEL_MISMATCH,
                    assertThrows(UnknownReferenceException.class, () -> b.compareTo(a)).violation());
            assertTrue(!a.equals(b) && !b.equals(a));
        });
    }

    @Test
    void equalsAndHashCodeAgree() {
        qt().forAll(reifegrade(), reifegrade()).checkAssert((a, b) -> {
            assertEquals(a.equals(b), a == b);
            if (a.equals(b)) {
                assertEquals(a.hashCode(), b.hashCode());
            }
        });
    }
}
