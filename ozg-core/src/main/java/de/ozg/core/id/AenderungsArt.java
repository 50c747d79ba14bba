package de.ozg.core.id;

import java.util.Locale;

/**
 * The kinds of harmless repair that lenient normalisation of identifiers performs. Nothing else is
 * ever changed: a letter {@code O} for a zero, a missing digit or a blank inside a key stay errors.
 */
public enum AenderungsArt {
    /** Blanks (space, tab, line breaks) before or after the identifier were removed. */
    STRIPPED_BLANKS("%d umgebende(s) Leerzeichen entfernt", "stripped %d surrounding blank(s)"),
    /** Non-breaking spaces (U+00A0, U+202F, U+2007) before or after the identifier were removed. */
    REMOVED_NBSP("%d geschützte(s) Leerzeichen (NBSP) am Rand entfernt",
            "removed %d non-breaking space(s) at the ends"),
    /** Zero-width characters (U+200B..U+200D, U+2060, U+FEFF), wherever they were, were removed. */
    REMOVED_ZERO_WIDTH("%d unsichtbare(s) Zeichen ohne Breite entfernt", "removed %d zero-width character(s)"),
    /** Full-width digits (U+FF10..U+FF19) were converted to the ASCII digits 0-9. */
    CONVERTED_FULLWIDTH_DIGITS("%d vollbreite Ziffer(n) in 0-9 umgewandelt",
            "converted %d full-width digit(s) to 0-9"),
    /** A leading zero lost by storing the key as a number was restored. */
    RESTORED_LEADING_ZERO("%d verlorene führende Null(en) ergänzt", "restored %d lost leading zero(s)");

    private final String vorlageDe;
    private final String vorlageEn;

    AenderungsArt(String vorlageDe, String vorlageEn) {
        this.vorlageDe = vorlageDe;
        this.vorlageEn = vorlageEn;
    }

    String beschreibungDe(int anzahl) {
        return String.format(Locale.ROOT, vorlageDe, anzahl);
    }

    String beschreibungEn(int anzahl) {
        return String.format(Locale.ROOT, vorlageEn, anzahl);
    }
}
