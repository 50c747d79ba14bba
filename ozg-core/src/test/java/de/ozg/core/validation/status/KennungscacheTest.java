package de.ozg.core.validation.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import de.ozg.core.id.Ars;
import de.ozg.core.id.Leistungsschluessel;
import org.junit.jupiter.api.Test;

class KennungscacheTest {

    private static Zeichenfolge text(String s) {
        // the value sits inside a larger buffer, as in the parser's
        char[] puffer = ("xx" + s + "yy").toCharArray();
        return new Zeichenfolge().set(puffer, 2, s.length());
    }

    @Test
    void sharesOneInstancePerText() {
        Kennungscache<Leistungsschluessel> c = new Kennungscache<>(16, Leistungsschluessel::isValid,
                Leistungsschluessel::parse);
        Leistungsschluessel a = c.get(text("99041006013000"));
        assertEquals(Leistungsschluessel.parse("99041006013000"), a);
        assertSame(a, c.get(text("99041006013000")));
    }

    @Test
    void collidingTextsGiveTheirOwnValues() {
        // two slots: many distinct texts must collide, and each must still give its own value
        Kennungscache<Ars> c = new Kennungscache<>(2, Ars::isValid, Ars::parse);
        for (int runde = 0; runde < 3; runde++) {
            for (int land = 1; land <= 16; land++) {
                String s = String.format("%02d0000000000", land);
                assertEquals(Ars.parse(s), c.get(text(s)));
            }
        }
    }

    @Test
    void invalidTextsGiveNullAndAreNotRemembered() {
        Kennungscache<Ars> c = new Kennungscache<>(16, Ars::isValid, Ars::parse);
        assertNull(c.get(text("170000000000")));
        assertNull(c.get(text("15000000000")));
        assertNull(c.get(text("15000000000O")));
        assertNull(c.get(text("1500000000000000000")));
        assertEquals(Ars.parse("150000000000"), c.get(text("150000000000")));
    }

    @Test
    void withoutSlotsParsesEveryTime() {
        Kennungscache<Ars> c = new Kennungscache<>(0, Ars::isValid, Ars::parse);
        Ars a = c.get(text("150020000000"));
        assertEquals(Ars.parse("150020000000"), a);
        assertNotSame(a, c.get(text("150020000000")));
        assertNull(c.get(text("x")));
    }
}
