package de.ozg.core.validation;

import de.ozg.core.SafeText;
import de.ozg.core.OzgException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding of a check: which rule (stable id such as {@code OZG-ID-FORMAT}), how serious, about
 * which subject (an OZG-ID, a LeiKa key, an ARS, as text), where ({@link Fundstelle}), the
 * offending value exactly as given, and a message in German and English. Findings are values, not
 * exceptions: a {@link Pruefbericht} collects all of them.
 *
 * <p>Build one with {@link #builder()}; rules usually report through
 * {@link Kontext#report(String, String)} instead. Immutable and thread-safe.
 */
public final class Befund {

    private final String regelId;
    private final Severity severity;
    private final String gegenstand;
    private final Fundstelle fundstelle;
    private final String wert;
    private final String meldungDe;
    private final String meldungEn;

    private Befund(Builder b) {
        this.regelId = RegelwerkException.requireRegelId(b.regelId);
        this.severity = Objects.requireNonNull(b.severity, "severity");
        this.gegenstand = b.gegenstand;
        this.fundstelle = Objects.requireNonNull(b.fundstelle, "fundstelle");
        this.wert = b.wert;
        this.meldungDe = RegelwerkException.requireText(b.meldungDe, "Meldung (de)");
        this.meldungEn = RegelwerkException.requireText(b.meldungEn, "Meldung (en)");
    }

    /**
     * A new builder; rule id, severity and both messages are required, the location defaults to
     * {@link Fundstelle#unbekannt()}.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder pre-filled with this finding's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().regelId(regelId).severity(severity).gegenstand(gegenstand).fundstelle(fundstelle)
                .wert(wert).meldung(meldungDe, meldungEn);
    }

    /**
     * The stable id of the rule that produced the finding, e.g. {@code OZG-ID-FORMAT}.
     *
     * @return the rule id, never blank
     */
    public String regelId() {
        return regelId;
    }

    /**
     * The severity, after any override of the rule set.
     *
     * @return the severity
     */
    public Severity severity() {
        return severity;
    }

    /**
     * The subject the finding is about, as text: an OZG-ID, a LeiKa key, an ARS.
     *
     * @return the subject, or empty
     */
    public Optional<String> gegenstand() {
        return Optional.ofNullable(gegenstand);
    }

    /**
     * Where it was found.
     *
     * @return the location, {@link Fundstelle#unbekannt()} when not known
     */
    public Fundstelle fundstelle() {
        return fundstelle;
    }

    /**
     * The offending value exactly as it was given, blanks and invisible characters included.
     *
     * @return the value, or empty
     */
    public Optional<String> wert() {
        return Optional.ofNullable(wert);
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
     * A copy with another severity.
     *
     * @param severity the new severity
     * @return this finding when unchanged, else the copy
     */
    public Befund withSeverity(Severity severity) {
        return severity == this.severity ? this : toBuilder().severity(severity).build();
    }

    /**
     * A copy at another location.
     *
     * @param fundstelle the new location
     * @return the copy
     */
    public Befund withFundstelle(Fundstelle fundstelle) {
        return toBuilder().fundstelle(fundstelle).build();
    }

    /**
     * One line for people: location, rule id, subject, value and message, e.g.
     * {@code Zeile 12, Spalte LeiKa-Schlüssel [LEIKA-FORMAT] Gegenstand 10000, Wert '9904': …}.
     * The value is quoted so that blanks and invisible characters show.
     *
     * @param locale German for language {@code de}, English otherwise
     * @return the text, without severity (reports group by severity)
     */
    public String toText(Locale locale) {
        boolean de = Sprache.isDeutsch(locale);
        StringBuilder sb = new StringBuilder(fundstelle.toText(locale)).append(" [").append(regelId).append(']');
        if (gegenstand != null) {
            sb.append(de ? " Gegenstand " : " subject ").append(gegenstand);
        }
        if (wert != null) {
            sb.append(gegenstand != null ? "," : "").append(de ? " Wert " : " value ").append(SafeText.quote(wert));
        }
        return sb.append(": ").append(meldung(locale)).toString();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Befund other)) {
            return false;
        }
        return regelId.equals(other.regelId) && severity == other.severity
                && Objects.equals(gegenstand, other.gegenstand) && fundstelle.equals(other.fundstelle)
                && Objects.equals(wert, other.wert) && meldungDe.equals(other.meldungDe)
                && meldungEn.equals(other.meldungEn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regelId, severity, gegenstand, fundstelle, wert, meldungDe, meldungEn);
    }

    @Override
    public String toString() {
        return "Befund[" + severity + " " + toText(Locale.ENGLISH) + "]";
    }

    /**
     * Builds a {@link Befund}. Mutable and not thread-safe; {@link #build()} checks the invariants.
     */
    public static final class Builder {
        private String regelId;
        private Severity severity;
        private String gegenstand;
        private Fundstelle fundstelle = Fundstelle.unbekannt();
        private String wert;
        private String meldungDe;
        private String meldungEn;

        private Builder() {
        }

        /**
         * @param regelId the stable rule id, non-blank, without whitespace
         * @return this builder
         */
        public Builder regelId(String regelId) {
            this.regelId = regelId;
            return this;
        }

        /**
         * @param severity the severity
         * @return this builder
         */
        public Builder severity(Severity severity) {
            this.severity = severity;
            return this;
        }

        /**
         * @param gegenstand the subject as text, or null for none
         * @return this builder
         */
        public Builder gegenstand(String gegenstand) {
            this.gegenstand = gegenstand;
            return this;
        }

        /**
         * @param fundstelle the location; null means {@link Fundstelle#unbekannt()}
         * @return this builder
         */
        public Builder fundstelle(Fundstelle fundstelle) {
            this.fundstelle = fundstelle == null ? Fundstelle.unbekannt() : fundstelle;
            return this;
        }

        /**
         * @param wert the offending value as given, or null for none
         * @return this builder
         */
        public Builder wert(String wert) {
            this.wert = wert;
            return this;
        }

        /**
         * @param meldungDe the German message, non-blank
         * @param meldungEn the English message, non-blank
         * @return this builder
         */
        public Builder meldung(String meldungDe, String meldungEn) {
            this.meldungDe = meldungDe;
            this.meldungEn = meldungEn;
            return this;
        }

        /**
         * @return the finding
         * @throws RegelwerkException if the rule id or a message is blank
         * @throws NullPointerException if the severity is missing
         */
        public Befund build() {
            return new Befund(this);
        }
    }
}
