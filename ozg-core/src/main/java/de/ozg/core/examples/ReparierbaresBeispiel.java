package de.ozg.core.examples;

import de.ozg.core.SafeText;
import de.ozg.core.OzgException;
import de.ozg.core.id.Aenderung;
import de.ozg.core.id.IdTyp;
import de.ozg.core.id.Normalisierung;
import java.util.List;
import java.util.Objects;

/**
 * A text with harmless defects – surrounding blanks, non-breaking spaces, zero-width characters,
 * full-width digits, a leading zero lost in a spreadsheet – that strict parsing rejects but lenient
 * normalisation repairs, together with the canonical text it must repair to and the exact list of
 * repairs it must report. Immutable and thread-safe.
 */
public final class ReparierbaresBeispiel {

    private final Einstieg einstieg;
    private final String text;
    private final String erwartet;
    private final List<Aenderung> aenderungen;
    private final String beschreibung;

    ReparierbaresBeispiel(Einstieg einstieg, String text, String erwartet, List<Aenderung> aenderungen,
            String beschreibung) {
        if (einstieg.lenient == null) {
            throw new IllegalArgumentException(einstieg.idTyp + " has no lenient normalisation");
        }
        this.einstieg = einstieg;
        this.text = Objects.requireNonNull(text, "text");
        this.erwartet = Objects.requireNonNull(erwartet, "erwartet");
        this.aenderungen = List.copyOf(aenderungen);
        this.beschreibung = Objects.requireNonNull(beschreibung, "beschreibung");
    }

    /** @return the identifier type */
    public IdTyp idTyp() {
        return einstieg.idTyp;
    }

    /** @return the defective text, invisible characters included */
    public String text() {
        return text;
    }

    /** @return the canonical text normalisation must produce, such as {@code "01001000"} */
    public String erwartet() {
        return erwartet;
    }

    /**
     * The repairs {@link Normalisierung#aenderungen()} must report, in its order.
     *
     * @return an unmodifiable list, never empty
     */
    public List<Aenderung> aenderungen() {
        return aenderungen;
    }

    /** @return what is wrong with the text, in German */
    public String beschreibung() {
        return beschreibung;
    }

    /**
     * Runs the identifier type's lenient {@code normalize} on the text.
     *
     * @return the outcome; for a correct library it succeeds with {@link #erwartet()}
     */
    public Normalisierung<?> normalize() {
        return einstieg.lenient.apply(text);
    }

    /**
     * Runs the identifier type's strict {@code parse} on the text, which must reject it.
     *
     * @throws de.ozg.core.id.IdFormatException always, by design of the example
     * @throws IllegalStateException when the library unexpectedly accepted the text
     */
    public void parseStrict() {
        Object wert = einstieg.strikt.apply(text);
        throw new IllegalStateException(einstieg.methode + " accepted the defective example " + this + " as " + wert);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ReparierbaresBeispiel b)) {
            return false;
        }
        return einstieg == b.einstieg && text.equals(b.text) && erwartet.equals(b.erwartet)
                && aenderungen.equals(b.aenderungen) && beschreibung.equals(b.beschreibung);
    }

    @Override
    public int hashCode() {
        return Objects.hash(einstieg, text, erwartet, aenderungen, beschreibung);
    }

    @Override
    public String toString() {
        return idTyp().bezeichnung() + " " + SafeText.quote(text) + " -> " + erwartet + " " + aenderungen
                + " (" + beschreibung + ")";
    }
}
