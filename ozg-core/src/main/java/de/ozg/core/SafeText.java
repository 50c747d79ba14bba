package de.ozg.core;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Text from input files made safe to show: characters that a terminal would act on, or that hide or
 * reorder what is displayed, are written as {@code \}{@code uXXXX}.
 *
 * <p>A status file, a CSV header or a JSON field name is data from outside. Echoed raw, {@code ESC ]0;…
 * BEL} retitles the terminal, {@code ESC [2J} clears it, the single-character CSI {@code U+009B} does
 * the same on terminals that honour C1 controls, and the bidirectional controls make a line read
 * differently from how it is stored. The <em>unsafe</em> characters are therefore: the C0 controls
 * U+0000–U+001F, DEL U+007F and the C1 controls U+0080–U+009F (general category Cc); every format
 * character (Cf), among them the bidirectional controls U+061C, U+200E, U+200F, U+202A–U+202E and
 * U+2066–U+2069 and the zero-width characters; and the line and paragraph separators U+2028,
 * U+2029. A character outside the Basic Multilingual Plane is written as its two UTF-16 units.
 *
 * <p>The escape form is the same everywhere, and is also a valid escape inside a JSON string, so a
 * {@linkplain #escaping(Writer) filtered} stream of JSON stays valid JSON with the same content.
 *
 * <p>Stateless utility; thread-safe.
 */
public final class SafeText {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SafeText() {
    }

    /**
     * Whether a character must not reach a terminal as it is (see the class comment).
     *
     * @param codePoint a Unicode code point or a single UTF-16 unit
     * @return true for C0, DEL, C1, format characters and the line and paragraph separators
     */
    public static boolean isUnsafe(int codePoint) {
        if (codePoint >= 0x20 && codePoint < 0x7f) {
            return false;
        }
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /**
     * The text with every unsafe character written as {@code \}{@code uXXXX}; everything else, line
     * breaks included, is escaped too only if unsafe (a line break is: an echoed value stays on its
     * line).
     *
     * @param text the text, may be null
     * @return the escaped text, {@code "null"} for null; the same string when nothing needs escaping
     */
    public static String escape(CharSequence text) {
        if (text == null) {
            return "null";
        }
        int n = text.length();
        int i = 0;
        while (i < n && !unsafeAt(text, i)) {
            i++;
        }
        if (i == n) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder(n + 16).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (unsafeAt(text, i)) {
                appendEscape(sb, c);
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    appendEscape(sb, text.charAt(++i));
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * A value in single quotes for a message, so that blanks and invisible characters show: unsafe
     * characters, whitespace other than the plain blank and the non-breaking spaces are written as
     * {@code \}{@code uXXXX}.
     *
     * @param value the value, may be null
     * @return the quoted value, or {@code null} without quotes
     */
    public static String quote(CharSequence value) {
        if (value == null) {
            return "null";
        }
        int n = value.length();
        StringBuilder sb = new StringBuilder(n + 2).append('\'');
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (unsafeAt(value, i) || Character.isWhitespace(c) && c != ' ' || c == '\u00a0' || c == '\u2007'
                    || c == '\u202f') {
                appendEscape(sb, c);
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                    appendEscape(sb, value.charAt(++i));
                }
            } else {
                sb.append(c);
            }
        }
        return sb.append('\'').toString();
    }

    /**
     * A writer that escapes every unsafe character on its way to {@code out}, except the line breaks
     * LF and CR LF and the tab, which a report needs. For the output of command-line tools: whatever
     * a file smuggles into a message, a value or a name reaches the terminal inert.
     *
     * @param out the target, flushed and closed with the returned writer
     * @return the filtering writer; not thread-safe
     */
    public static Writer escaping(Writer out) {
        return new EscapingWriter(Objects.requireNonNull(out, "out"));
    }

    private static boolean unsafeAt(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c >= 0x20 && c < 0x7f) {
            return false;
        }
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            return isUnsafe(Character.toCodePoint(c, s.charAt(i + 1)));
        }
        return isUnsafe(c);
    }

    private static void appendEscape(StringBuilder sb, char c) {
        sb.append('\\').append('u').append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                .append(HEX[c & 0xF]);
    }

    /** See {@link #escaping(Writer)}. A CR is held back until the next character shows whether it begins a CR LF. */
    private static final class EscapingWriter extends FilterWriter {
        private final char[] escape = {'\\', 'u', 0, 0, 0, 0};
        private boolean cr;
        private char high;

        EscapingWriter(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            put((char) c);
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, cbuf.length);
            int start = off;
            int end = off + len;
            for (int i = off; i < end; i++) {
                char c = cbuf[i];
                if (!cr && high == 0 && passes(c)) {
                    continue;
                }
                out.write(cbuf, start, i - start);
                put(c);
                start = i + 1;
            }
            out.write(cbuf, start, end - start);
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, str.length());
            int start = off;
            int end = off + len;
            for (int i = off; i < end; i++) {
                char c = str.charAt(i);
                if (!cr && high == 0 && passes(c)) {
                    continue;
                }
                out.write(str, start, i - start);
                put(c);
                start = i + 1;
            }
            out.write(str, start, end - start);
        }

        /** Whether a character goes out as it is, whatever comes before or after it. */
        private static boolean passes(char c) {
            return c >= 0x20 && c < 0x7f || c == '\n' || c == '\t'
                    || c > 0x9f && !Character.isSurrogate(c) && !isUnsafe(c);
        }

        private void put(char c) throws IOException {
            if (cr) {
                cr = false;
                if (c == '\n') {
                    out.write("\r\n");
                    return;
                }
                writeEscape('\r');
            }
            if (high != 0) {
                char h = high;
                high = 0;
                if (Character.isLowSurrogate(c)) {
                    if (isUnsafe(Character.toCodePoint(h, c))) {
                        writeEscape(h);
                        writeEscape(c);
                    } else {
                        out.write(h);
                        out.write(c);
                    }
                    return;
                }
                out.write(h);
            }
            if (c == '\r') {
                cr = true;
            } else if (Character.isHighSurrogate(c)) {
                high = c;
            } else if (c == '\n' || c == '\t' || !isUnsafe(c)) {
                out.write(c);
            } else {
                writeEscape(c);
            }
        }

        private void writeEscape(char c) throws IOException {
            escape[2] = HEX[c >> 12 & 0xF];
            escape[3] = HEX[c >> 8 & 0xF];
            escape[4] = HEX[c >> 4 & 0xF];
            escape[5] = HEX[c & 0xF];
            out.write(escape, 0, 6);
        }

        private void pending() throws IOException {
            if (cr) {
                cr = false;
                writeEscape('\r');
            }
            if (high != 0) {
                out.write(high);
                high = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            pending();
            out.close();
        }
    }
}
