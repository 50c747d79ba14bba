package de.ozg.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BefundTest {

    private static Befund.Builder gueltig() {
        return Befund.builder().regelId("LEIKA-FORMAT").severity(Severity.ERROR)
                .meldung("Der LeiKa-Schlüssel muss 14 Ziffern haben.", "The LeiKa key must have 14 digits.");
    }

    @Test
    void keepsEveryPart() {
        Befund b = gueltig().gegenstand("10000").wert("9904100601300 ").fundstelle(Fundstelle.ofLine(7, "LeiKa"))
                .build();
        assertEquals("LEIKA-FORMAT", b.regelId());
        assertEquals(Severity.ERROR, b.severity());
        assertEquals(Optional.of("10000"), b.gegenstand());
        assertEquals(Optional.of("9904100601300 "), b.wert());
        assertEquals(Fundstelle.ofLine(7, "LeiKa"), b.fundstelle());
        assertEquals("Der LeiKa-Schlüssel muss 14 Ziffern haben.", b.meldung(Locale.GERMANY));
        assertEquals("The LeiKa key must have 14 digits.", b.meldung(Locale.UK));
        assertEquals(b, b.toBuilder().build());
        assertEquals(b.hashCode(), b.toBuilder().build().hashCode());
    }

    @Test
    void locationDefaultsToUnknown() {
        assertEquals(Fundstelle.unbekannt(), gueltig().build().fundstelle());
        assertEquals(Optional.empty(), gueltig().build().wert());
    }

    @Test
    void rejectsBlankRuleIdsAndMessages() {
        assertEquals(RegelwerkViolation.INVALID_RULE_ID,
                assertThrows(RegelwerkException.class, () -> gueltig().regelId(" ").build()).violation());
        assertEquals(RegelwerkViolation.INVALID_RULE_ID,
                assertThrows(RegelwerkException.class, () -> gueltig().regelId("OZG ID").build()).violation());
        assertEquals(RegelwerkViolation.MISSING_TEXT,
                assertThrows(RegelwerkException.class, () -> gueltig().meldung("", "x").build()).violation());
        RegelwerkException e = assertThrows(RegelwerkException.class, () -> gueltig().meldung("x", null).build());
        assertEquals("Meldung (en) must be a non-blank text, was null", e.getMessage());
        assertThrows(NullPointerException.class, () -> gueltig().severity(null).build());
    }

    @Test
    void textShowsLocationRuleSubjectQuotedValueAndMessage() {
        Befund b = gueltig().gegenstand("10000").wert("9904\u00a0100").fundstelle(Fundstelle.ofLine(7, "LeiKa")).build();
        assertEquals("Zeile 7, Spalte LeiKa [LEIKA-FORMAT] Gegenstand 10000, Wert '9904\\u00A0100': "
                + "Der LeiKa-Schlüssel muss 14 Ziffern haben.", b.toText(Locale.GERMAN));
        assertEquals("line 7, column LeiKa [LEIKA-FORMAT] subject 10000, value '9904\\u00A0100': "
                + "The LeiKa key must have 14 digits.", b.toText(Locale.ENGLISH));
    }

    @Test
    void withSeverityCopiesOnlyWhenChanged() {
        Befund b = gueltig().build();
        assertSame(b, b.withSeverity(Severity.ERROR));
        Befund w = b.withSeverity(Severity.WARNING);
        assertEquals(Severity.WARNING, w.severity());
        assertNotEquals(b, w);
        assertEquals(b.meldungDe(), w.meldungDe());
    }

    @Test
    void severityLabels() {
        assertEquals("Fehler", Severity.ERROR.label(Locale.GERMAN));
        assertEquals("Warnung", Severity.WARNING.labelDe());
        assertEquals("Hinweis", Severity.INFO.labelDe());
        assertEquals("warning", Severity.WARNING.label(Locale.ENGLISH));
        assertEquals("2 Warnungen", Severity.WARNING.anzahl(2, Locale.GERMAN));
        assertEquals("1 error", Severity.ERROR.anzahl(1, Locale.ENGLISH));
        assertTrue(Verdict.VALID_WITH_WARNINGS.isValid());
    }
}
