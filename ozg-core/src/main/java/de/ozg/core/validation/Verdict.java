package de.ozg.core.validation;

import java.util.Locale;

/**
 * The overall verdict of a {@link Pruefbericht}, the one word a KITU vendor or a CI gate looks at
 * first. Findings of severity {@link Severity#INFO} never change the verdict.
 *
 * <p>{@link #NOT_CHECKABLE} wins over every other verdict: when a file could not be read or a
 * technical failure interrupted the check, the data was not completely checked, so no statement
 * about its validity is possible even if errors were already found. Immutable and thread-safe.
 */
public enum Verdict {
    /** No errors, no warnings, no technical failures. */
    VALID("GUELTIG", "gültig", "valid"),
    /** No errors, at least one warning, no technical failures. */
    VALID_WITH_WARNINGS("GUELTIG_MIT_WARNUNGEN", "gültig mit Warnungen", "valid with warnings"),
    /** At least one error, no technical failures. */
    INVALID("UNGUELTIG", "ungültig", "invalid"),
    /** At least one technical failure: the data could not be checked completely. */
    NOT_CHECKABLE("NICHT_PRUEFBAR", "nicht prüfbar", "not checkable");

    private final String code;
    private final String labelDe;
    private final String labelEn;

    Verdict(String code, String labelDe, String labelEn) {
        this.code = code;
        this.labelDe = labelDe;
        this.labelEn = labelEn;
    }

    /**
     * Derives the verdict from counts; the single definition used by every report.
     *
     * @param fehler           number of errors (stored and suppressed)
     * @param warnungen        number of warnings (stored and suppressed)
     * @param technischeFehler number of technical failures
     * @return the verdict
     */
    public static Verdict of(long fehler, long warnungen, long technischeFehler) {
        if (technischeFehler > 0) {
            return NOT_CHECKABLE;
        }
        if (fehler > 0) {
            return INVALID;
        }
        return warnungen > 0 ? VALID_WITH_WARNINGS : VALID;
    }

    /**
     * Whether the data may be used: {@link #VALID} or {@link #VALID_WITH_WARNINGS}.
     *
     * @return true for the two valid verdicts
     */
    public boolean isValid() {
        return this == VALID || this == VALID_WITH_WARNINGS;
    }

    /**
     * The stable code of the verdict in the library's JSON documents and reports, such as {@code
     * "GUELTIG_MIT_WARNUNGEN"}: like the rule ids it is German and does not change with the Java name.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The German label, e.g. "gültig mit Warnungen".
     *
     * @return the German label
     */
    public String labelDe() {
        return labelDe;
    }

    /**
     * The English label, e.g. "valid with warnings".
     *
     * @return the English label
     */
    public String labelEn() {
        return labelEn;
    }

    /**
     * The label in the given language (German for language {@code de}, English otherwise).
     *
     * @param locale the language, not null
     * @return the label
     */
    public String label(Locale locale) {
        return Sprache.waehle(locale, labelDe, labelEn);
    }
}
