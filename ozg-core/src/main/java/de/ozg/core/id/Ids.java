package de.ozg.core.id;

import de.ozg.core.OzgException;

/**
 * Shared digit arithmetic and message building of the identifier types. The parse paths call
 * {@link #digits(CharSequence, int, int)}, which neither allocates nor throws; only when it reports
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

    /**
     * The value of the characters {@code from} (inclusive) to {@code to} (exclusive) when all of
     * them are ASCII digits, else -1. At most 18 characters.
     */
    static long digits(CharSequence s, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** The value of {@code s} when it is exactly {@code len} ASCII digits, else -1. */
    static long digits(CharSequence s, int len) {
        if (s == null || s.length() != len) {
            return -1;
        }
        return digits(s, 0, len);
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

    /** Whether the sequence is empty or whitespace only (including NBSP and zero-width characters). */
    static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isBlankChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** ASCII whitespace, the non-breaking spaces and the zero-width characters. */
    static boolean isBlankChar(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f'
                || isNbsp(c) || isZeroWidth(c);
    }

    static boolean isAsciiBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f';
    }

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

    /**
     * Builds the exception for a value that should have been {@code len} digits but is null, blank,
     * contains a non-digit or has the wrong length, checked in that order: a stray character is the
     * more useful message, since it usually explains the wrong length too.
     */
    static IdFormatException digitError(IdTyp typ, CharSequence s, int len) {
        String label = typ.bezeichnung();
        String expected = len + " digits";
        if (s == null) {
            return new IdFormatException(typ, IdFormatViolation.NULL,
                    label + " must be " + expected + ", was null", null, expected);
        }
        if (isBlank(s)) {
            return new IdFormatException(typ, IdFormatViolation.EMPTY,
                    label + " must be " + expected + ", was " + (s.length() == 0 ? "empty" : "blank") + ": "
                            + OzgException.quote(s), s.toString(), expected);
        }
        IdFormatException nonDigit = nonDigitError(typ, label, s, 0, s.length(), expected, s);
        if (nonDigit != null) {
            return nonDigit;
        }
        return wrongLength(typ, label, s, s.length(), len, expected);
    }

    static IdFormatException wrongLength(IdTyp typ, String label, CharSequence whole, int actualLen, int len,
            String expected) {
        return new IdFormatException(typ, IdFormatViolation.WRONG_LENGTH,
                label + " must be " + len + " digits, was " + actualLen + ": " + OzgException.quote(whole),
                whole.toString(), expected);
    }

    /** The NON_DIGIT exception for the first non-digit in {@code [from, to)}, or null if there is none. */
    static IdFormatException nonDigitError(IdTyp typ, String label, CharSequence s, int from, int to,
            String expected, CharSequence whole) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return new IdFormatException(typ, IdFormatViolation.NON_DIGIT,
                        label + " must contain only digits 0-9, found " + OzgException.quote(String.valueOf(c))
                                + " at position " + (i + 1) + ": " + OzgException.quote(whole),
                        whole.toString(), expected);
            }
        }
        return null;
    }

    static IdFormatException error(IdTyp typ, IdFormatViolation violation, String message, CharSequence value,
            String expected) {
        return new IdFormatException(typ, violation, message, str(value), expected);
    }
}
