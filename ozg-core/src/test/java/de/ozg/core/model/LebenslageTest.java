package de.ozg.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.ref.Themenfeld;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LebenslageTest {

    @Test
    void factoriesKeepTheirValues() {
        Lebenslage geburt = Lebenslage.of("Geburt", Themenfeld.FAMILIE_KIND);
        assertEquals("Geburt", geburt.bezeichnung());
        assertEquals(Themenfeld.FAMILIE_KIND, geburt.themenfeld());
        assertEquals(Optional.empty(), geburt.typ());
        assertEquals(Optional.of(Lagetyp.LEBENSLAGE),
                Lebenslage.of("Geburt", Themenfeld.FAMILIE_KIND, Lagetyp.LEBENSLAGE).typ());
    }

    @Test
    void blankNameIsRejected() {
        ModellException e = assertThrows(ModellException.class, () -> Lebenslage.of(" ", Themenfeld.BILDUNG));
        assertEquals(ModellViolation.BLANK_TEXT, e.violation());
        assertEquals("Lebenslage.bezeichnung: expected a non-blank text, was ' '", e.getMessage());
        assertThrows(NullPointerException.class, () -> Lebenslage.of(null, Themenfeld.BILDUNG));
        assertThrows(NullPointerException.class, () -> Lebenslage.of("Geburt", null));
    }

    @Test
    void equalityCoversNameThemenfeldAndType() {
        Lebenslage a = Lebenslage.of("Geburt", Themenfeld.FAMILIE_KIND);
        Lebenslage b = Lebenslage.of(new String("Geburt"), Themenfeld.FAMILIE_KIND);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, Lebenslage.of("Geburt", Themenfeld.GESUNDHEIT));
        assertNotEquals(a, Lebenslage.of("Tod", Themenfeld.FAMILIE_KIND));
        assertNotEquals(a, Lebenslage.of("Geburt", Themenfeld.FAMILIE_KIND, Lagetyp.LEBENSLAGE));
        assertTrue(a.toString().contains("Geburt"), a::toString);
    }

    @Test
    void orderIsThemenfeldNameTypeAndConsistentWithEquals() {
        Lebenslage ohneTyp = Lebenslage.of("Geburt", Themenfeld.FAMILIE_KIND);
        Lebenslage mitTyp = Lebenslage.of("Geburt", Themenfeld.FAMILIE_KIND, Lagetyp.LEBENSLAGE);
        Lebenslage unternehmen = Lebenslage.of("Geburt", Themenfeld.FAMILIE_KIND, Lagetyp.UNTERNEHMENSLAGE);
        Lebenslage arbeit = Lebenslage.of("Zuletzt", Themenfeld.ARBEIT_RUHESTAND);
        Lebenslage abc = Lebenslage.of("Adoption", Themenfeld.FAMILIE_KIND);
        TreeSet<Lebenslage> set = new TreeSet<>(List.of(unternehmen, mitTyp, ohneTyp, abc, arbeit));
        assertEquals(List.of(arbeit, abc, ohneTyp, mitTyp, unternehmen), List.copyOf(set));
        assertEquals(0, ohneTyp.compareTo(Lebenslage.of("Geburt", Themenfeld.FAMILIE_KIND)));
    }
}
