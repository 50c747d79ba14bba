package de.ozg.core.ref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ThemenfeldPropertiesTest {

    private static final String[] BLANKS = {" ", "  ", "\t", "\u00a0", "\u202f", "\u2007", "\r\n"};

    /** Random case, random blank runs and "&amp;"/"und": the Themenfeld must survive all of it. */
    @Test
    void typographicNoiseNeverChangesTheThemenfeld() {
        qt().forAll(arbitrary().enumValues(Themenfeld.class), longs().all(), integers().between(0, 3))
                .checkAssert((t, seed, padding) -> {
                    String noisy = verrauscht(t.bezeichnung(), new Random(seed), padding);
                    assertEquals(Optional.of(t), Themenfeld.find(noisy), noisy);
                });
    }

    /** Any text the lookup accepts names exactly one Themenfeld, and arbitrary text never throws. */
    @Test
    void findNeverThrowsAndParseAgreesWithFind() {
        qt().forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 40)).checkAssert(text -> {
            Optional<Themenfeld> found = Themenfeld.find(text);
            if (found.isPresent()) {
                assertEquals(found.get(), Themenfeld.parse(text));
            } else {
                try {
                    Themenfeld.parse(text);
                    throw new AssertionError("parse accepted what find rejected: " + text);
                } catch (UnknownReferenceException e) {
                    assertEquals(ReferenceViolation.UNKNOWN_THEMENFELD, e.violation());
                }
            }
        });
    }

    private static String verrauscht(String name, Random r, int padding) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < padding; i++) {
            sb.append(BLANKS[r.nextInt(BLANKS.length)]);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ') {
                sb.append(BLANKS[r.nextInt(BLANKS.length)]);
            } else if (c == '&' && r.nextBoolean()) {
                sb.append(r.nextBoolean() ? "und" : "UND");
            } else {
                sb.append(r.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
            }
        }
        for (int i = 0; i < padding; i++) {
            sb.append(BLANKS[r.nextInt(BLANKS.length)]);
        }
        return sb.toString();
    }
}
