package de.ozg.core.id;

import de.ozg.core.SafeText;
import de.ozg.core.OzgException;
import de.ozg.core.internal.Suchschluessel;
import de.ozg.core.internal.Ziffern;

/**
 * Shared digit arithmetic and message building of the identifier types. The parse paths call
 * {@link Ziffern#wert(CharSequence, int, int)}, which neither allocates nor throws; only when it reports
 * a failure does the slow path {@link #digitError} look at the input again to say what was wrong.
 */
final class Ids {

    /** Powers of ten, 10^0 to 10^18. */
    static final long[] POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L,
        10_000_000_000_000L, 100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L,
        100_000_000_000_000_000L, 1_000_000_000_000_000_000L};

    private Ids() {
    }

    /** Writes {@code value} as exactly {@code len} digits with leading zeros. */
    static String pad(long value, int len) {
        char[] c = new char[len];
        long v = value;
        for (int i = len - 1; i >= 0; i--) {
            c[i] = (char) ('0' + (int) (v % 10));
            v /= 10;
        }
        return new String(c);
    }

    /** A hash that spreads decimal keys (which often end in runs of zeros) over all bits. */
    static int mix(long value) {
        return (int) ((value * 0x9E3779B97F4A7C15L) >>> 32);
    }

    /** Whether the sequence is empty or blank only (including NBSP, every Unicode space and zero-width characters). */
    static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isBlankChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A blank as {@link Suchschluessel#isBlank(char)} defines it for the whole library (ASCII blanks,
     * NEL and every Unicode space, line and paragraph separator: NBSP, U+2009, U+202F, U+3000 …),
     * or a zero-width character.
     */
    static boolean isBlankChar(char c) {
        return Suchschluessel.isBlank(c) || isZeroWidth(c);
    }

    /** The non-breaking spaces, reported apart from other blanks because they hide in spreadsheets. */
    static boolean isNbsp(char c) {
        return c == '\u00A0' || c == '\u202F' || c == '\u2007';
    }

    static boolean isZeroWidth(char c) {
        return c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    static boolean isFullwidthDigit(char c) {
        return c >= '\uFF10' && c <= '\uFF19';
    }

    static String str(CharSequence s) {
        return s == null ? null : s.toString();
    }

    /** The expected form "n digits". */
    static Text ziffern(int len) {
        return Text.of("form.digits", len);
    }

    /**
     * Builds the exception for a value that should have been {@code len} digits but is null, blank,
     * contains a non-digit or has the wrong length, checked in that order: a stray character is the
     * more useful message, since it usually explains the wrong length too.
     */
    static IdFormatException digitError(IdTyp typ, CharSequence s, int len) {
        String label = typ.bezeichnung();
        Text expected = ziffern(len);
        if (s == null) {
            return new IdFormatException(typ, IdFormatViolation.NULL, Text.of("digits.null", label, expected), null,
                    expected);
        }
        if (isBlank(s)) {
            return new IdFormatException(typ, IdFormatViolation.EMPTY,
                    Text.of(s.length() == 0 ? "digits.empty" : "digits.blank", label, expected, SafeText.quote(s)),
                    s.toString(), expected);
        }
        IdFormatException nonDigit = nonDigitError(typ, "digits.nonDigit", s, 0, s.length(), expected);
        if (nonDigit != null) {
            return nonDigit;
        }
        return wrongLength(typ, "digits.wrongLength", s, s.length(), len, expected);
    }

    /** WRONG_LENGTH with a message of the form of {@code digits.wrongLength}. */
    static IdFormatException wrongLength(IdTyp typ, String key, CharSequence whole, int actualLen, int len,
            Text expected) {
        return new IdFormatException(typ, IdFormatViolation.WRONG_LENGTH,
                Text.of(key, typ.bezeichnung(), len, actualLen, SafeText.quote(whole)), whole.toString(), expected);
    }

    /**
     * The NON_DIGIT exception for the first non-digit in {@code [from, to)} of {@code s}, with a
     * message of the form of {@code digits.nonDigit}, or null if there is none.
     */
    static IdFormatException nonDigitError(IdTyp typ, String key, CharSequence s, int from, int to, Text expected) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return new IdFormatException(typ, IdFormatViolation.NON_DIGIT,
                        Text.of(key, typ.bezeichnung(), SafeText.quote(String.valueOf(c)), i + 1,
                                SafeText.quote(s)),
                        s.toString(), expected);
            }
        }
        return null;
    }

    /** OUT_OF_RANGE for a number outside {@code [0, max]}. */
    static IdFormatException rangeError(IdTyp typ, long value, long max) {
        Text expected = Text.of("form.range", 0, max);
        return new IdFormatException(typ, IdFormatViolation.OUT_OF_RANGE,
                Text.of("range", typ.bezeichnung(), 0, max, value), String.valueOf(value), expected);
    }

    static IdFormatException error(IdTyp typ, IdFormatViolation violation, Text meldung, CharSequence value,
            Text expected) {
        return new IdFormatException(typ, violation, meldung, str(value), expected);
    }
}
