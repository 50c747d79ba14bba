package de.ozg.core.validation.katalog;

import de.ozg.core.table.TableRow;

/** Character-level helpers for raw cells: no regular expressions, no allocation unless needed. */
final class Texte {

    private Texte() {
    }

    /** Whether the text is null or {@linkplain TableRow#isBlank(CharSequence) blank}. */
    static boolean isLeer(String s) {
        return s == null || TableRow.isBlank(s);
    }

    private static boolean isLeerzeichen(char c) {
        return TableRow.isBlank(c);
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
}
