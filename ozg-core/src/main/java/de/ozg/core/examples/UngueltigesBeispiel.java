package de.ozg.core.examples;

import de.ozg.core.SafeText;
import de.ozg.core.OzgException;
import de.ozg.core.id.IdFormatException;
import de.ozg.core.id.IdFormatViolation;
import de.ozg.core.id.IdTyp;
import java.util.Objects;

/**
 * A text that strict parsing of one identifier type rejects with exactly one
 * {@link IdFormatViolation}, such as the 13-digit "ARS" {@code "1500200000000"} (WRONG_LENGTH) or the
 * LeiKa cell {@code "nicht im LeiKa"} (PLACEHOLDER). Downstream test suites use these to prove that
 * their own input handling reports the right problem instead of crashing or accepting garbage.
 *
 * <p>{@link #methode()} names the strict entry point the text is meant for – usually
 * {@code parse}, for {@link IdFormatViolation#INVALID_URN} {@code Leistungsschluessel.parseUrn} –
 * and {@link #parseStrict()} calls it. Immutable and thread-safe.
 */
public final class UngueltigesBeispiel {

    private final Einstieg einstieg;
    private final IdFormatViolation violation;
    private final String text;
    private final String beschreibung;

    UngueltigesBeispiel(Einstieg einstieg, IdFormatViolation violation, String text, String beschreibung) {
        this.einstieg = Objects.requireNonNull(einstieg, "einstieg");
        this.violation = Objects.requireNonNull(violation, "violation");
        this.text = Objects.requireNonNull(text, "text");
        this.beschreibung = Objects.requireNonNull(beschreibung, "beschreibung");
    }

    /** @return the identifier type the text pretends to be */
    public IdTyp idTyp() {
        return einstieg.idTyp;
    }

    /** @return the violation strict parsing reports */
    public IdFormatViolation violation() {
        return violation;
    }

    /**
     * The invalid text, exactly as a parser would receive it (invisible characters included).
     *
     * @return the text, never null (Bean Validation would treat null as valid)
     */
    public String text() {
        return text;
    }

    /** @return what is wrong with the text, in German, such as "Leerzeichen am Ende" */
    public String beschreibung() {
        return beschreibung;
    }

    /** @return the strict entry point, such as {@code "Ars.parse"} or {@code "Leistungsschluessel.parseUrn"} */
    public String methode() {
        return einstieg.methode;
    }

    /**
     * Calls the strict entry point with the text. It always throws; the exception's
     * {@link IdFormatException#violation()} is {@link #violation()}.
     *
     * @throws IdFormatException always, by design of the example
     * @throws IllegalStateException when the library unexpectedly accepted the text
     */
    public void parseStrict() {
        Object wert = einstieg.strikt.apply(text);
        throw new IllegalStateException(methode() + " accepted the invalid example " + this + " as " + wert);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof UngueltigesBeispiel b)) {
            return false;
        }
        return einstieg == b.einstieg && violation == b.violation && Objects.equals(text, b.text)
                && beschreibung.equals(b.beschreibung);
    }

    @Override
    public int hashCode() {
        return Objects.hash(einstieg, violation, text, beschreibung);
    }

    @Override
    public String toString() {
        return idTyp().bezeichnung() + " " + violation + " " + SafeText.quote(text) + " (" + beschreibung + ")";
    }
}
