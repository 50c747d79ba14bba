package de.ozg.core.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The user-facing texts of one area of the library, held in a German and an English resource bundle
 * ({@code <base>_de.properties}, {@code <base>_en.properties}, UTF-8) and formatted with
 * {@link MessageFormat} under the matching locale.
 *
 * <p>Only the two languages the library speaks are ever chosen: German for every locale whose
 * language is {@code de}, English for everything else. The JVM's default locale plays no part —
 * a CI server in another country must print the same text — which is why the bundles are opened
 * with a control that does not fall back to it. Every text is a {@link MessageFormat} pattern, with
 * or without arguments: an apostrophe is written {@code ''}. A key missing from either bundle is a defect of
 * the library and fails loudly; the tests of each area check that both bundles hold the same keys.
 *
 * <p><strong>Not API</strong> (see the {@linkplain de.ozg.core.internal package}). Immutable and
 * thread-safe; the bundles are loaded once per instance.
 */
public final class Messages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String base;
    private final ResourceBundle de;
    private final ResourceBundle en;

    private Messages(String base, ClassLoader loader) {
        this.base = base;
        this.de = ResourceBundle.getBundle(base, Locale.GERMAN, loader, NO_FALLBACK);
        this.en = ResourceBundle.getBundle(base, Locale.ENGLISH, loader, NO_FALLBACK);
    }

    /**
     * Opens the bundles of one area.
     *
     * @param base   the bundle base name, such as {@code de.ozg.core.id.messages}
     * @param anchor a class whose class loader sees the bundles
     * @return the texts
     * @throws MissingResourceException if either language is missing
     */
    public static Messages of(String base, Class<?> anchor) {
        return new Messages(Objects.requireNonNull(base, "base"), anchor.getClassLoader());
    }

    /** @return whether texts for this locale are German (its language is {@code de}) */
    public static boolean isGerman(Locale locale) {
        return "de".equals(Objects.requireNonNull(locale, "locale").getLanguage());
    }

    /**
     * The formatted text of a key.
     *
     * @param locale    German for language {@code de}, English otherwise
     * @param key       the key, present in both bundles
     * @param arguments the {@link MessageFormat} arguments
     * @return the text
     * @throws MissingResourceException if the key is missing
     */
    public String format(Locale locale, String key, Object... arguments) {
        boolean german = isGerman(locale);
        String pattern = (german ? de : en).getString(key);
        return new MessageFormat(pattern, german ? Locale.GERMAN : Locale.ENGLISH).format(arguments);
    }

    /** @return the German text of a key; see {@link #format} */
    public String german(String key, Object... arguments) {
        return format(Locale.GERMAN, key, arguments);
    }

    /** @return the English text of a key; see {@link #format} */
    public String english(String key, Object... arguments) {
        return format(Locale.ENGLISH, key, arguments);
    }

    /** @return the keys of the German bundle (for tests that compare the two languages) */
    public Set<String> keysGerman() {
        return de.keySet();
    }

    /** @return the keys of the English bundle (for tests that compare the two languages) */
    public Set<String> keysEnglish() {
        return en.keySet();
    }

    @Override
    public String toString() {
        return "Messages[" + base + "]";
    }
}
