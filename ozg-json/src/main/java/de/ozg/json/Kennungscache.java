package de.ozg.json;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Hands out one shared instance per distinct identifier text. A status file names the same few
 * thousand LeiKa keys, ARS and OZG-IDs in millions of rows, so after the first occurrence a text is
 * recognised by comparing its characters with the remembered one – no validation, no parsing, no
 * new object – and every row of the file refers to the same immutable instance. Direct-mapped: a
 * slot holds the last text that hashed to it, so the memory stays bounded however many distinct
 * values a file has. Only valid texts are remembered. With no slots it only checks and parses,
 * holds no state and may be shared (for single values, where a cache would cost more than it saves).
 * Not thread-safe otherwise: one per reader.
 *
 * @param <T> the identifier type
 */
final class Kennungscache<T> {

    /** Texts longer than this are never cached (identifiers are at most 14 characters). */
    private static final int MAX_LAENGE = 16;

    private final char[][] texte;
    private final Object[] werte;
    private final int maske;
    private final Predicate<CharSequence> valid;
    private final Function<CharSequence, T> parse;

    /**
     * @param slots a power of two, or 0 for no caching
     * @param valid the strict check, must not throw
     * @param parse the strict parser, called only for texts that passed {@code valid}
     */
    Kennungscache(int slots, Predicate<CharSequence> valid, Function<CharSequence, T> parse) {
        this.texte = slots == 0 ? null : new char[slots][];
        this.werte = slots == 0 ? null : new Object[slots];
        this.maske = slots - 1;
        this.valid = valid;
        this.parse = parse;
    }

    /** The identifier, or null when the text is not valid. */
    @SuppressWarnings("unchecked")
    T get(Zeichenfolge z) {
        int n = z.length();
        if (texte == null || n > MAX_LAENGE) {
            return valid.test(z) ? parse.apply(z) : null;
        }
        char[] c = z.zeichen();
        int off = z.anfang();
        int h = 0;
        for (int i = 0; i < n; i++) {
            h = 31 * h + c[off + i];
        }
        int slot = (h ^ (h >>> 16)) & maske;
        char[] t = texte[slot];
        if (t != null && gleich(t, c, off, n)) {
            return (T) werte[slot];
        }
        if (!valid.test(z)) {
            return null;
        }
        T wert = parse.apply(z);
        texte[slot] = java.util.Arrays.copyOfRange(c, off, off + n);
        werte[slot] = wert;
        return wert;
    }

    private static boolean gleich(char[] t, char[] c, int off, int n) {
        if (t.length != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (t[i] != c[off + i]) {
                return false;
            }
        }
        return true;
    }
}
