package de.ozg.core.validation.status;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Parses dates with a cache per distinct text. A status file has one or a few Stichtage for
 * millions of rows, so the last text is compared in place (no allocation) and other texts are
 * looked up in a bounded map; invalid texts are remembered too, so bad input costs no exception
 * per row. Not thread-safe: one per reader.
 */
final class Datumscache {

    private static final int MAX = 1024;
    private static final LocalDate UNGUELTIG = LocalDate.MIN;

    private final boolean deutsch;
    private final Map<String, LocalDate> cache = new HashMap<>();
    private String letzterText;
    /** {@link #letzterText} as characters, compared with the parser's buffer in one go. */
    private char[] letzteZeichen;
    /** {@link #letzterText} as single bytes; null when it holds a character beyond ISO-8859-1. */
    private byte[] letzteBytes;
    private LocalDate letztes;

    /** @param deutsch whether {@code dd.mm.yyyy} is accepted besides ISO {@code yyyy-mm-dd} */
    Datumscache(boolean deutsch) {
        this.deutsch = deutsch;
    }

    /** The date, or null when the text is not a valid date. */
    LocalDate get(Zeichenfolge text) {
        if (letzteZeichen != null && text.contentEquals(letzteZeichen)) {
            return letztes;
        }
        return lookup(text.toString());
    }

    /** The date of the text given as single-byte characters (ISO-8859-1), or null when it is not a valid date. */
    LocalDate get(byte[] b, int off, int n) {
        if (letzteBytes != null && Bytefolge.gleich(b, off, n, letzteBytes)) {
            return letztes;
        }
        return lookup(new String(b, off, n, StandardCharsets.ISO_8859_1));
    }

    /** The date, or null when the text is not a valid date. */
    LocalDate get(String text) {
        if (text.equals(letzterText)) {
            return letztes;
        }
        return lookup(text);
    }

    private LocalDate lookup(String s) {
        LocalDate d = cache.get(s);
        if (d == null) {
            d = parse(s, deutsch);
            if (cache.size() >= MAX) {
                cache.clear();
            }
            cache.put(s, d == null ? UNGUELTIG : d);
        } else if (d == UNGUELTIG) {
            d = null;
        }
        letzterText = s;
        letzteZeichen = s.toCharArray();
        letzteBytes = latin1(s);
        letztes = d;
        return d;
    }

    private static byte[] latin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return null;
            }
        }
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** ISO {@code yyyy-mm-dd} (and {@code dd.mm.yyyy} when allowed), checked before parsing. */
    static LocalDate parse(String s, boolean deutsch) {
        int y;
        int m;
        int d;
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            y = zahl(s, 0, 4);
            m = zahl(s, 5, 7);
            d = zahl(s, 8, 10);
        } else if (deutsch && s.length() == 10 && s.charAt(2) == '.' && s.charAt(5) == '.') {
            d = zahl(s, 0, 2);
            m = zahl(s, 3, 5);
            y = zahl(s, 6, 10);
        } else {
            return null;
        }
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int zahl(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
