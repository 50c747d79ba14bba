package de.ozg.json;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The cheap pass over a piece of a status file that makes splitting it exact: it counts the line
 * ends (LF, CR LF and a lone CR each end one line, as both the JSON Lines and the CSV reader count
 * them) so that a part can be read with its true line numbers, and for CSV it runs the record
 * grammar of the table reader over the raw bytes from both states a line start can be in — at a
 * record start, or inside a quoted cell — and looks for bytes the charset cannot decode.
 *
 * <p>A piece always begins just after an LF (or at the file start), and after an LF the grammar is
 * either at a record start or inside a quoted cell: the other states (in an unquoted cell, after a
 * closing quote) end at a line end. So two runs give the state at the piece's end for either state
 * at its beginning, and the pieces' results chain from the start of the file without reading it
 * twice in a row. This holds for charsets in which the bytes of LF, CR, quote, delimiter, blank and
 * tab are always those characters and never part of another one: UTF-8 and the ASCII-based
 * single-byte charsets ({@link #isTeilbar(Charset, char)}).
 */
final class Abschnittsscan {

    /** Grammar states: at the start of a cell (and of a record after a line end). */
    static final int S = 0;
    /** In an unquoted cell (or text after a closing quote). */
    static final int U = 1;
    /** In a quoted cell. */
    static final int Q = 2;
    /** In a quoted cell, just after a quote: the closing one, or the first of a doubled one. */
    static final int QQ = 3;
    /** After a closing quote, among blanks. */
    static final int A = 4;

    private static final int STATES = 5;
    private static final int OTHER = 0;
    private static final int QUOTE = 1;
    private static final int DELIM = 2;
    private static final int LF = 3;
    private static final int CR = 4;
    private static final int BLANK = 5;
    private static final int[][] GRAMMAR = {
        // OTHER QUOTE DELIM LF CR BLANK
        {U, Q, S, S, S, U},     // S: a quote opens a quoted cell only at the start of a cell
        {U, U, S, S, S, U},     // U: a quote inside an unquoted cell is text
        {Q, QQ, Q, Q, Q, Q},    // Q: delimiters and line ends are text
        {U, Q, S, S, S, A},     // QQ: a doubled quote goes on; text after the closing quote is malformed, read on as unquoted
        {U, U, S, S, S, A},     // A
    };

    static final int BUFFER = 256 * 1024;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

    /**
     * What one pass over {@code [start, end)} found.
     *
     * @param zeilen   line ends in the piece
     * @param ausS     the state at the end when the piece begins at a record start ({@link #S} or {@link #Q})
     * @param ausQ     the state at the end when the piece begins inside a quoted cell
     * @param q        when the piece begins inside a quoted cell: the first position after an LF
     *                 where a record begins, or -1 for none
     * @param qZeilen  the line ends before {@code q}
     * @param schlecht the first byte that the charset cannot decode, or -1
     */
    record Ergebnis(long zeilen, int ausS, int ausQ, long q, long qZeilen, long schlecht) {
    }

    private Abschnittsscan() {
    }

    /**
     * Whether a CSV file in this charset can be split by bytes: UTF-8, or a single-byte charset in
     * which the structural ASCII bytes decode to themselves and no other byte decodes to one of them.
     */
    static boolean isTeilbar(Charset charset, char delimiter) {
        if (delimiter >= 128) {
            return false;
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            return true;
        }
        if (!charset.canEncode() || charset.newEncoder().maxBytesPerChar() != 1.0f) {
            return false;
        }
        String struktur = "\n\r\" \t" + delimiter;
        CharsetDecoder d = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        for (int b = 0; b < 256; b++) {
            char c;
            try {
                String s = d.reset().decode(ByteBuffer.wrap(new byte[] {(byte) b})).toString();
                if (s.length() != 1) {
                    return false;
                }
                c = s.charAt(0);
            } catch (java.nio.charset.CharacterCodingException e) {
                return false;
            }
            boolean strukturByte = b < 128 && struktur.indexOf((char) b) >= 0;
            if (strukturByte != (struktur.indexOf(c) >= 0) || strukturByte && c != b) {
                return false;
            }
        }
        return true;
    }

    /** Which single bytes a single-byte charset decodes; null for UTF-8, which has its own check. */
    static boolean[] gueltigeBytes(Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return null;
        }
        CharsetDecoder d = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean[] gueltig = new boolean[256];
        for (int b = 0; b < 256; b++) {
            try {
                d.reset().decode(ByteBuffer.wrap(new byte[] {(byte) b}));
                gueltig[b] = true;
            } catch (java.nio.charset.CharacterCodingException e) {
                gueltig[b] = false;
            }
        }
        return gueltig;
    }

    /**
     * The first line start at or after {@code von}: {@code von} itself when it is 0 or follows an LF,
     * else the position after the next LF, or {@code groesse} when there is none.
     */
    static long zeilenanfang(FileChannel ch, long von, long groesse) throws IOException {
        if (von <= 0) {
            return 0;
        }
        if (von >= groesse) {
            return groesse;
        }
        ByteBuffer b = ByteBuffer.allocate(64 * 1024);
        long pos = von - 1;
        while (pos < groesse) {
            b.clear();
            int n = ch.read(b, pos);
            if (n <= 0) {
                break;
            }
            byte[] a = b.array();
            for (int i = 0; i < n; i++) {
                if (a[i] == '\n') {
                    return pos + i + 1;
                }
            }
            pos += n;
        }
        return groesse;
    }

    /** Counts the line ends of {@code [start, end)}: the whole pass for JSON Lines. */
    static long zaehleZeilen(FileChannel ch, long start, long end) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(BUFFER);
        byte[] a = b.array();
        long zeilen = 0;
        boolean vorherCr = false;
        long pos = start;
        while (pos < end) {
            b.clear().limit((int) Math.min(BUFFER, end - pos));
            int n = ch.read(b, pos);
            if (n <= 0) {
                throw new java.io.EOFException("file shorter than expected at byte " + pos);
            }
            zeilen += zeilenenden(a, n, vorherCr);
            vorherCr = a[n - 1] == '\r';
            pos += n;
        }
        return zeilen;
    }

    /**
     * The line ends in {@code a[0, n)}: every CR and every LF that does not follow a CR, eight bytes
     * at a time; {@code vorherCr} says whether the byte before {@code a[0]} was a CR.
     */
    static long zeilenenden(byte[] a, int n, boolean vorherCr) {
        long lf = 0;
        long cr = 0;
        long crlf = vorherCr && n > 0 && a[0] == '\n' ? 1 : 0;
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            long w = (long) LONGS.get(a, i);
            lf += Long.bitCount(gleich(w, 0x0AL * ONES));
            long c = gleich(w, 0x0DL * ONES);
            if (c != 0) {
                cr += Long.bitCount(c);
                for (int j = i; j < i + 8; j++) {
                    if (a[j] == '\r' && j + 1 < n && a[j + 1] == '\n') {
                        crlf++;
                    }
                }
            }
        }
        for (; i < n; i++) {
            if (a[i] == '\n') {
                lf++;
            } else if (a[i] == '\r') {
                cr++;
                if (i + 1 < n && a[i + 1] == '\n') {
                    crlf++;
                }
            }
        }
        return lf + cr - crlf;
    }

    /** The high bit of every byte of {@code w} that equals the byte repeated in {@code muster}. */
    private static long gleich(long w, long muster) {
        long x = w ^ muster;
        return ~((x & LOW7) + LOW7 | x | LOW7);
    }

    /**
     * The CSV pass over {@code [start, end)}.
     *
     * @param gueltig   for a single-byte charset the bytes it decodes; null for UTF-8
     * @param delimiter the delimiter
     */
    static Ergebnis csv(FileChannel ch, long start, long end, char delimiter, boolean[] gueltig) throws IOException {
        int[] klasse = new int[256];
        klasse['"'] = QUOTE;
        klasse['\n'] = LF;
        klasse['\r'] = CR;
        klasse[' '] = BLANK;
        klasse['\t'] = BLANK;
        klasse[delimiter] = DELIM;
        // one table over the pair of runs: from a record start, and from inside a quoted cell
        short[] paar = new short[STATES * STATES * 256];
        for (int s = 0; s < STATES; s++) {
            for (int t = 0; t < STATES; t++) {
                for (int b = 0; b < 256; b++) {
                    int k = klasse[b];
                    paar[(s * STATES + t) << 8 | b] = (short) (GRAMMAR[s][k] * STATES + GRAMMAR[t][k]);
                }
            }
        }
        ByteBuffer buf = ByteBuffer.allocate(BUFFER);
        byte[] a = buf.array();
        int zustand = S * STATES + Q;
        long zeilen = 0;
        boolean vorherCr = false;
        long q = -1;
        long qZeilen = 0;
        long schlecht = -1;
        // UTF-8: continuation bytes still expected, the range of the next one, and where the sequence began
        int offen = 0;
        int unten = 0;
        int oben = 0;
        long anfang = 0;
        long pos = start;
        while (pos < end) {
            buf.clear().limit((int) Math.min(BUFFER, end - pos));
            int n = ch.read(buf, pos);
            if (n <= 0) {
                throw new java.io.EOFException("file shorter than expected at byte " + pos);
            }
            for (int i = 0; i < n; i++) {
                int b = a[i] & 0xFF;
                zustand = paar[zustand << 8 | b];
                if (b == '\n') {
                    if (!vorherCr) {
                        zeilen++;
                    }
                    if (q < 0 && zustand % STATES == S) {
                        q = pos + i + 1;
                        qZeilen = zeilen;
                    }
                } else if (b == '\r') {
                    zeilen++;
                }
                vorherCr = b == '\r';
                if (schlecht >= 0) {
                    continue;
                }
                if (gueltig != null) {
                    if (!gueltig[b]) {
                        schlecht = pos + i;
                    }
                } else if (offen > 0) {
                    if (b < unten || b > oben) {
                        schlecht = anfang;
                    } else {
                        offen--;
                        unten = 0x80;
                        oben = 0xBF;
                    }
                } else if (b >= 0x80) {
                    anfang = pos + i;
                    unten = 0x80;
                    oben = 0xBF;
                    if (b >= 0xC2 && b <= 0xDF) {
                        offen = 1;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        offen = 2;
                        if (b == 0xE0) {
                            unten = 0xA0;
                        } else if (b == 0xED) {
                            oben = 0x9F;
                        }
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        offen = 3;
                        if (b == 0xF0) {
                            unten = 0x90;
                        } else if (b == 0xF4) {
                            oben = 0x8F;
                        }
                    } else {
                        schlecht = anfang;
                    }
                }
            }
            pos += n;
        }
        if (schlecht < 0 && offen > 0) {
            // a sequence cut off by the end of the file
            schlecht = anfang;
        }
        return new Ergebnis(zeilen, zustand / STATES, zustand % STATES, q, qZeilen, schlecht);
    }
}
