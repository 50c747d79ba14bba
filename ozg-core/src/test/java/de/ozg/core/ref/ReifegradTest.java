package de.ozg.core.ref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReifegradTest {

    @Test
    void theModelsHaveTheirPublishedRanges() {
        assertEquals(0, ReifegradModell.V1.minStufe());
        assertEquals(4, ReifegradModell.V1.maxStufe());
        assertEquals("1.x", ReifegradModell.V1.version());
        assertEquals(Year.of(2018), ReifegradModell.V1.eingefuehrt());
        assertEquals(0, ReifegradModell.V2.minStufe());
        assertEquals(7, ReifegradModell.V2.maxStufe());
        assertEquals("2.0", ReifegradModell.V2.version());
        assertEquals(Year.of(2025), ReifegradModell.V2.eingefuehrt());
    }

    @ParameterizedTest
    @EnumSource(ReifegradModell.class)
    void everyLevelOfAModelExistsAndIsShared(ReifegradModell m) {
        for (int s = m.minStufe(); s <= m.maxStufe(); s++) {
            Reifegrad r = Reifegrad.of(m, s);
            assertSame(m, r.modell());
            assertEquals(s, r.stufe());
            assertSame(r, Reifegrad.of(m, s));
            assertSame(r, Reifegrad.parse(m.name() + ":" + s));
            assertSame(r, Reifegrad.parse(m, String.valueOf(s)));
            assertSame(r, m.stufen().get(s));
        }
        assertEquals(m.maxStufe() - m.minStufe() + 1, m.stufen().size());
    }

    @Test
    void thereAreThirteenInstancesInAll() {
        Map<Reifegrad, Boolean> verschieden = new IdentityHashMap<>();
        for (ReifegradModell m : ReifegradModell.values()) {
            for (int s = m.minStufe(); s <= m.maxStufe(); s++) {
                verschieden.put(Reifegrad.of(m, s), Boolean.TRUE);
                verschieden.put(Reifegrad.parse(m.name() + ":" + s), Boolean.TRUE);
            }
        }
        assertEquals(13, verschieden.size());
    }

    @ParameterizedTest
    @EnumSource(ReifegradModell.class)
    void levelsOutsideTheModelAreRejected(ReifegradModell m) {
        for (int s : new int[] {m.minStufe() - 1, m.maxStufe() + 1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            UnknownReferenceException e = assertThrows(UnknownReferenceException.class, () -> Reifegrad.of(m, s));
            assertEquals(ReferenceViolation.UNKNOWN_REIFEGRAD, e.violation());
            assertEquals(Optional.of(String.valueOf(s)), e.actualValue());
            assertTrue(e.getMessage().contains("level 0 to " + m.maxStufe() + " of Reifegrad model " + m.name()),
                    e.getMessage());
        }
        String zuHoch = m.name() + ":" + (m.maxStufe() + 1);
        UnknownReferenceException e = assertThrows(UnknownReferenceException.class, () -> Reifegrad.parse(zuHoch));
        assertEquals(Optional.of(zuHoch), e.actualValue());
        assertThrows(UnknownReferenceException.class, () -> Reifegrad.parse(m, String.valueOf(m.maxStufe() + 1)));
        assertThrows(UnknownReferenceException.class, () -> Reifegrad.parse(m, "-1"));
        assertThrows(UnknownReferenceException.class, () -> Reifegrad.parse(m.name() + ":-1"));
    }

    @Test
    void theStagesOfModelOneHaveNames() {
        List<String> namen = new ArrayList<>();
        for (Reifegrad r : ReifegradModell.V1.stufen()) {
            namen.add(r.bezeichnung().orElseThrow());
        }
        assertEquals(List.of("Offline", "Information", "Formular-Assistent", "Online-Leistung",
                "Online-Transaktion"), namen);
    }

    /** "Once-Only" describes level 4 of model 1.x; it is not part of the official stage name. */
    @Test
    void onceOnlyIsADescriptionNotAName() {
        Reifegrad vier = Reifegrad.of(ReifegradModell.V1, 4);
        assertEquals(Optional.of("Online-Transaktion"), vier.bezeichnung());
        assertTrue(vier.beschreibung().orElseThrow().startsWith("Once-Only"), vier.beschreibung().toString());
        for (Reifegrad r : ReifegradModell.V1.stufen()) {
            assertFalse(r.bezeichnung().orElseThrow().contains("Once"), r.toString());
            assertEquals(r.stufe() == 4, r.beschreibung().isPresent(), r.toString());
        }
        for (Reifegrad r : ReifegradModell.V2.stufen()) {
            assertEquals(Optional.empty(), r.beschreibung(), r.toString());
        }
    }

    @Test
    void theStagesOfModelTwoHaveNoInventedNames() {
        for (Reifegrad r : ReifegradModell.V2.stufen()) {
            assertEquals(Optional.empty(), r.bezeichnung(), r.toString());
        }
    }

    @Test
    void ozgKonformFromThreeInModelOne() {
        boolean[] erwartet = {false, false, false, true, true};
        for (Reifegrad r : ReifegradModell.V1.stufen()) {
            assertEquals(Answer.of(erwartet[r.stufe()]), r.ozgKonform(), r.toString());
        }
        assertEquals(Optional.of(Reifegrad.of(ReifegradModell.V1, 3)), ReifegradModell.V1.ozgKonformAb());
    }

    @Test
    void onlineFromTwoInModelOne() {
        boolean[] erwartet = {false, false, true, true, true};
        for (Reifegrad r : ReifegradModell.V1.stufen()) {
            assertEquals(Answer.of(erwartet[r.stufe()]), r.online(), r.toString());
        }
        assertEquals(Optional.of(Reifegrad.of(ReifegradModell.V1, 2)), ReifegradModell.V1.onlineAb());
    }

    @Test
    void modelTwoHasNoPublishedThresholds() {
        assertEquals(Optional.empty(), ReifegradModell.V2.ozgKonformAb());
        assertEquals(Optional.empty(), ReifegradModell.V2.onlineAb());
        for (Reifegrad r : ReifegradModell.V2.stufen()) {
            assertEquals(Answer.UNDETERMINED, r.ozgKonform(), r.toString());
            assertEquals(Answer.UNDETERMINED, r.online(), r.toString());
        }
    }

    @Test
    void comparisonAcrossModelsThrows() {
        Reifegrad v1 = Reifegrad.of(ReifegradModell.V1, 3);
        Reifegrad v2 = Reifegrad.of(ReifegradModell.V2, 3);
        UnknownReferenceException e = assertThrows(UnknownReferenceException.class, () -> v1.compareTo(v2));
        assertEquals(ReferenceViolation.REIFEGRAD_MODEL_MISMATCH, e.violation());
        assertEquals(Optional.of("V2:3"), e.actualValue());
        assertTrue(e.getMessage().contains("model V1"), e.getMessage());
        assertThrows(UnknownReferenceException.class, () -> v2.isHoeherAls(v1));
        assertThrows(UnknownReferenceException.class, () -> v2.isNiedrigerAls(v1));
        assertThrows(UnknownReferenceException.class, () -> v1.isMindestens(v2));
        List<Reifegrad> gemischt = new ArrayList<>(List.of(v2, v1));
        assertThrows(UnknownReferenceException.class, () -> gemischt.sort(null));
        assertNotEquals(v1, v2);
    }

    @Test
    void comparisonWithinAModel() {
        Reifegrad zwei = Reifegrad.of(ReifegradModell.V1, 2);
        Reifegrad drei = Reifegrad.of(ReifegradModell.V1, 3);
        assertTrue(drei.isHoeherAls(zwei));
        assertFalse(zwei.isHoeherAls(drei));
        assertFalse(drei.isHoeherAls(drei));
        assertTrue(zwei.isNiedrigerAls(drei));
        assertTrue(drei.isMindestens(drei));
        assertFalse(zwei.isMindestens(drei));
        assertThrows(NullPointerException.class, () -> zwei.compareTo(null));
    }

    @Test
    void canonicalTextForm() {
        assertEquals("V1:3", Reifegrad.of(ReifegradModell.V1, 3).toString());
        assertEquals("V2:7", Reifegrad.of(ReifegradModell.V2, 7).toString());
        assertEquals("V2:0", Reifegrad.of(ReifegradModell.V2, 0).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3", ":3", "V1", "V1:", "V3:1", "V0:0", "v1:3", "V1 :3", "V1: 3", "V1:3 ", " V1:3",
        "V1:03", "V1:+3", "V1:5", "V2:8", "V1:-1", "V2:-1", "1.x:3", "V1:2a", "V1:2b", "V1:3:4", "V1-3", "V1:1000"})
    void malformedTextIsRejected(String text) {
        UnknownReferenceException e = assertThrows(UnknownReferenceException.class, () -> Reifegrad.parse(text));
        assertEquals(ReferenceViolation.UNKNOWN_REIFEGRAD, e.violation());
        assertEquals(Optional.of(text), e.actualValue());
    }

    @Test
    void lettersGetAHintTowardsTheTypisierung() {
        UnknownReferenceException e = assertThrows(UnknownReferenceException.class, () -> Reifegrad.parse("V1:2a"));
        assertTrue(e.getMessage().contains("belong to the Typisierung"), e.getMessage());
        UnknownReferenceException f = assertThrows(UnknownReferenceException.class,
                () -> Reifegrad.parse(ReifegradModell.V1, "2b"));
        assertTrue(f.getMessage().contains("belong to the Typisierung"), f.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 3", "3 ", "03", "+3", "-1", "3.0", "2a", "drei", "V1:3"})
    void malformedBareLevelIsRejected(String text) {
        UnknownReferenceException e = assertThrows(UnknownReferenceException.class,
                () -> Reifegrad.parse(ReifegradModell.V1, text));
        assertEquals(ReferenceViolation.UNKNOWN_REIFEGRAD, e.violation());
    }

    @Test
    void nullIsRejected() {
        assertThrows(UnknownReferenceException.class, () -> Reifegrad.parse(null));
        assertThrows(UnknownReferenceException.class, () -> Reifegrad.parse(ReifegradModell.V2, null));
        assertThrows(NullPointerException.class, () -> Reifegrad.of(null, 1));
    }

    @Test
    void modelsParseFromNameAndVersion() {
        for (String t : List.of("V1", "v1", "1", "1.x", "1.X", "1.0", "1.1", "v1.1", " V1 ", "\u00a0V1\u2009", "1,1",
                "\u3000v1.0\u200B")) {
            assertSame(ReifegradModell.V1, ReifegradModell.parse(t), t);
        }
        for (String t : List.of("V2", "v2", "2", "2.0", "2.x", "v2.0")) {
            assertSame(ReifegradModell.V2, ReifegradModell.parse(t), t);
        }
        for (String t : List.of("", "V3", "3", "1.2", "0", "2.1", "vv1", "Modell 1")) {
            UnknownReferenceException e = assertThrows(UnknownReferenceException.class,
                    () -> ReifegradModell.parse(t), t);
            assertEquals(ReferenceViolation.UNKNOWN_REIFEGRAD, e.violation());
        }
        assertEquals(Optional.empty(), ReifegradModell.find(null));
    }
}
