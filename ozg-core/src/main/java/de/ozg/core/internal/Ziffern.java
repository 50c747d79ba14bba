package de.ozg.core.internal;

/**
 * The value of a run of ASCII digits, without allocating or throwing: what the identifier types
 * accept as digits, shared with the catalogue rules that read identifiers from cells before (and
 * instead of) parsing them. Only ASCII {@code 0}–{@code 9} count; full-width digits and other
 * Unicode digits are left to the repairing paths.
 */
public final class Ziffern {

    private Ziffern() {
    }

    /**
     * The value of the characters {@code from} (inclusive) to {@code to} (exclusive) when all of
     * them are ASCII digits, else -1. At most 18 characters.
     *
     * @param s    the text
     * @param from the first character
     * @param to   the end, exclusive
     * @return the value, or -1
     */
    public static long wert(CharSequence s, int from, int to) {
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

    /**
     * The value of {@code s} when it is exactly {@code laenge} ASCII digits, else -1.
     *
     * @param s      the text, may be null
     * @param laenge the number of digits required, at most 18
     * @return the value, or -1
     */
    public static long wert(CharSequence s, int laenge) {
        if (s == null || s.length() != laenge) {
            return -1;
        }
        return wert(s, 0, laenge);
    }
}
