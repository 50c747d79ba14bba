package de.ozg.core.validation;

import java.util.Locale;

/**
 * How serious a {@link Befund} is. An {@link #ERROR} makes the data invalid (a LeiKa key of the
 * wrong length), a {@link #WARNING} marks something suspicious that a vendor should look at (an
 * OZG-ID outside 10000 to 10999), an {@link #INFO} is a note without consequence (a regional LeiKa
 * key that does not start with {@code 99}).
 *
 * <p>Every rule has a standard severity; a {@link Regelwerk} may override it per rule. Immutable
 * and thread-safe, like every enum.
 */
public enum Severity {
    /** Makes the data invalid ("Fehler"). */
    ERROR("Fehler", "error", "Fehler", "errors"),
    /** Suspicious, to be checked by a person ("Warnung"). */
    WARNING("Warnung", "warning", "Warnungen", "warnings"),
    /** A note only ("Hinweis"). */
    INFO("Hinweis", "info", "Hinweise", "infos");

    private final String labelDe;
    private final String labelEn;
    private final String pluralDe;
    private final String pluralEn;

    Severity(String labelDe, String labelEn, String pluralDe, String pluralEn) {
        this.labelDe = labelDe;
        this.labelEn = labelEn;
        this.pluralDe = pluralDe;
        this.pluralEn = pluralEn;
    }

    /**
     * A count with the label in singular or plural: "1 Fehler", "2 Warnungen", "3 infos".
     *
     * @param n      the count
     * @param locale German for language {@code de}, English otherwise
     * @return the text
     */
    public String anzahl(long n, Locale locale) {
        return Sprache.isDeutsch(locale) ? Sprache.anzahl(n, labelDe, pluralDe) : Sprache.anzahl(n, labelEn, pluralEn);
    }

    /** The plural label for headings: "Fehler", "Warnungen", "Hinweise" / "errors", … */
    String plural(Locale locale) {
        return Sprache.waehle(locale, pluralDe, pluralEn);
    }

    /**
     * The German label as shown in reports: "Fehler", "Warnung" or "Hinweis".
     *
     * @return the German label
     */
    public String labelDe() {
        return labelDe;
    }

    /**
     * The English label: "error", "warning" or "info".
     *
     * @return the English label
     */
    public String labelEn() {
        return labelEn;
    }

    /**
     * The label in the given language: German when the locale's language is {@code de}, English
     * otherwise.
     *
     * @param locale the language, not null
     * @return the label
     */
    public String label(Locale locale) {
        return Sprache.isDeutsch(locale) ? labelDe : labelEn;
    }
}
