package de.ozg.core.validation.katalog;

/** Character-level helpers for raw cells: no regular expressions, no allocation unless needed. */
final class Texte {

    private Texte() {
    }

    static boolean isLeerzeichen(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /** Whether the text is null, empty or blanks only (NBSP included). */
    static boolean isLeer(String s) {
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isLeerzeichen(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The text without blanks (NBSP included) at either end; the same instance when there are none. */
    static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isLeerzeichen(s.charAt(a))) {
            a++;
        }
        while (b > a && isLeerzeichen(s.charAt(b - 1))) {
            b--;
        }
        return a == 0 && b == s.length() ? s : s.substring(a, b);
    }

    /** Whether the text has blanks at either end. */
    static boolean hatRandLeerzeichen(String s) {
        return !s.isEmpty() && (isLeerzeichen(s.charAt(0)) || isLeerzeichen(s.charAt(s.length() - 1)));
    }
}
