package de.ozg.json.csv;

import java.text.Normalizer;
import java.util.Objects;

/**
 * A column name from a CSV header together with its tolerant comparison key.
 *
 * <p>The same column is spelled many ways in OZG exports: {@code LeiKa-Schlüssel},
 * {@code leika_schluessel}, {@code Leika Schluessel}, {@code LEIKA-SCHLÜSSEL}. The {@link #key() key}
 * makes them equal: it is lower case, writes ä ö ü ß as ae oe ue ss, drops other accents, and
 * removes everything that is not a letter or digit (blanks, NBSP, {@code -}, {@code _}, brackets,
 * a byte order mark left over from a wrongly decoded file). So {@code Rechtsgrundlage(n)} matches
 * {@code Rechtsgrundlagen}; names that differ only in punctuation are the same column.
 *
 * <p>Two instances are equal when their keys are equal. Immutable and thread-safe.
 */
public final class Spaltenname {

    /** What a UTF-8 byte order mark looks like when decoded as ISO-8859-1 or windows-1252. */
    private static final String BOM_AS_LATIN1 = "\u00EF\u00BB\u00BF";

    private final String text;
    private final String key;

    private Spaltenname(String text, String key) {
        this.text = text;
        this.key = key;
    }

    /**
     * @param text the column name as written in a header or a format description, not null
     * @return the column name
     */
    public static Spaltenname of(String text) {
        Objects.requireNonNull(text, "text");
        return new Spaltenname(text, normalize(text));
    }

    /**
     * The comparison key of a column name, as described in the class documentation. Blank input gives
     * the empty key.
     *
     * @param text the column name, not null
     * @return the key, e.g. {@code "leikaschluessel"} for {@code "LeiKa-Schlüssel"}
     */
    public static String normalize(CharSequence text) {
        String s = text.toString();
        if (s.startsWith(BOM_AS_LATIN1)) {
            s = s.substring(BOM_AS_LATIN1.length());
        }
        StringBuilder umlauts = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u00E4': case '\u00C4': umlauts.append("ae"); break;
                case '\u00F6': case '\u00D6': umlauts.append("oe"); break;
                case '\u00FC': case '\u00DC': umlauts.append("ue"); break;
                case '\u00DF': case '\u1E9E': umlauts.append("ss"); break;
                default: umlauts.append(c);
            }
        }
        // Composed forms such as "u + combining diaeresis" still count as umlauts.
        String decomposed = Normalizer.normalize(umlauts, Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == '\u0308' && i > 0 && "aouAOU".indexOf(decomposed.charAt(i - 1)) >= 0) {
                key.append('e');
            } else if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }

    /** @return the name as given */
    public String text() {
        return text;
    }

    /** @return the tolerant comparison key */
    public String key() {
        return key;
    }

    /**
     * @param other another spelling, not null
     * @return whether both name the same column
     */
    public boolean matches(String other) {
        return key.equals(normalize(other));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Spaltenname && key.equals(((Spaltenname) o).key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
