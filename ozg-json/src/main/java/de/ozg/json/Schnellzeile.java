package de.ozg.json;

import de.ozg.core.validation.status.JsonType;
import de.ozg.core.validation.status.MutableStatusRow;
import de.ozg.core.validation.status.StatusField;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads one JSON Lines line of the shape the writer produces straight from the bytes, without a
 * parser: optional blanks, one flat object whose names are the known field names and whose values
 * are strings of printable ASCII without escapes or {@code true}/{@code false}/{@code null}, then
 * only blanks up to the line end. Such a line means the same to Jackson whatever came before it, so
 * the row calls below are exactly those {@link Zeilenformat#lese(com.fasterxml.jackson.core.JsonParser,
 * MutableStatusRow)} makes for it. Every other line – an escape, a non-ASCII or control byte, a
 * number, a nested value, an unknown name, a line break inside the object, a long value – is
 * refused before any call on the row, and the reader hands it to Jackson, so that every finding
 * about odd input stays Jackson's. Not thread-safe: one per reader.
 */
final class Schnellzeile {

    /**
     * Longer values are left to Jackson: far below its string limit ({@link OzgJson#MAX_STRING_LENGTH}),
     * so that a limit is only ever reported by Jackson, and far above any real status value.
     */
    static final int MAX_WERT = 16 * 1024;
    /** More fields (repeated ones) are left to Jackson; a row has nine. */
    static final int MAX_FELDER = 32;

    private static final byte[][] NAMEN = namen();
    /**
     * Per name its bytes with the closing quote as two little-endian words, and the masks of the
     * bytes that count: a name (at most fifteen bytes) is then recognised by two comparisons.
     */
    private static final long[][] NAMENSWORTE = namensworte();
    /** Per byte value whether it may stand in a string as it is: printable ASCII but quote and backslash. */
    private static final boolean[] SCHLICHT = schlicht();
    /** Eight bytes of the line as one number, for scanning strings a word at a time. */
    private static final VarHandle WORT = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long EINS = 0x0101010101010101L;
    private static final long HOCH = 0x8080808080808080L;
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL_WORT = {'n', 'u', 'l', 'l'};
    private static final int TEXT = 0;
    private static final int WAHR = 1;
    private static final int FALSCH = 2;
    private static final int NULL = 3;

    /** Per field of the line: the index into {@link Zeilenformat#FELDER}, the kind, where the value is. */
    private final int[] felder = new int[MAX_FELDER];
    private final int[] arten = new int[MAX_FELDER];
    private final int[] anfaenge = new int[MAX_FELDER];
    private final int[] laengen = new int[MAX_FELDER];
    private int anzahl;
    private boolean leer;

    /**
     * Reads the line that starts at {@code von}.
     *
     * @return the position of the byte that ends the line ({@code '\n'} or {@code '\r'}), or
     *         {@code bis} when the line runs to the end; -1 when the line is not of the plain shape
     */
    int lies(byte[] b, int von, int bis) {
        anzahl = 0;
        int i = blanks(b, von, bis);
        if (i == bis || b[i] == '\n' || b[i] == '\r') {
            leer = true;
            return i;
        }
        leer = false;
        if (b[i] != '{') {
            return -1;
        }
        i = blanks(b, i + 1, bis);
        if (i < bis && b[i] == '}') {
            return ende(b, i + 1, bis);
        }
        int erwartet = 0;
        while (true) {
            if (i >= bis || b[i] != '"' || anzahl == MAX_FELDER) {
                return -1;
            }
            i++;
            int index = erwartet < NAMEN.length && istName(b, i, bis, erwartet) ? erwartet : name(b, i, bis);
            if (index < 0) {
                return -1;
            }
            i = nach(b, i + NAMEN[index].length + 1, bis, ':');
            if (i < 0) {
                return -1;
            }
            i = weiter(b, i, bis);
            if (i >= bis) {
                return -1;
            }
            int art;
            int anfang = i;
            switch (b[i]) {
                case '"':
                    anfang = ++i;
                    i = stringEnde(b, i, Math.min(bis, anfang + MAX_WERT + 1));
                    if (i < 0) {
                        return -1;
                    }
                    art = TEXT;
                    i++;
                    break;
                case 't':
                    art = WAHR;
                    i = wort(b, i, bis, TRUE);
                    break;
                case 'f':
                    art = FALSCH;
                    i = wort(b, i, bis, FALSE);
                    break;
                case 'n':
                    art = NULL;
                    i = wort(b, i, bis, NULL_WORT);
                    break;
                default:
                    return -1;
            }
            if (i < 0) {
                return -1;
            }
            felder[anzahl] = index;
            arten[anzahl] = art;
            anfaenge[anzahl] = anfang;
            laengen[anzahl] = art == TEXT ? i - 1 - anfang : 0;
            anzahl++;
            erwartet = index + 1;
            i = weiter(b, i, bis);
            if (i >= bis) {
                return -1;
            }
            if (b[i] == '}') {
                return ende(b, i + 1, bis);
            }
            if (b[i] != ',') {
                return -1;
            }
            i = weiter(b, i + 1, bis);
        }
    }

    /** Whether the line last read held only blanks. */
    boolean isLeer() {
        return leer;
    }

    /**
     * Fills the row with the record of the line last read, as the Jackson path does: begins the
     * record at {@code zeile} and sets each field in the line's order (repeated fields included,
     * which the row records as duplicates).
     */
    void fuelle(byte[] b, MutableStatusRow row, long zeile) {
        row.beginRecord(zeile, "");
        for (int k = 0; k < anzahl; k++) {
            StatusField f = Zeilenformat.FELDER[felder[k]];
            boolean jaNein = f == StatusField.ONLINE || f == StatusField.AKTIV;
            switch (arten[k]) {
                case TEXT:
                    if (jaNein) {
                        row.setWrongType(f, JsonType.STRING,
                                new String(b, anfaenge[k], laengen[k], StandardCharsets.US_ASCII));
                    } else {
                        row.setText(f, b, anfaenge[k], laengen[k]);
                    }
                    break;
                case WAHR:
                case FALSCH:
                    if (jaNein) {
                        row.setBoolean(f, arten[k] == WAHR);
                    } else {
                        row.setWrongType(f, JsonType.BOOLEAN, arten[k] == WAHR ? "true" : "false");
                    }
                    break;
                default:
                    row.setNull(f);
                    break;
            }
        }
    }

    /**
     * The position of the quote that closes the string whose first byte is at {@code i}, or -1 when
     * a byte that is not plain (see {@link #SCHLICHT}) comes first or no quote comes before {@code
     * grenze}. Eight bytes at a time: the lowest byte a word flags is exactly the first byte that is
     * not plain, so a word that holds the closing quote ends the scan without a byte loop. Words may
     * reach past {@code grenze} (never past the array): what lies there only matters when it is
     * the first such byte, and then the position says it is too far.
     */
    private static int stringEnde(byte[] b, int i, int grenze) {
        int letztesWort = b.length - 8;
        while (i <= letztesWort) {
            long m = nichtSchlicht((long) WORT.get(b, i));
            if (m != 0) {
                int p = i + (Long.numberOfTrailingZeros(m) >>> 3);
                return p < grenze && b[p] == '"' ? p : -1;
            }
            i += 8;
            if (i >= grenze) {
                return -1;
            }
        }
        while (i < grenze && SCHLICHT[b[i] & 0xFF]) {
            i++;
        }
        return i < grenze && b[i] == '"' ? i : -1;
    }

    /**
     * The high bit of each byte that may not stand in a string as it is (see {@link #SCHLICHT}): a
     * control byte or one from 0x80 on, a quote, backslash or DEL. Each test is the classic "some
     * byte below n" trick, which may also flag bytes above a flagged one, but never one below: the
     * lowest flag is exact.
     */
    private static long nichtSchlicht(long w) {
        // below 0x20 borrows; DEL carries into the high bit (the high bit is kept out of that sum)
        long ausserhalb = (w - 0x20 * EINS) | w | ((w & ~HOCH) + EINS);
        return (ausserhalb | nullbyte(w ^ ('"' * EINS)) | nullbyte(w ^ ('\\' * EINS))) & HOCH;
    }

    /** The high bit set in each byte of {@code v} that is zero (and maybe in bytes above one that is). */
    private static long nullbyte(long v) {
        return (v - EINS) & ~v;
    }

    /** After the object: only blanks to the line end. */
    private static int ende(byte[] b, int i, int bis) {
        i = blanks(b, i, bis);
        return i == bis || b[i] == '\n' || b[i] == '\r' ? i : -1;
    }

    /** The position after the byte {@code c}, blanks allowed before it, or -1. */
    private static int nach(byte[] b, int i, int bis, char c) {
        if (i < bis && b[i] == c) {
            return i + 1;
        }
        i = blanks(b, i, bis);
        return i < bis && b[i] == c ? i + 1 : -1;
    }

    /** {@link #blanks}, with the usual case first: the writer puts no blank anywhere. */
    private static int weiter(byte[] b, int i, int bis) {
        return i < bis && b[i] > ' ' ? i : blanks(b, i, bis);
    }

    private static int blanks(byte[] b, int i, int bis) {
        while (i < bis && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        return i;
    }

    /** The position after the literal {@code w} at {@code i}, whose first byte the caller has matched, or -1. */
    private static int wort(byte[] b, int i, int bis, byte[] w) {
        if (bis - i < w.length) {
            return -1;
        }
        for (int k = 1; k < w.length; k++) {
            if (b[i + k] != w[k]) {
                return -1;
            }
        }
        return i + w.length;
    }

    /** Whether the name at {@code i} is the field name {@code k}, closed by a quote. */
    private static boolean istName(byte[] b, int i, int bis, int k) {
        byte[] name = NAMEN[k];
        int n = name.length;
        if (i + 16 <= bis) {
            long[] w = NAMENSWORTE[k];
            return ((long) WORT.get(b, i) & w[2]) == w[0] && ((long) WORT.get(b, i + 8) & w[3]) == w[1];
        }
        if (bis - i <= n || b[i + n] != '"') {
            return false;
        }
        for (int j = 0; j < n; j++) {
            if (b[i + j] != name[j]) {
                return false;
            }
        }
        return true;
    }

    /** The index of the known name at {@code i}, or -1. */
    private static int name(byte[] b, int i, int bis) {
        for (int k = 0; k < NAMEN.length; k++) {
            if (istName(b, i, bis, k)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean[] schlicht() {
        boolean[] t = new boolean[256];
        for (int c = 0x20; c < 0x7F; c++) {
            t[c] = c != '"' && c != '\\';
        }
        return t;
    }

    private static long[][] namensworte() {
        long[][] worte = new long[NAMEN.length][];
        for (int k = 0; k < NAMEN.length; k++) {
            byte[] mitQuote = java.util.Arrays.copyOf(NAMEN[k], NAMEN[k].length + 1);
            mitQuote[NAMEN[k].length] = '"';
            long[] w = new long[4];
            for (int j = 0; j < mitQuote.length; j++) {
                w[j / 8] |= (mitQuote[j] & 0xFFL) << (8 * (j % 8));
                w[2 + j / 8] |= 0xFFL << (8 * (j % 8));
            }
            worte[k] = w;
        }
        return worte;
    }

    private static byte[][] namen() {
        byte[][] namen = new byte[Zeilenformat.FELDER.length][];
        for (int i = 0; i < namen.length; i++) {
            namen[i] = Zeilenformat.FELDER[i].jsonName().getBytes(StandardCharsets.US_ASCII);
        }
        return namen;
    }
}
