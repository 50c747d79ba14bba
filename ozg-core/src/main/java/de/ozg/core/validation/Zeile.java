package de.ozg.core.validation;

import de.ozg.core.OzgException;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a tabular file as a reader found it: its physical line, its cells exactly as given
 * (blanks, NBSP and placeholders included — nothing is trimmed or repaired), how many cells it had,
 * and the {@link Kopf header} it belongs to. The format does not matter: CSV, Excel or JSON readers
 * all produce these rows, and the rules of the source check them.
 *
 * <p>This is the one implementation behind
 * {@link de.ozg.core.validation.katalog.Katalogzeile Katalogzeile} and
 * {@link de.ozg.core.validation.gebiet.Gebietszeile Gebietszeile}; it is a base class for the reason
 * given at {@link Kopf}. A cell is {@linkplain Optional#empty() absent} when the header lacks its
 * column or the row ends before it; a present cell may be empty. Immutable and thread-safe.
 *
 * @param <S> the column enum
 * @param <K> the header type
 */
public abstract class Zeile<S extends Enum<S> & Spaltenart, K extends Kopf<S, K>> {

    private final K kopf;
    private final long zeile;
    private final String[] zellen;
    private final int zellenAnzahl;

    /**
     * A row from the builder's current state; the cell count defaults to the header's expected count
     * (or the number of cells set, when larger).
     *
     * @param b the builder
     */
    protected Zeile(AbstractBuilder<S, K, ?, ?> b) {
        this.kopf = b.kopf;
        this.zeile = b.zeile;
        this.zellen = b.zellen.clone();
        int n = b.zellenAnzahl;
        if (n < 0) {
            n = 0;
            for (String z : zellen) {
                n += z != null ? 1 : 0;
            }
            n = Math.max(n, kopf.erwarteteZellenAnzahl());
        }
        this.zellenAnzahl = n;
    }

    /** @return the header this row belongs to */
    public final K kopf() {
        return kopf;
    }

    /** @return the 1-based physical line of the row in its file (the header being line 1) */
    public final long zeile() {
        return zeile;
    }

    /** @return the file name, or empty */
    public final Optional<String> quelle() {
        return kopf.quelle();
    }

    /**
     * The cell of a column exactly as given.
     *
     * @param spalte the column
     * @return the cell, or empty when absent
     */
    public final Optional<String> zelle(S spalte) {
        return Optional.ofNullable(zellen[spalte.ordinal()]);
    }

    /**
     * Null-returning access for the rules' hot path.
     *
     * @param spalte the column
     * @return the cell, or null when absent
     */
    protected final String rohzelle(S spalte) {
        return zellen[spalte.ordinal()];
    }

    /** @return how many cells the row had in the file */
    public final int zellenAnzahl() {
        return zellenAnzahl;
    }

    /** @return how many cells the header had */
    public final int erwarteteZellenAnzahl() {
        return kopf.erwarteteZellenAnzahl();
    }

    /**
     * The column names as they appeared in the header.
     *
     * @return the header's columns and names
     */
    public final Map<S, String> spaltennamen() {
        return kopf.spaltennamen();
    }

    /**
     * The name of a column as the user sees it in the file.
     *
     * @param spalte the column
     * @return the header name, or the canonical name when the header lacks the column
     */
    public final String spaltenname(S spalte) {
        return kopf.spaltenname(spalte);
    }

    /**
     * The location of the row: line and file.
     *
     * @return the location
     */
    public final Fundstelle fundstelle() {
        Fundstelle f = Fundstelle.zeile(zeile);
        String q = kopf.quelleOderNull();
        return q == null ? f : f.withQuelle(q);
    }

    /**
     * The location of one cell: line, column name as in the header, and file.
     *
     * @param spalte the column
     * @return the location
     */
    public final Fundstelle fundstelle(S spalte) {
        return fundstelle().withSpalte(spaltenname(spalte));
    }

    @Override
    public final boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || o.getClass() != getClass()) {
            return false;
        }
        Zeile<?, ?> z = (Zeile<?, ?>) o;
        return zeile == z.zeile && zellenAnzahl == z.zellenAnzahl && kopf.equals(z.kopf)
                && Arrays.equals(zellen, z.zellen);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(kopf, zeile, Arrays.hashCode(zellen), zellenAnzahl);
    }

    @Override
    public final String toString() {
        StringBuilder sb = new StringBuilder(getClass().getSimpleName()).append('[').append(zeile);
        for (int i = 0; i < zellen.length; i++) {
            if (zellen[i] != null) {
                sb.append(", ").append(kopf.spalte(i).bezeichnung()).append('=').append(OzgException.quote(zellen[i]));
            }
        }
        return sb.append(']').toString();
    }

    /**
     * The shared part of the row builders. Mutable and not thread-safe; may be reused for the next row.
     *
     * @param <S> the column enum
     * @param <K> the header type
     * @param <Z> the row type
     * @param <B> the concrete builder type
     */
    public abstract static class AbstractBuilder<S extends Enum<S> & Spaltenart, K extends Kopf<S, K>,
            Z extends Zeile<S, K>, B extends AbstractBuilder<S, K, Z, B>> {
        private final K kopf;
        private long zeile = 1;
        private final String[] zellen;
        private int zellenAnzahl = -1;

        /**
         * A builder for a row of the given header.
         *
         * @param kopf the header, not null
         */
        protected AbstractBuilder(K kopf) {
            this.kopf = kopf;
            this.zellen = new String[kopf.spaltenAnzahl()];
        }

        /**
         * This builder as its concrete type.
         *
         * @return this builder
         */
        protected abstract B self();

        /**
         * @param zeile the 1-based physical line
         * @return this builder
         * @throws RegelwerkException with {@link RegelwerkViolation#INVALID_FUNDSTELLE} if below 1
         */
        public final B zeile(long zeile) {
            Fundstelle.zeile(zeile);
            this.zeile = zeile;
            return self();
        }

        /**
         * @param spalte the column
         * @param wert   the cell exactly as read; null makes it absent
         * @return this builder
         */
        public final B zelle(S spalte, String wert) {
            zellen[spalte.ordinal()] = wert;
            return self();
        }

        /**
         * @param zellenAnzahl how many cells the row had in the file
         * @return this builder
         * @throws RegelwerkException with {@link RegelwerkViolation#INVALID_COUNT} if negative
         */
        public final B zellenAnzahl(int zellenAnzahl) {
            Kopf.pruefeAnzahl(zellenAnzahl);
            this.zellenAnzahl = zellenAnzahl;
            return self();
        }

        /** @return the row */
        public abstract Z build();
    }
}
