package de.ozg.core.validation.status;

/**
 * A reusable window onto the parser's character buffer, so that identifiers can be checked and
 * parsed by ozg-core's {@code isValid}/{@code parse(CharSequence)} without a {@code String} per
 * value. Valid only until the parser moves on; not thread-safe.
 */
final class Zeichenfolge implements CharSequence {

    private char[] chars;
    private int offset;
    private int length;
    /** The buffer of the copies this sequence makes itself, reused. */
    private char[] eigene = new char[32];

    Zeichenfolge set(char[] chars, int offset, int length) {
        this.chars = chars;
        this.offset = offset;
        this.length = length;
        return this;
    }

    /** Points at a copy of the text in a buffer of its own, valid until the next copy. */
    Zeichenfolge kopiere(CharSequence text) {
        int n = text.length();
        char[] c = platz(n);
        for (int i = 0; i < n; i++) {
            c[i] = text.charAt(i);
        }
        return set(c, 0, n);
    }

    /**
     * Points at the bytes as characters (ISO-8859-1: each byte one character), copied into a
     * buffer of its own, valid until the next copy.
     */
    Zeichenfolge kopiere(byte[] b, int off, int n) {
        char[] c = platz(n);
        for (int i = 0; i < n; i++) {
            c[i] = (char) (b[off + i] & 0xFF);
        }
        return set(c, 0, n);
    }

    private char[] platz(int n) {
        if (eigene.length < n) {
            eigene = new char[Math.max(n, eigene.length * 2)];
        }
        return eigene;
    }

    /** The underlying buffer, for allocation-free comparisons. */
    char[] zeichen() {
        return chars;
    }

    /** The index of the first character in {@link #zeichen()}. */
    int anfang() {
        return offset;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return chars[offset + index];
    }

    /** Whether the characters equal the string, without allocating. */
    boolean contentEquals(String s) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the characters equal the given ones, without allocating. */
    boolean contentEquals(char[] c) {
        return java.util.Arrays.equals(chars, offset, offset + length, c, 0, c.length);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().substring(start, end);
    }

    @Override
    public String toString() {
        return new String(chars, offset, length);
    }
}
