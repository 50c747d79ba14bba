package de.ozg.core.ref;

import java.util.Locale;

/**
 * The folded form of a name used for tolerant lookups: lower case, umlauts and ß spelled out
 * ({@code ä} becomes {@code ae}), every run of other characters (blanks, NBSP, punctuation,
 * {@code &}) one underscore, none at either end. So "Landesweit flächendeckend",
 * "landesweit_flaechendeckend" and "LANDESWEIT - FLÄCHENDECKEND " all fold to
 * {@code landesweit_flaechendeckend}.
 */
final class Suchschluessel {

    private Suchschluessel() {
    }

    static String von(CharSequence text) {
        String s = text.toString().toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length() + 4);
        boolean trenner = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
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
}
