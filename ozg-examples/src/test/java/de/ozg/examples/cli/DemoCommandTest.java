package de.ozg.examples.cli;

import static de.ozg.examples.cli.CliTestSupport.ozg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.examples.cli.CliTestSupport.Lauf;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

    @Test
    void demoPrintsAllThemenfelderAndIsDeterministic() {
        Lauf first = ozg("demo");
        assertEquals(OzgCli.OK, first.exitCode(), first.err());
        long rows = first.out().lines().filter(l -> l.matches("^\\d{1,2} {2,}\\S.* {2,}(BM|AA|unbekannt).*")).count();
        assertEquals(14, rows, "one Federführung row per Themenfeld: " + first.out());
        assertTrue(first.out().contains("Mobilität & Reisen"), first.out());
        assertTrue(first.out().contains("BMDV"), "2022-01-01 is after the 2021 renaming: " + first.out());
        assertEquals(first.out(), ozg("demo").out(), "same output on every run");
    }

    @Test
    void stichtagFollowsTheRessortRenamings() {
        String before = ozg("demo", "--stichtag", "2021-06-01").out();
        String after = ozg("demo", "--stichtag", "2025-06-01").out();
        assertTrue(before.contains("BMVI"), before);
        assertFalse(before.contains("BMDV"), before);
        assertTrue(after.contains("BMV "), after);
    }

    @Test
    void explainsGivenIdentifiersIncludingRepairs() {
        Lauf lauf = ozg("demo", "99041006013000", " 1001000", "nicht im LeiKa", "9904100601300");
        assertEquals(OzgCli.OK, lauf.exitCode());
        assertTrue(lauf.out().contains("LeiKa-Typ lov"), lauf.out());
        assertTrue(lauf.out().contains("reparierbar zu 01001000"), lauf.out());
        assertTrue(lauf.out().contains("Platzhalter"), lauf.out());
        assertTrue(lauf.out().contains("LeiKa-Schlüssel muss 14 Ziffern haben, hat 13: '9904100601300'"),
                "the strict failure in the language of the run: " + lauf.out());
        assertTrue(ozg("demo", "--lang", "en", "9904100601300").out()
                .contains("LeiKa-Schlüssel must be 14 digits, was 13: '9904100601300'"));
    }

    @Test
    void userMistakesGiveOneLineAndExitCode2() {
        Lauf badDate = ozg("demo", "--stichtag", "gestern");
        assertEquals(OzgCli.NUTZUNG, badDate.exitCode());
        assertTrue(badDate.err().startsWith("ozg: "), badDate.err());
        assertFalse(badDate.err().contains("\tat "), "no stack trace: " + badDate.err());

        Lauf unknown = ozg("frobnicate");
        assertEquals(OzgCli.NUTZUNG, unknown.exitCode());
        assertFalse(unknown.err().contains("\tat "), unknown.err());
    }

    @Test
    void demoShowsEveryCapabilityOnItsBuiltInWorld() {
        String out = ozg("demo").out();
        assertTrue(out.contains("Katalog je Themenfeld (43 OZG-Leistungen, 61 LeiKa-Leistungen, davon 1 nicht im LeiKa)"),
                out);
        assertTrue(out.contains("Zeile 7, Spalte LeiKa-Schlüssel [KATALOG-LEIKA-BEREINIGT]"),
                "the demo catalogue's trailing blank is found at its line: " + out);
        assertTrue(out.contains("[KATALOG-LEIKA-PLATZHALTER]"), out);
        assertTrue(out.contains("Kennzahlen je Land") && out.contains("flächendeckend"), out);
        assertTrue(out.contains("Reifegradverteilung"), out);
        assertTrue(out.contains("Zeilenbilanz"), out);
        assertTrue(out.contains("EfA-Nachnutzung"), out);
        assertTrue(out.contains("Umsetzungsstand Sachsen-Anhalt"), out);
        assertTrue(out.contains("Vergleich 30.06.2024 → 31.12.2024"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("\\s+30\\.06\\.2024\\s+31\\.12\\.2024\\s+Änderung")),
                "the Stichtage head the comparison's columns: " + out);
        assertTrue(out.contains("Bezeichner erklärt"), out);
        assertTrue(out.lines().count() < 160, "two screens at most: " + out.lines().count() + " lines");
    }
}
