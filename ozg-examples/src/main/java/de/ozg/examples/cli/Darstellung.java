package de.ozg.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * How every text and HTML output of the tool writes numbers, shares, dates and labels, in the
 * language of {@code --lang}: German {@code 4.797}, {@code 49,7 %}, {@code 31.12.2019}; English
 * {@code 4,797}, {@code 49.7 %}, {@code 2019-12-31}. Counts are grouped, line numbers and years never
 * are. A share is rounded down to one decimal, so that only a complete coverage reads
 * {@code 100,0 %} (99.96 % must not pass as flächendeckend); a change is rounded to the nearest.
 * The separators are fixed here rather than taken from the JVM, so every machine prints the same.
 * Immutable and thread-safe.
 */
final class Darstellung {

    private static final DateTimeFormatter DATUM_DE = DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.ROOT);

    private final Texte texte;
    private final boolean deutsch;

    private Darstellung(Locale locale) {
        this.texte = Texte.of(locale);
        this.deutsch = "de".equals(locale.getLanguage());
    }

    /** @return the presentation for German ({@code de}) or, for every other language, English */
    static Darstellung of(Locale locale) {
        return new Darstellung(locale);
    }

    Locale locale() {
        return deutsch ? Locale.GERMAN : Locale.ENGLISH;
    }

    boolean isDeutsch() {
        return deutsch;
    }

    /** A count, grouped by thousands: {@code 4.797} / {@code 4,797}; negative with a minus. */
    String zahl(long n) {
        String ziffern = n < 0 ? Long.toString(n).substring(1) : Long.toString(n);
        char trenner = deutsch ? '.' : ',';
        StringBuilder sb = new StringBuilder(ziffern.length() + ziffern.length() / 3 + 1);
        if (n < 0) {
            sb.append('-');
        }
        int erste = ziffern.length() % 3 == 0 ? 3 : ziffern.length() % 3;
        sb.append(ziffern, 0, erste);
        for (int i = erste; i < ziffern.length(); i += 3) {
            sb.append(trenner).append(ziffern, i, i + 3);
        }
        return sb.toString();
    }

    /** A line number or other ordinal that is never grouped: {@code 4490}. */
    String nummer(long n) {
        return Long.toString(n);
    }

    /**
     * A share 0..1 as percent, rounded down to one decimal: {@code 49,7 %}.
     *
     * @param anteil the share; NaN gives a dash
     */
    String prozent(double anteil) {
        if (Double.isNaN(anteil)) {
            return "–";
        }
        // the small epsilon keeps 0.497 (stored as 0.49699…) at 49,7 and not 49,6
        long promille = (long) Math.floor(anteil * 1000 + 1e-7);
        return zehntel(promille) + " %";
    }

    /**
     * A share of two counts as percent, rounded down to one decimal, exactly: {@code 49,7 %}; a dash
     * when the denominator is 0.
     */
    String prozent(long zaehler, long nenner) {
        if (nenner <= 0) {
            return "–";
        }
        return zehntel(java.math.BigInteger.valueOf(zaehler).multiply(java.math.BigInteger.valueOf(1000))
                .divide(java.math.BigInteger.valueOf(nenner)).longValueExact()) + " %";
    }

    /**
     * A relative change with its sign, rounded to one decimal: {@code +2,6 %}, {@code -30,0 %}.
     *
     * @param aenderung the change as a share, e.g. -0.3; infinite when there was nothing before
     */
    String aenderung(double aenderung) {
        if (Double.isInfinite(aenderung) || Double.isNaN(aenderung)) {
            return texte.text("aenderung.vorherNichts");
        }
        long promille = Math.round(aenderung * 1000);
        return (promille < 0 ? "-" : "+") + zehntel(Math.abs(promille)) + " %";
    }

    /**
     * A value given in percent on the command line, as short as it is exact: {@code 20 %},
     * {@code 0,05 %}.
     */
    String prozentwert(double prozent) {
        String s = java.math.BigDecimal.valueOf(prozent).stripTrailingZeros().toPlainString();
        return (deutsch ? s.replace('.', ',') : s) + " %";
    }

    private String zehntel(long promille) {
        String ganz = zahl(promille / 10);
        return ganz + (deutsch ? ',' : '.') + (promille % 10);
    }

    /** A date: {@code 31.12.2019} / {@code 2019-12-31}. */
    String datum(LocalDate datum) {
        return deutsch ? DATUM_DE.format(datum) : datum.toString();
    }

    /** A date, or "unbekannt" / "unknown". */
    String datum(Optional<LocalDate> datum) {
        return datum.map(this::datum).orElseGet(() -> texte.text("unbekannt"));
    }

    /** A text of the tool; see {@link Texte#text}. */
    String text(String key, Object... argumente) {
        return texte.text(key, argumente);
    }

    /** The readable label of an enum constant, never its Java name. */
    String label(Enum<?> wert) {
        return texte.text(Texte.labelKey(wert));
    }

    /** {@code 1 Datensatz}, {@code 4.797 Datensätze}: the count grouped, the noun in number. */
    String anzahl(long n, String key) {
        return texte.text(key + (n == 1 ? ".eins" : ".mehr"), zahl(n));
    }
}
