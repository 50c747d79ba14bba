package de.ozg.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PruefberichtTest {

    private static Befund befund(String regelId, Severity severity, Fundstelle fundstelle, String de) {
        return Befund.builder().regelId(regelId).severity(severity).fundstelle(fundstelle).meldung(de, de + " (en)")
                .build();
    }

    @Test
    void ordersByLineThenAsReported() {
        Befund z9 = befund("A", Severity.ERROR, Fundstelle.ofLine(9), "z9");
        Befund z2a = befund("B", Severity.INFO, Fundstelle.ofLine(2, "X"), "z2a");
        Befund ohne = befund("C", Severity.ERROR, Fundstelle.unbekannt(), "ohne");
        Befund z2b = befund("A", Severity.ERROR, Fundstelle.ofLine(2, "Y"), "z2b");
        Befund z10 = befund("A", Severity.WARNING, Fundstelle.ofLine(10), "z10");
        Pruefbericht bericht = Pruefbericht.of(List.of(z9, z2a, ohne, z2b, z10), List.of(), 10);
        // numeric, not lexicographic (10 after 9); ties keep reporting order; no line goes last
        assertEquals(List.of(z2a, z2b, z9, z10, ohne), bericht.befunde());
        assertEquals(bericht, Pruefbericht.of(List.of(z9, z2a, ohne, z2b, z10), List.of(), 10));
    }

    @Test
    void ordersBySourceBeforeLine() {
        Befund b5 = befund("A", Severity.ERROR, Fundstelle.ofLine(5).withQuelle("b.csv"), "b5");
        Befund a9 = befund("A", Severity.ERROR, Fundstelle.ofLine(9).withQuelle("a.csv"), "a9");
        Befund r3 = befund("A", Severity.ERROR, Fundstelle.datensatz(3), "r3");
        Befund r1 = befund("A", Severity.ERROR, Fundstelle.datensatz(1), "r1");
        assertEquals(List.of(r1, r3, a9, b5), Pruefbericht.of(List.of(b5, a9, r3, r1), List.of(), 0).befunde());
    }

    @Test
    void verdictPerCase() {
        Befund fehler = befund("F", Severity.ERROR, Fundstelle.ofLine(1), "f");
        Befund warnung = befund("W", Severity.WARNING, Fundstelle.ofLine(1), "w");
        Befund hinweis = befund("H", Severity.INFO, Fundstelle.ofLine(1), "h");
        TechnischerFehler kaputt = TechnischerFehler.of("Datei nicht lesbar", "file not readable");

        assertEquals(Verdict.VALID, Pruefbericht.empty().verdict());
        assertEquals(Verdict.VALID, Pruefbericht.of(List.of(hinweis), List.of(), 1).verdict());
        assertEquals(Verdict.VALID_WITH_WARNINGS, Pruefbericht.of(List.of(hinweis, warnung), List.of(), 1).verdict());
        assertEquals(Verdict.INVALID, Pruefbericht.of(List.of(warnung, fehler), List.of(), 1).verdict());
        assertEquals(Verdict.NOT_CHECKABLE, Pruefbericht.of(List.of(fehler), List.of(kaputt), 1).verdict());
        assertEquals(Verdict.NOT_CHECKABLE, Pruefbericht.of(List.of(), List.of(kaputt), 0).verdict());

        Pruefbericht mitWarnung = Pruefbericht.of(List.of(warnung), List.of(), 1);
        assertTrue(mitWarnung.isValid());
        assertFalse(mitWarnung.hasErrors());
        Pruefbericht ungueltig = Pruefbericht.of(List.of(fehler), List.of(), 1);
        assertTrue(ungueltig.hasErrors());
        assertFalse(ungueltig.isValid());
        assertFalse(Pruefbericht.of(List.of(), List.of(kaputt), 0).isValid());
    }

    @Test
    void summaryCountsEverySeverityIncludingSuppressed() {
        Pruefbericht bericht = Pruefbericht.of(
                List.of(befund("F", Severity.ERROR, Fundstelle.ofLine(1), "f"),
                        befund("F", Severity.ERROR, Fundstelle.ofLine(2), "f"),
                        befund("H", Severity.INFO, Fundstelle.ofLine(1), "h")),
                List.of(TechnischerFehler.of("a", "b")), 42,
                List.of(Unterdrueckung.of("F", Severity.ERROR, 5), Unterdrueckung.of("W", Severity.WARNING, 2),
                        Unterdrueckung.of("F", Severity.ERROR, 1)));
        Zusammenfassung z = bericht.zusammenfassung();
        assertEquals(8, z.fehler());
        assertEquals(2, z.warnungen());
        assertEquals(1, z.hinweise());
        assertEquals(11, z.befunde());
        assertEquals(8, z.unterdrueckt());
        assertEquals(42, z.datensaetze());
        assertEquals(1, z.technischeFehler());
        assertEquals(6, bericht.unterdrueckt("F"));
        assertEquals(List.of(Unterdrueckung.of("F", Severity.ERROR, 6), Unterdrueckung.of("W", Severity.WARNING, 2)),
                bericht.unterdrueckungen());
        assertEquals(2, bericht.befunde(Severity.ERROR).size());
        assertEquals(0, bericht.befunde(Severity.WARNING).size());
        assertEquals(1, bericht.befundeZuRegel("H").size());
        assertEquals(List.of(), bericht.befundeZuRegel("NICHT-DA"));
    }

    @Test
    void mergeAddsEverything() {
        Befund a = befund("A", Severity.ERROR, Fundstelle.ofLine(3).withQuelle("b.csv"), "a");
        Befund b = befund("B", Severity.WARNING, Fundstelle.ofLine(1).withQuelle("a.csv"), "b");
        TechnischerFehler t = TechnischerFehler.of("kaputt", "broken").withFundstelle(Fundstelle.ofQuelle("c.csv"));
        Pruefbericht eins = Pruefbericht.of(List.of(a), List.of(), 10, List.of(Unterdrueckung.of("A", Severity.ERROR, 3)));
        Pruefbericht zwei = Pruefbericht.of(List.of(b), List.of(t), 5, List.of(Unterdrueckung.of("A", Severity.ERROR, 4)));
        Pruefbericht beide = eins.plus(zwei);
        assertEquals(15, beide.datensaetze());
        assertEquals(List.of(b, a), beide.befunde());
        assertEquals(List.of(t), beide.technischeFehler());
        assertEquals(List.of(Unterdrueckung.of("A", Severity.ERROR, 7)), beide.unterdrueckungen());
        assertEquals(8, beide.zusammenfassung().fehler());
        assertEquals(Verdict.NOT_CHECKABLE, beide.verdict());
        assertEquals(beide, Pruefbericht.merge(List.of(eins, zwei)));
        assertEquals(eins, eins.plus(Pruefbericht.empty()));
        assertEquals(Pruefbericht.empty(), Pruefbericht.merge(List.of()));
    }

    @Test
    void rejectsNegativeRecordCount() {
        assertEquals(RegelwerkViolation.INVALID_COUNT, assertThrows(RegelwerkException.class,
                () -> Pruefbericht.of(List.of(), List.of(), -1)).violation());
    }

    @Test
    void technicalFailureKeepsOnlyTheCauseDescription() {
        TechnischerFehler t = TechnischerFehler.of("Ungültige UTF-8-Kodierung", "Invalid UTF-8 encoding",
                new java.nio.charset.MalformedInputException(1)).withFundstelle(Fundstelle.ofLine(3).withQuelle("k.csv"));
        assertEquals(Optional.of("java.nio.charset.MalformedInputException: Input length = 1"), t.ursache());
        assertEquals("Datei k.csv, Zeile 3: Ungültige UTF-8-Kodierung "
                + "(java.nio.charset.MalformedInputException: Input length = 1)", t.toText(Locale.GERMAN));
        assertEquals(Optional.of("java.lang.IllegalStateException"),
                TechnischerFehler.of("x", "y", new IllegalStateException()).ursache());
    }

    @Test
    void textGroupsBySeverityThenLocationInGerman() {
        Pruefbericht bericht = beispiel();
        String text = bericht.toText();
        assertEquals(String.join("\n",
                "Prüfbericht: nicht prüfbar",
                "3 Datensätze geprüft: 3 Fehler, 1 Warnung, 0 Hinweise; 1 technischer Fehler; "
                        + "davon 1 Befund nicht gespeichert (Begrenzung je Regel)",
                "",
                "Technische Fehler (1)",
                "  Datei rest.csv: Datei nicht lesbar (java.io.IOException: denied)",
                "",
                "Fehler (3)",
                "  Zeile 2, Spalte LeiKa-Schlüssel [LEIKA-FORMAT] Gegenstand 10000, Wert '9904100601300': "
                        + "Der LeiKa-Schlüssel muss 14 Ziffern haben.",
                "  Zeile 12, Spalte OZG-ID [OZG-ID-FORMAT] Wert '1000O': Die OZG-ID muss 5 Ziffern haben.",
                "  … 1 weiterer Befund zu Regel OZG-ID-FORMAT nicht gespeichert",
                "",
                "Warnungen (1)",
                "  Zeile 3, Spalte OZG-ID [OZG-ID-BEREICH] Gegenstand 20000: Die OZG-ID liegt außerhalb 10000–10999.",
                ""), text);
    }

    @Test
    void textInEnglishOnRequest() {
        String text = beispiel().toText(Locale.ENGLISH);
        assertTrue(text.startsWith("Validation report: not checkable\n3 records checked: 3 errors, 1 warning, 0 infos;"
                + " 1 technical failure; 1 finding of these not stored (limit per rule)\n"), text);
        assertTrue(text.contains("\nErrors (3)\n"), text);
        assertTrue(text.contains("  line 2, column LeiKa-Schlüssel [LEIKA-FORMAT] subject 10000, value '9904100601300': "
                + "The LeiKa key must have 14 digits.\n"), text);
        assertTrue(text.contains("  line 12, column OZG-ID [OZG-ID-FORMAT] value '1000O': "
                + "The OZG-ID must have 5 digits.\n"), text);
        assertTrue(text.contains("  … 1 more finding of rule OZG-ID-FORMAT not stored\n"), text);
        assertTrue(text.contains("  file rest.csv: file not readable (java.io.IOException: denied)\n"), text);
    }

    @Test
    void textOfCleanReport() {
        assertEquals("Prüfbericht: gültig\n0 Datensätze geprüft: 0 Fehler, 0 Warnungen, 0 Hinweise\n\nKeine Befunde.\n",
                Pruefbericht.empty().toText());
        assertTrue(Pruefbericht.of(List.of(), List.of(), 1).toText(Locale.ENGLISH)
                .startsWith("Validation report: valid\n1 record checked: 0 errors, 0 warnings, 0 infos\n"));
    }

    private static Pruefbericht beispiel() {
        Befund ozgId = Befund.builder().regelId("OZG-ID-FORMAT").severity(Severity.ERROR)
                .fundstelle(Fundstelle.ofLine(12, "OZG-ID")).wert("1000O")
                .meldung("Die OZG-ID muss 5 Ziffern haben.", "The OZG-ID must have 5 digits.").build();
        Befund bereich = Befund.builder().regelId("OZG-ID-BEREICH").severity(Severity.WARNING)
                .fundstelle(Fundstelle.ofLine(3, "OZG-ID")).gegenstand("20000")
                .meldung("Die OZG-ID liegt außerhalb 10000–10999.", "The OZG-ID is outside 10000–10999.").build();
        Befund leika = Befund.builder().regelId("LEIKA-FORMAT").severity(Severity.ERROR)
                .fundstelle(Fundstelle.ofLine(2, "LeiKa-Schlüssel")).gegenstand("10000").wert("9904100601300")
                .meldung("Der LeiKa-Schlüssel muss 14 Ziffern haben.", "The LeiKa key must have 14 digits.").build();
        TechnischerFehler t = TechnischerFehler.of("Datei nicht lesbar", "file not readable",
                new java.io.IOException("denied")).withFundstelle(Fundstelle.ofQuelle("rest.csv"));
        return Pruefbericht.of(List.of(ozgId, bereich, leika), List.of(t), 3,
                List.of(Unterdrueckung.of("OZG-ID-FORMAT", Severity.ERROR, 1)));
    }
}
