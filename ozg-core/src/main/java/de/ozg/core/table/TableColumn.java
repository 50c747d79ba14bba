package de.ozg.core.table;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A column of a tabular source (the OZG-Umsetzungskatalog, the Destatis Gemeindeverzeichnis, the
 * dashboard's status export): its canonical name, the other names exports give it, and whether a
 * file must have it. The column enums of the sources implement this interface; it is the only place
 * a column is declared, so one {@link TableHeader} and one {@link TableRow} serve every source.
 *
 * <p>A column enum declares each constant with {@link Declared}, and needs nothing else:
 * <pre>{@code
 * enum Spalte implements TableColumn {
 *     @Declared(value = "LeiKa-Schlüssel", pflicht = true, aliases = {"Leistungsschlüssel", "LeiKa-Key"})
 *     LEIKA_SCHLUESSEL,
 *     @Declared("Bemerkung")
 *     BEMERKUNG
 * }
 * }</pre>
 * An enum may instead override {@link #bezeichnung()}, {@link #isRequired()} and {@link #aliases()}.
 *
 * <p>Header cells are compared by their {@linkplain #key(CharSequence) key}, so the aliases need not
 * list case, umlaut or punctuation variants: {@code LeiKa-Schlüssel}, {@code leika_schluessel} and
 * {@code LEIKA SCHLUESSEL} name the same column.
 *
 * <p>Implementations are enums: immutable and thread-safe.
 */
public interface TableColumn {

    /**
     * How a column is named and whether a file must have it, on the constant of a column enum.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface Declared {
        /**
         * The canonical column name as the publisher prints it.
         *
         * @return the name, containing a letter or digit
         */
        String value();

        /**
         * Whether a file must have this column.
         *
         * @return true for a required column; false by default
         */
        boolean pflicht() default false;

        /**
         * The other names of the column found in real exports.
         *
         * @return the aliases; none by default
         */
        String[] aliases() default {};
    }

    /**
     * The canonical column name as the publisher prints it, such as "LeiKa-Schlüssel": by default the
     * {@link Declared#value()} of the constant.
     *
     * @return the name
     * @throws IllegalStateException if the constant is not {@link Declared} and the enum does not
     *                               override this method
     */
    default String bezeichnung() {
        return ColumnDeclarations.of(this).bezeichnung();
    }

    /**
     * The other names of the column found in real exports, such as "Leistungsschlüssel": by default
     * the {@link Declared#aliases()} of the constant, none for a constant that is not declared.
     *
     * @return the aliases, unmodifiable
     */
    default List<String> aliases() {
        ColumnDeclarations.Declaration d = ColumnDeclarations.find(this);
        return d == null ? List.of() : d.aliases();
    }

    /**
     * Whether a file must have this column; a header without it is a finding. By default the
     * {@link Declared#pflicht()} of the constant.
     *
     * @return true for a required column
     * @throws IllegalStateException as {@link #bezeichnung()}
     */
    default boolean isRequired() {
        return ColumnDeclarations.of(this).isRequired();
    }

    /**
     * The comparison key of a column name: lower case, ä ö ü ß written as ae oe ue ss (also when
     * composed of a vowel and a combining diaeresis), other accents dropped, and everything that is
     * not a letter or digit removed (blanks, NBSP, {@code -}, {@code _}, brackets, a byte order mark
     * left over from a wrongly decoded file). So {@code Rechtsgrundlage(n)} and
     * {@code Rechtsgrundlagen} name the same column. Blank input gives the empty key.
     *
     * @param name a column name, not null
     * @return the key, e.g. {@code "leikaschluessel"} for {@code "LeiKa-Schlüssel"}
     */
    static String key(CharSequence name) {
        String s = Objects.requireNonNull(name, "name").toString();
        if (s.startsWith("\u00EF\u00BB\u00BF")) {
            // a UTF-8 byte order mark decoded as ISO-8859-1 or windows-1252
            s = s.substring(3);
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

    /**
     * The column of an enum that a header cell names, by canonical name or alias, compared by
     * {@linkplain #key(CharSequence) key}.
     *
     * @param <C>     the column enum
     * @param columns the column enum, not null
     * @param name    the header cell; null finds nothing
     * @return the column, or empty
     * @throws IllegalArgumentException if two columns of the enum share a name key
     */
    static <C extends Enum<C> & TableColumn> Optional<C> find(Class<C> columns, CharSequence name) {
        if (name == null) {
            return Optional.empty();
        }
        int ordinal = ColumnKeys.of(columns).ordinal(key(name));
        return ordinal < 0 ? Optional.empty() : Optional.of(columns.getEnumConstants()[ordinal]);
    }
}
