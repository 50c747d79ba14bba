package de.ozg.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class FundstelleTest {

    @Test
    void escapesTildeBeforeSlashAsRfc6901Demands() {
        assertEquals("a~0b", Fundstelle.escapePointerSegment("a~b"));
        assertEquals("a~1b", Fundstelle.escapePointerSegment("a/b"));
        // "~1" as raw text must become "~01", not "~1" or "~001"
        assertEquals("~01", Fundstelle.escapePointerSegment("~1"));
        assertEquals("~0~1", Fundstelle.escapePointerSegment("~/"));
        assertEquals("LeiKa-Schlüssel", Fundstelle.escapePointerSegment("LeiKa-Schlüssel"));
    }

    @Test
    void buildsPointerFromSegmentsAndSplitsItBack() {
        String pointer = Fundstelle.toPointer("leistungen", 3, "m~n/o", "");
        assertEquals("/leistungen/3/m~0n~1o/", pointer);
        assertEquals(List.of("leistungen", "3", "m~n/o", ""), Fundstelle.pointerSegments(pointer));
        assertEquals("", Fundstelle.toPointer());
        assertEquals(List.of(), Fundstelle.pointerSegments(""));
    }

    @Test
    void rejectsMalformedPointers() {
        for (String falsch : List.of("leistungen/3", "/a~2", "/a~", "~0")) {
            RegelwerkException e = assertThrows(RegelwerkException.class, () -> Fundstelle.ofPointer(falsch), falsch);
            assertEquals(RegelwerkViolation.INVALID_FUNDSTELLE, e.violation());
            assertTrue(e.getMessage().contains("'" + falsch + "'"), e.getMessage());
        }
    }

    @Test
    void linesAndRecordsAreOneBased() {
        assertEquals(OptionalLong.of(1), Fundstelle.ofLine(1).line());
        RegelwerkException e = assertThrows(RegelwerkException.class, () -> Fundstelle.ofLine(0, "OZG-ID"));
        assertEquals(RegelwerkViolation.INVALID_FUNDSTELLE, e.violation());
        assertEquals("Zeile must be a 1-based number (at least 1), was '0'", e.getMessage());
        assertThrows(RegelwerkException.class, () -> Fundstelle.datensatz(0));
        assertThrows(RegelwerkException.class, () -> Fundstelle.ofLine(3, " "));
    }

    @Test
    void printsInGermanAndEnglish() {
        Fundstelle f = Fundstelle.ofLine(12, "LeiKa-Schlüssel");
        assertEquals("Zeile 12, Spalte LeiKa-Schlüssel", f.toText(Locale.GERMANY));
        assertEquals("line 12, column LeiKa-Schlüssel", f.toText(Locale.ENGLISH));
        Fundstelle json = Fundstelle.ofPointer("/leistungen/0/ozgId").withQuelle("katalog.json").withDatensatz(1);
        assertEquals("Datei katalog.json, Pfad /leistungen/0/ozgId, Datensatz 1", json.toText(Locale.GERMAN));
        assertEquals("file katalog.json, pointer /leistungen/0/ozgId, record 1", json.toText(Locale.US));
        assertEquals("ohne Fundstelle", Fundstelle.unbekannt().toText(Locale.GERMAN));
        assertEquals("no location", Fundstelle.unbekannt().toText(Locale.FRENCH));
    }

    @Test
    void equalityCoversEveryPart() {
        assertEquals(Fundstelle.ofLine(5, "A"), Fundstelle.ofLine(5).withSpalte("A"));
        assertEquals(Fundstelle.ofLine(5, "A").hashCode(), Fundstelle.ofLine(5).withSpalte("A").hashCode());
        assertNotEquals(Fundstelle.ofLine(5, "A"), Fundstelle.ofLine(6, "A"));
        assertNotEquals(Fundstelle.ofLine(5, "A"), Fundstelle.ofLine(5, "B"));
        assertNotEquals(Fundstelle.ofLine(5), Fundstelle.ofLine(5).withQuelle("x.csv"));
        assertNotEquals(Fundstelle.ofPointer("/a"), Fundstelle.ofPointer("/b"));
        assertNotEquals(Fundstelle.datensatz(1), Fundstelle.datensatz(2));
        assertTrue(Fundstelle.unbekannt().isUnbekannt());
        assertFalse(Fundstelle.ofPointer("").isUnbekannt());
    }

    @Test
    void ohneQuelleDropsOnlyTheSourceName() {
        Fundstelle mit = Fundstelle.ofLine(12, "LeiKa-Schlüssel").withQuelle("katalog.csv");
        Fundstelle ohne = mit.withoutQuelle();
        org.junit.jupiter.api.Assertions.assertTrue(ohne.quelle().isEmpty());
        org.junit.jupiter.api.Assertions.assertEquals(12, ohne.line().getAsLong());
        org.junit.jupiter.api.Assertions.assertEquals("LeiKa-Schlüssel", ohne.spalte().orElseThrow());
        org.junit.jupiter.api.Assertions.assertEquals(Fundstelle.ofLine(12, "LeiKa-Schlüssel"), ohne);
    }
}
