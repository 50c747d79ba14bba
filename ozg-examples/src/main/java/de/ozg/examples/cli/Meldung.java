package de.ozg.examples.cli;

import java.util.List;
import java.util.Locale;

/**
 * A text of the tool not yet put into words: its key and arguments, rendered in either language on
 * demand. Findings carry their message in German and English at once, and a cause found once (a
 * directory, a UTF-16 file) is shown in the language of the run and stored in both.
 *
 * @param key       the key in {@code texte_*.properties}
 * @param argumente the arguments, already formatted where they are numbers
 */
record Meldung(String key, List<Object> argumente) {

    Meldung {
        argumente = List.copyOf(argumente);
    }

    static Meldung of(String key, Object... argumente) {
        return new Meldung(key, List.of(argumente));
    }

    String in(Locale locale) {
        return Texte.of(locale).text(key, argumente.toArray());
    }

    String de() {
        return in(Locale.GERMAN);
    }

    String en() {
        return in(Locale.ENGLISH);
    }
}
