package de.ozg.examples.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The texts of the command-line tool in German and English ({@code texte_de.properties},
 * {@code texte_en.properties}, UTF-8), formatted with {@link MessageFormat}. Only the two languages
 * of {@code --lang} are ever chosen, whatever the JVM's default locale: a CI server abroad prints the
 * same text. Arguments are passed as text: a number given to a pattern would be grouped by the
 * pattern's locale, and line numbers must never be ("Zeile 4490", not "Zeile 4.490"), so
 * {@link Darstellung} formats every number before it reaches a pattern.
 */
final class Texte {

    static final String BUNDLE = "de.ozg.examples.cli.texte";

    private static final ResourceBundle.Control OHNE_RUECKFALL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final Texte DEUTSCH = new Texte(Locale.GERMAN);
    private static final Texte ENGLISCH = new Texte(Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    private Texte(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Texte.class.getClassLoader(), OHNE_RUECKFALL);
    }

    /** @return the texts for German ({@code de}) or, for every other language, English */
    static Texte of(Locale locale) {
        return "de".equals(locale.getLanguage()) ? DEUTSCH : ENGLISCH;
    }

    Locale locale() {
        return locale;
    }

    /**
     * The text of a key.
     *
     * @param key       present in both bundles (a test holds them equal)
     * @param argumente the arguments; numbers are written without grouping
     * @return the formatted text
     * @throws MissingResourceException for a key that is missing: a defect of the tool
     */
    String text(String key, Object... argumente) {
        String muster = bundle.getString(key);
        if (argumente.length == 0) {
            return new MessageFormat(muster, locale).format(new Object[0]);
        }
        Object[] alsText = new Object[argumente.length];
        for (int i = 0; i < argumente.length; i++) {
            Object a = argumente[i];
            alsText[i] = a instanceof Number ? a.toString() : a == null ? "" : a.toString();
        }
        return new MessageFormat(muster, locale).format(alsText);
    }

    /** @return whether the key exists in this language */
    boolean hat(String key) {
        return bundle.containsKey(key);
    }

    /** @return the keys of this language (for the test that compares the two) */
    Set<String> keys() {
        return bundle.keySet();
    }

    /**
     * The key of an enum constant's label: {@code enum.} plus the class's name inside its package
     * ({@code Veraenderung.Art}) plus the constant.
     */
    static String labelKey(Enum<?> wert) {
        String name = wert.getDeclaringClass().getName();
        name = name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
        return "enum." + name + "." + wert.name();
    }
}
