package de.ozg.core.validation.status;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Comparisons and digit packing on text given as single-byte characters, eight bytes at a time: the
 * byte path of {@link MutableStatusRow#setText(StatusField, byte[], int, int)}, which converts a
 * JSON line's values without copying them into characters first.
 */
final class Bytefolge {

    private static final VarHandle WORT = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long EINS = 0x0101010101010101L;
    private static final long HOCH = 0x8080808080808080L;
    private static final long NIBBLES = 0x0F0F0F0F0F0F0F0FL;

    private Bytefolge() {
    }

    /** Whether {@code n} bytes at {@code off} equal {@code ref} in length and content. */
    static boolean gleich(byte[] b, int off, int n, byte[] ref) {
        if (n != ref.length) {
            return false;
        }
        if (n < 8) {
            for (int i = 0; i < n; i++) {
                if (b[off + i] != ref[i]) {
                    return false;
                }
            }
            return true;
        }
        // whole words, the last one overlapping its predecessor: no byte loop at the end
        int i = 0;
        for (; i < n - 8; i += 8) {
            if ((long) WORT.get(b, off + i) != (long) WORT.get(ref, i)) {
                return false;
            }
        }
        return (long) WORT.get(b, off + n - 8) == (long) WORT.get(ref, n - 8);
    }

    /**
     * The last eight bytes of the text ending at {@code off + n}, the bytes before the text (when
     * {@code n < 8}) zeroed; 0 when the buffer holds fewer than eight bytes up to the text's end.
     */
    static long hinten(byte[] b, int off, int n) {
        int ende = off + n;
        if (ende < 8 || n == 0) {
            return 0;
        }
        long w = (long) WORT.get(b, ende - 8);
        return n >= 8 ? w : w & -1L << 8 * (8 - n);
    }

    /** The first eight bytes of a text of more than eight bytes, else 0. */
    static long vorne(byte[] b, int off, int n) {
        return n > 8 ? (long) WORT.get(b, off) : 0;
    }

    /**
     * The text packed as {@link Kennungscache} packs characters – four bits per digit, the first digit
     * highest, then four bits for the length – or 0 when it is empty, longer than {@code max} or holds
     * a byte that is not an ASCII digit. From nine digits on both checking and packing go eight bytes
     * at a time: the first and the last eight bytes, which overlap for fewer than sixteen digits.
     */
    static long ziffern(byte[] b, int off, int n, int max) {
        if (n == 0 || n > max) {
            return 0;
        }
        if (n < 9 && off + n >= 8) {
            // the eight bytes that end with the text; those before it count as leading zeros
            int davor = 8 * (8 - n);
            long vorn = davor == 0 ? 0 : -1L >>> (64 - davor);
            long w = (long) WORT.get(b, off + n - 8) & ~vorn | 0x3030303030303030L & vorn;
            return keineZiffer(w) != 0 ? 0 : packe(w) << 4 | n;
        }
        if (n < 9) {
            long v = 0;
            int falsch = 0;
            for (int i = off; i < off + n; i++) {
                int d = b[i] - '0';
                falsch |= d | (9 - d);
                v = v << 4 | d;
            }
            return falsch < 0 ? 0 : v << 4 | n;
        }
        long vorne = (long) WORT.get(b, off);
        long hinten = (long) WORT.get(b, off + n - 8);
        if ((keineZiffer(vorne) | keineZiffer(hinten)) != 0) {
            return 0;
        }
        int rest = 4 * (n - 8);
        long v = packe(vorne) << rest | packe(hinten) & ((1L << rest) - 1);
        return v << 4 | n;
    }

    /**
     * Nonzero when a byte of the word is not an ASCII digit. Each byte is tested on its own: the high
     * bit is kept out of the sums, so that no carry or borrow crosses into the next byte.
     */
    private static long keineZiffer(long w) {
        long ueber9 = (w & ~HOCH) + 0x46 * EINS;
        long abNull = (w | HOCH) - 0x30 * EINS;
        return (w | ueber9 | ~abNull) & HOCH;
    }

    /** Eight ASCII digits, the first at the lowest address, as 32 bits of BCD with the first digit highest. */
    private static long packe(long w) {
        long x = Long.reverseBytes(w) & NIBBLES;
        x = (x | x >>> 4) & 0x00FF00FF00FF00FFL;
        x = (x | x >>> 8) & 0x0000FFFF0000FFFFL;
        return (x | x >>> 16) & 0xFFFFFFFFL;
    }
}
