package de.ozg.core.internal;

import java.util.Locale;

/**
 * The folded form of a name used for tolerant lookups: lower case, umlauts and ß spelled out
 * ({@code ä} becomes {@code ae}), every run of other characters (blanks, NBSP, hyphens, slashes,
 * punctuation, {@code &}) one underscore, none at either end. So "Landesweit flächendeckend",
 * "landesweit_flaechendeckend" and "LANDESWEIT - FLÄCHENDECKEND " all fold to
 * {@code landesweit_flaechendeckend}. The folded form is also the snake_case code of an open
 * classification value created from free text (see {@code de.ozg.core.model.Phase}).
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
