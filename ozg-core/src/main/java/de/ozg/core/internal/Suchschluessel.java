package de.ozg.core.internal;

import java.util.Locale;

/**
 * The folded form of a name used for tolerant lookups: lower case, umlauts and ß spelled out
 * ({@code ä} becomes {@code ae}, also when written as {@code a} plus the combining diaeresis
 * U+0308), invisible characters (format characters such as the zero-width space U+200B and the soft
 * hyphen U+00AD, and other combining marks) dropped, every run of other characters (blanks of any
 * kind, NBSP, U+2009, U+3000, hyphens and dashes, slashes, punctuation, {@code &}) one underscore,
 * none at either end. So "Landesweit flächendeckend", "landesweit_flaechendeckend" and
 * "LANDESWEIT - FLÄCHENDECKEND " all fold to {@code landesweit_flaechendeckend}, and "Sachsen Anhalt",
 * "sachsen-anhalt" and "Sachsen\u00a0Anhalt" to {@code sachsen_anhalt}. The folded form is also the
 * snake_case code of an open classification value created from free text (see {@code
 * de.ozg.core.model.Phase}).
 *
 * <p><strong>Not API</strong> (see the {@linkplain de.ozg.core.internal package}): the reference
 * data in {@code de.ozg.core.ref} and the open classifications in {@code de.ozg.core.model} must
 * fold text in exactly the same way, so one implementation serves both. It is public only because
 * the two packages cannot share a package-private type; making it a documented utility of a public
 * domain type instead would promise its exact folding rules to users forever. Stateless,
 * thread-safe.
 */
public final class Suchschluessel {

    private Suchschluessel() {
    }

    /**
     * Folds a text to its search key.
     *
     * @param text the text, not null
     * @return the folded text: lower-case ASCII letters and digits joined by single underscores,
     *         empty when the text has no ASCII letter, digit or umlaut
     */
    public static String von(CharSequence text) {
        String s = text.toString().toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length() + 4);
        boolean trenner = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0308' && !trenner && endsWithUmlautBase(sb)) {
                sb.append('e');
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue;
            }
            String ersatz;
            switch (c) {
                case 'ä': ersatz = "ae"; break;
                case 'ö': ersatz = "oe"; break;
                case 'ü': ersatz = "ue"; break;
                case 'ß': ersatz = "ss"; break;
                default: ersatz = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ? String.valueOf(c) : null;
            }
            if (ersatz == null) {
                trenner = sb.length() > 0;
            } else {
                if (trenner) {
                    sb.append('_');
                    trenner = false;
                }
                sb.append(ersatz);
            }
        }
        return sb.toString();
    }

    private static boolean endsWithUmlautBase(StringBuilder sb) {
        int n = sb.length();
        if (n == 0) {
            return false;
        }
        char last = sb.charAt(n - 1);
        return last == 'a' || last == 'o' || last == 'u';
    }

    /**
     * Whether a character is a blank: the ASCII blanks (space, tab, line feed, vertical tab, form
     * feed, carriage return), NEL (U+0085) and every Unicode space, line and paragraph separator
     * (categories Zs, Zl, Zp: NBSP U+00A0, U+2007, U+2009, U+202F, U+3000 …). Zero-width characters
     * are format characters, not blanks. The one definition of a blank for lookups and for the
     * lenient normalisation of identifiers.
     *
     * @param c the character
     * @return true for a blank
     */
    public static boolean isBlank(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u0085' || c > 0x7f && Character.isSpaceChar(c);
    }

    /**
     * The text without blanks (see {@link #isBlank(char)}) and format characters (such as U+200B,
     * U+FEFF) at either end.
     *
     * @param text the text, not null
     * @return the stripped text
     */
    public static String strip(CharSequence text) {
        int start = 0;
        int end = text.length();
        while (start < end && isIgnorable(text.charAt(start))) {
            start++;
        }
        while (end > start && isIgnorable(text.charAt(end - 1))) {
            end--;
        }
        return text.subSequence(start, end).toString();
    }

    private static boolean isIgnorable(char c) {
        return isBlank(c) || Character.getType(c) == Character.FORMAT;
    }
}
