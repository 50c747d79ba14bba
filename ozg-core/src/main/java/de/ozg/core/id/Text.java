package de.ozg.core.id;

import de.ozg.core.internal.Messages;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;

/**
 * A user-facing text of this package as a key of the bundles {@code de/ozg/core/id/messages_de}
 * and {@code _en} with its arguments, so that one exception can be read in German and in English.
 * Arguments are kept as strings (numbers are formatted here, never by {@code MessageFormat}, which
 * would group {@code 99999} as {@code 99,999}) or as nested texts, formatted in the same language.
 * Immutable; serializable with its exception.
 */
final class Text implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final Object[] arguments;

    private Text(String key, Object[] arguments) {
        this.key = key;
        this.arguments = arguments;
    }

    /**
     * @param key       a key of both bundles
     * @param arguments strings, numbers (written with {@code String.valueOf}) or nested texts
     */
    static Text of(String key, Object... arguments) {
        Object[] a = new Object[arguments.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = arguments[i] instanceof Text ? arguments[i] : String.valueOf(arguments[i]);
        }
        return new Text(key, a);
    }

    /** The text in German for language {@code de}, else in English. */
    String format(Locale locale) {
        Object[] a = new Object[arguments.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = arguments[i] instanceof Text ? ((Text) arguments[i]).format(locale) : arguments[i];
        }
        return Bundles.MESSAGES.format(locale, key, a);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(arguments);
    }

    /** The bundles, opened on first use rather than when the class loads. */
    static final class Bundles {
        static final Messages MESSAGES = Messages.of("de.ozg.core.id.messages", Text.class);

        private Bundles() {
        }
    }
}
