package de.ozg.core.id;

import de.ozg.core.SafeText;
import de.ozg.core.OzgException;
import java.util.Optional;

/**
 * The kind of a FIM building block (Föderales Informationsmanagement), given by the first letter of
 * its {@link FimId}: data schemas, field groups, fields and rules of the FIM Baustein Datenfelder,
 * code lists and document profiles.
 */
public enum FimArt {
    /** {@code S} Stammdatenschema, the data schema of a service. */
    STAMMDATENSCHEMA('S', "Stammdatenschema"),
    /** {@code G} Feldgruppe, a group of fields. */
    FELDGRUPPE('G', "Feldgruppe"),
    /** {@code F} Feld (Datenfeld), a single field. */
    FELD('F', "Feld"),
    /** {@code R} Regel, a rule on fields. */
    REGEL('R', "Regel"),
    /** {@code C} Codeliste, a list of codes. */
    CODELISTE('C', "Codeliste"),
    /** {@code D} Dokumentsteckbrief, the profile of a document. */
    DOKUMENTSTECKBRIEF('D', "Dokumentsteckbrief");

    private final char buchstabe;
    private final String bezeichnung;

    FimArt(char buchstabe, String bezeichnung) {
        this.buchstabe = buchstabe;
        this.bezeichnung = bezeichnung;
    }

    /**
     * The upper-case letter that starts the FIM-ID, such as {@code 'S'}.
     *
     * @return the letter
     */
    public char buchstabe() {
        return buchstabe;
    }

    /**
     * The German name, such as "Stammdatenschema".
     *
     * @return the name
     */
    public String bezeichnung() {
        return bezeichnung;
    }

    /**
     * The kind with the given upper-case letter.
     *
     * @param buchstabe the letter
     * @return the kind, or empty for any other character (lower case included)
     */
    public static Optional<FimArt> find(char buchstabe) {
        FimArt art = lookup(buchstabe);
        return Optional.ofNullable(art);
    }

    /**
     * The kind with the given upper-case letter.
     *
     * @param buchstabe the letter
     * @return the kind
     * @throws IdFormatException with {@link IdFormatViolation#INVALID_FIM_TYPE}
     */
    public static FimArt ofBuchstabe(char buchstabe) {
        FimArt art = lookup(buchstabe);
        if (art == null) {
            String s = String.valueOf(buchstabe);
            throw Ids.error(IdTyp.FIM_ID, IdFormatViolation.INVALID_FIM_TYPE, Text.of("fim.art", SafeText.quote(s)),
                    s, Text.of("form.fim.art"));
        }
        return art;
    }

    static FimArt lookup(char c) {
        switch (c) {
            case 'S': return STAMMDATENSCHEMA;
            case 'G': return FELDGRUPPE;
            case 'F': return FELD;
            case 'R': return REGEL;
            case 'C': return CODELISTE;
            case 'D': return DOKUMENTSTECKBRIEF;
            default: return null;
        }
    }
}
