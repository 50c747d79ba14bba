package de.ozg.core.validation;

import java.util.Locale;
import java.util.Objects;

/** The one place that decides between the German and the English text of a message. */
final class Sprache {

    private Sprache() {
    }

    /** German for every locale whose language is {@code de}; everything else gets English. */
    static boolean isDeutsch(Locale locale) {
        return "de".equals(Objects.requireNonNull(locale, "locale").getLanguage());
    }

    static String waehle(Locale locale, String de, String en) {
        return isDeutsch(locale) ? de : en;
    }

    /** "1 Fehler", "2 Warnungen", "1 record", "3 records". */
    static String anzahl(long n, String einzahl, String mehrzahl) {
        return n + " " + (n == 1 ? einzahl : mehrzahl);
    }
}
