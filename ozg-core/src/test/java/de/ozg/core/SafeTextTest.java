package de.ozg.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

class SafeTextTest {

    private static final String OSC_TITLE = "\u001B]0;owned\u0007";
    private static final String CLEAR = "\u001B[2J";

    /** Every character a terminal acts on, or that reorders or hides text, as the issue lists them. */
    private static final int[] GEFAEHRLICH = {0x00, 0x07, 0x08, 0x0B, 0x0C, 0x0D, 0x1B, 0x7F, 0x80, 0x85, 0x9B,
        0x9F, 0x061C, 0x200B, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
        0x2028, 0x2029, 0xFEFF, 0xE0001};

    @Test
    void everyListedControlIsUnsafeAndOrdinaryTextIsNot() {
        for (int c : GEFAEHRLICH) {
            assertTrue(SafeText.isUnsafe(c), Integer.toHexString(c));
        }
        for (int c : new int[] {' ', 'a', '~', 0xA0, 0xE4, 0xDF, 0x20AC, 0x4E2D, 0x1F600}) {
            assertFalse(SafeText.isUnsafe(c), Integer.toHexString(c));
        }
    }

    @Test
    void escapeWritesControlsAsUnicodeEscapes() {
        assertEquals("a\\u001B]0;owned\\u0007b", SafeText.escape("a" + OSC_TITLE + "b"));
        assertEquals("\\u001B[2J", SafeText.escape(CLEAR));
        assertEquals("x\\u009By", SafeText.escape("x\u009By"));
        assertEquals("\\u202Eabc\\u202C", SafeText.escape("\u202Eabc\u202C"));
        assertEquals("line\\u000Abreak", SafeText.escape("line\nbreak"));
        assertEquals("tag\\uDB40\\uDC01", SafeText.escape("tag\uDB40\uDC01"), "a supplementary format character");
        assertEquals("Grüße 😀", SafeText.escape("Grüße 😀"));
        String ohne = "nothing to do";
        assertSame(ohne, SafeText.escape(ohne));
        assertEquals("null", SafeText.escape(null));
    }

    @Test
    void quoteAlsoShowsUnusualBlanks() {
        assertEquals("'a\\u00A0b\\u0009c\\u009B'", SafeText.quote("a\u00A0b\tc\u009B"));
        assertEquals("' x '", SafeText.quote(" x "));
        assertEquals(SafeText.quote("\u2066x\u2069"), SafeText.quote("\u2066x\u2069"));
        assertEquals("null", SafeText.quote(null));
    }

    @Test
    void escapedTextHoldsNoUnsafeCharacter() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(s -> {
            String e = SafeText.escape(s);
            e.codePoints().forEach(c -> assertFalse(SafeText.isUnsafe(c), () -> s + " -> " + e));
            String q = SafeText.quote(s);
            q.codePoints().forEach(c -> assertFalse(SafeText.isUnsafe(c), () -> s + " -> " + q));
        });
    }

    private static String gefiltert(String... teile) throws IOException {
        StringWriter ziel = new StringWriter();
        try (Writer w = SafeText.escaping(ziel)) {
            for (String t : teile) {
                w.write(t);
            }
        }
        return ziel.toString();
    }

    @Test
    void escapingWriterKeepsLineBreaksAndTabsButNothingElse() throws IOException {
        assertEquals("a\tb\nc\r\nd", gefiltert("a\tb\nc\r\nd"));
        assertEquals("\\u001B]0;owned\\u0007 \\u001B[2J\n", gefiltert(OSC_TITLE + " " + CLEAR + "\n"));
        assertEquals("\\u000Dover\\u000D", gefiltert("\rover\r"), "a lone CR would overwrite the line");
        assertEquals("a\r\nb", gefiltert("a\r", "\nb"), "CR LF split between two writes");
        assertEquals("\\u009B\\u202E😀ü", gefiltert("\u009B\u202E\uD83D", "\uDE00ü"));
    }

    @Test
    void escapingWriterAgreesWithEscapeForTextWithoutLineBreaks() throws IOException {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(s -> {
            String ohne = s.replace('\n', ' ').replace('\t', ' ').replace('\r', ' ');
            try {
                StringWriter ziel = new StringWriter();
                try (Writer w = SafeText.escaping(ziel)) {
                    for (int i = 0; i < ohne.length(); i++) {
                        w.write(ohne.charAt(i));
                    }
                }
                assertEquals(SafeText.escape(ohne), ziel.toString());
                assertEquals(SafeText.escape(ohne), gefiltert(ohne));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }
}
