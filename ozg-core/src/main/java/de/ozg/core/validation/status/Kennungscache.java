package de.ozg.core.validation.status;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Hands out one shared instance per distinct identifier text. A status file names the same few
 * thousand LeiKa keys, ARS and OZG-IDs in millions of rows, so after the first occurrence a text is
 * recognised by its digits, packed into one number and compared with the remembered one – no
 * validation, no parsing, no new object – and every row of the file refers to the same immutable
 * instance. Consecutive rows usually share their key, so the last hit is tried first. Direct-mapped: a
 * slot holds the last text that hashed to it, so the memory stays bounded however many distinct
 * values a file has. Only valid texts are remembered. With no slots it only checks and parses (for
 * single values, where a cache would cost more than it saves). A text given as bytes is packed from
 * the bytes, with the same number its characters give, so that both ways share the slots. Not
 * thread-safe: one per reader.
 *
 * @param <T> the identifier type
 */
final class Kennungscache<T> {

    /**
     * Texts longer than this are never cached (identifiers are at most 14 characters). Fifteen
     * digits and the length fit into one long, which is what makes a slot one comparison.
     */
    private static final int MAX_LAENGE = 15;

    /** Per slot the packed text ({@link #schluessel}), 0 for an empty slot. */
    private final long[] texte;
    private final Object[] werte;
    private final int maske;
    private final Predicate<CharSequence> valid;
    private final Function<CharSequence, T> parse;
    /** The text and value of the last hit: rows of one service or bundle follow each other. */
    private long letzterText;
    private Object letzterWert;
    /**
     * The bytes of the last valid text given as bytes, as {@link Bytefolge#hinten} and {@link
     * Bytefolge#vorne} read them (for up to sixteen bytes they are the whole text), and its value.
     */
    private int letzteLaenge = -1;
    private long letztesHinten;
    private long letztesVorne;
    private Object letzterByteWert;
    /** The byte path's copy for the strict check and parser, which take characters. */
    private final Zeichenfolge folge = new Zeichenfolge();

    /**
     * @param slots a power of two, or 0 for no caching
     * @param valid the strict check, must not throw
     * @param parse the strict parser, called only for texts that passed {@code valid}
     */
    Kennungscache(int slots, Predicate<CharSequence> valid, Function<CharSequence, T> parse) {
        this.texte = slots == 0 ? null : new long[slots];
        this.werte = slots == 0 ? null : new Object[slots];
        this.maske = slots - 1;
        this.valid = valid;
        this.parse = parse;
    }

    /** The identifier, or null when the text is not valid. */
    T get(Zeichenfolge z) {
        long text = texte == null ? 0 : schluessel(z);
        if (text == 0) {
            // identifiers are ASCII digits only: anything else is checked and parsed, never cached
            return strikt(z);
        }
        T wert = treffer(text);
        return wert != null ? wert : eintragen(text, z);
    }

    /**
     * The identifier of the text given as single-byte characters, or null when it is not valid. A
     * text seen before is recognised from the bytes alone; only a new or an invalid one is copied
     * into characters, for the strict check and parser.
     */
    @SuppressWarnings("unchecked")
    T get(byte[] b, int off, int n) {
        if (texte == null) {
            return strikt(folge.kopiere(b, off, n));
        }
        // the same bytes as the last text given as bytes: the same value, without checking a digit
        long hinten = Bytefolge.hinten(b, off, n);
        long vorne = Bytefolge.vorne(b, off, n);
        if (n == letzteLaenge && hinten == letztesHinten && vorne == letztesVorne && hinten != 0) {
            return (T) letzterByteWert;
        }
        long text = Bytefolge.ziffern(b, off, n, MAX_LAENGE);
        T wert = text == 0 ? null : treffer(text);
        if (wert == null) {
            Zeichenfolge z = folge.kopiere(b, off, n);
            if (text == 0) {
                return strikt(z);
            }
            wert = eintragen(text, z);
            if (wert == null) {
                return null;
            }
        }
        letzteLaenge = n;
        letztesHinten = hinten;
        letztesVorne = vorne;
        letzterByteWert = wert;
        return wert;
    }

    /** The identifier by the strict check and parser, not remembered. */
    private T strikt(Zeichenfolge z) {
        return valid.test(z) ? parse.apply(z) : null;
    }

    /** The remembered identifier of the packed text, or null. */
    @SuppressWarnings("unchecked")
    private T treffer(long text) {
        if (text == letzterText) {
            return (T) letzterWert;
        }
        int slot = slot(text);
        if (texte[slot] != text) {
            return null;
        }
        letzterText = text;
        letzterWert = werte[slot];
        return (T) letzterWert;
    }

    /** Checks and parses a text not remembered, and remembers it when valid. */
    private T eintragen(long text, Zeichenfolge z) {
        T wert = strikt(z);
        if (wert == null) {
            return null;
        }
        int slot = slot(text);
        texte[slot] = text;
        werte[slot] = wert;
        letzterText = text;
        letzterWert = wert;
        return wert;
    }

    private int slot(long text) {
        return (int) ((text * 0x9E3779B97F4A7C15L) >>> 40) & maske;
    }

    /**
     * The text packed into a long – four bits per digit, then four bits for the length, so that
     * leading zeros count – or 0 when it is empty, too long or holds anything but ASCII digits.
     * Shifts and one check at the end, no multiplication: the loop runs once per identifier.
     */
    static long schluessel(Zeichenfolge z) {
        int n = z.length();
        if (n == 0 || n > MAX_LAENGE) {
            return 0;
        }
        char[] c = z.zeichen();
        int off = z.anfang();
        long v = 0;
        int falsch = 0;
        for (int i = off; i < off + n; i++) {
            int d = c[i] - '0';
            falsch |= d | (9 - d);
            v = v << 4 | d;
        }
        return falsch < 0 ? 0 : v << 4 | n;
    }
}
