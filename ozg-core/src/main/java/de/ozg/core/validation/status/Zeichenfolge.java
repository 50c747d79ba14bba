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

    Zeichenfolge set(char[] chars, int offset, int length) {
        this.chars = chars;
        this.offset = offset;
        this.length = length;
        return this;
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
