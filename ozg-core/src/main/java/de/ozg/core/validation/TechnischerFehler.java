package de.ozg.core.validation;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A failure that kept the data from being checked, as opposed to a {@link Befund} about the data:
 * a file that cannot be read, bytes that are not valid UTF-8, a truncated JSON document. A report
 * with a technical failure has the verdict {@link Verdict#NOT_CHECKABLE}.
 *
 * <p>The cause is kept as a description (exception class and message), never as the exception
 * itself, so that reports stay plain values that can be serialised and compared. Immutable and
 * thread-safe.
 */
public final class TechnischerFehler {

    private final String meldungDe;
    private final String meldungEn;
    private final Fundstelle fundstelle;
    private final String ursache;

    private TechnischerFehler(String meldungDe, String meldungEn, Fundstelle fundstelle, String ursache) {
        this.meldungDe = RegelwerkException.requireText(meldungDe, "Meldung (de)");
        this.meldungEn = RegelwerkException.requireText(meldungEn, "Meldung (en)");
        this.fundstelle = Objects.requireNonNull(fundstelle, "fundstelle");
        this.ursache = ursache;
    }

    /**
     * A technical failure without cause and location.
     *
     * @param meldungDe the German message, non-blank
     * @param meldungEn the English message, non-blank
     * @return the failure
     */
    public static TechnischerFehler of(String meldungDe, String meldungEn) {
        return new TechnischerFehler(meldungDe, meldungEn, Fundstelle.unbekannt(), null);
    }

    /**
     * A technical failure caused by an exception; only its description is kept.
     *
     * @param meldungDe the German message, non-blank
     * @param meldungEn the English message, non-blank
     * @param cause     the exception, or null
     * @return the failure
     */
    public static TechnischerFehler of(String meldungDe, String meldungEn, Throwable cause) {
        return new TechnischerFehler(meldungDe, meldungEn, Fundstelle.unbekannt(), describe(cause));
    }

    /**
     * Describes an exception as its class name and message, e.g.
     * {@code java.nio.charset.MalformedInputException: Input length = 1}.
     *
     * @param cause the exception, or null
     * @return the description, or null for null
     */
    static String describe(Throwable cause) {
        if (cause == null) {
            return null;
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getName()
                : cause.getClass().getName() + ": " + message;
    }

    /**
     * A copy at the given location (usually the file, perhaps the line where reading broke off).
     *
     * @param fundstelle the location, not null
     * @return the copy
     */
    public TechnischerFehler withFundstelle(Fundstelle fundstelle) {
        return new TechnischerFehler(meldungDe, meldungEn, fundstelle, ursache);
    }

    /**
     * A copy with the given cause description.
     *
     * @param ursache the description, or null for none
     * @return the copy
     */
    public TechnischerFehler withUrsache(String ursache) {
        return new TechnischerFehler(meldungDe, meldungEn, fundstelle, ursache);
    }

    /**
     * The German message.
     *
     * @return the message, never blank
     */
    public String meldungDe() {
        return meldungDe;
    }

    /**
     * The English message.
     *
     * @return the message, never blank
     */
    public String meldungEn() {
        return meldungEn;
    }

    /**
     * The message in the given language: German for language {@code de}, English otherwise.
     *
     * @param locale the language, not null
     * @return the message
     */
    public String meldung(Locale locale) {
        return Sprache.waehle(locale, meldungDe, meldungEn);
    }

    /**
     * Where it happened.
     *
     * @return the location, {@link Fundstelle#unbekannt()} when not known
     */
    public Fundstelle fundstelle() {
        return fundstelle;
    }

    /**
     * The description of the underlying cause, e.g. exception class and message.
     *
     * @return the description, or empty
     */
    public Optional<String> ursache() {
        return Optional.ofNullable(ursache);
    }

    /**
     * One line for people: location, message and cause.
     *
     * @param locale German for language {@code de}, English otherwise
     * @return the text
     */
    public String toText(Locale locale) {
        String text = fundstelle.toText(locale) + ": " + meldung(locale);
        return ursache == null ? text : text + " (" + ursache + ")";
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TechnischerFehler other)) {
            return false;
        }
        return meldungDe.equals(other.meldungDe) && meldungEn.equals(other.meldungEn)
                && fundstelle.equals(other.fundstelle) && Objects.equals(ursache, other.ursache);
    }

    @Override
    public int hashCode() {
        return Objects.hash(meldungDe, meldungEn, fundstelle, ursache);
    }

    @Override
    public String toString() {
        return "TechnischerFehler[" + toText(Locale.ENGLISH) + "]";
    }
}
