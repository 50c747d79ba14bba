package de.ozg.core.validation.gebiet;

import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.RegelwerkException;
import de.ozg.core.validation.RegelwerkViolation;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the Destatis Gemeindeverzeichnis as a reader found it: its physical line, its Satzart
 * (10 Land, 20 Regierungsbezirk, 30 Region, 40 Kreis, 50 Gemeindeverband, 60 Gemeinde), the key
 * parts, name, population and postcode exactly as given (blanks and German number format included —
 * nothing is trimmed or converted), how many cells it had, and the {@link Gebietskopf header} it
 * belongs to. {@link Gebietsregeln} check these rows.
 *
 * <p>A cell is {@linkplain Optional#empty() absent} when the header lacks its column or the row ends
 * before it; a present cell may be empty. Immutable and thread-safe.
 */
public final class Gebietszeile {

    private static final Gebietsspalte[] SPALTEN = Gebietsspalte.values();

    private final Gebietskopf kopf;
    private final long zeile;
    private final String[] zellen;
    private final int zellenAnzahl;

    private Gebietszeile(Builder b) {
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

    /**
     * A builder for a row of the given header. Cells not set are absent; the cell count defaults
     * to the header's expected count (or the number of cells set, when larger).
     *
     * @param kopf the header of the file
     * @return the builder
     */
    public static Builder builder(Gebietskopf kopf) {
        return new Builder(Objects.requireNonNull(kopf, "kopf"));
    }

    /**
     * A row of the {@linkplain Gebietskopf#standard() standard header} from its ten cells in
     * column order, e.g. for tests and for data held in memory.
     *
     * @param zeile  the 1-based line
     * @param zellen the cells in {@link Gebietsspalte} order; fewer than ten make a short row
     * @return the row
     */
    public static Gebietszeile of(long zeile, String... zellen) {
        return Gebietskopf.standard().zeile(zeile, Arrays.asList(zellen));
    }

    /** @return the header this row belongs to */
    public Gebietskopf kopf() {
        return kopf;
    }

    /** @return the 1-based physical line of the row in its file (the header being line 1) */
    public long zeile() {
        return zeile;
    }

    /** @return the file name, or empty */
    public Optional<String> quelle() {
        return kopf.quelle();
    }

    /**
     * The cell of a column exactly as given.
     *
     * @param spalte the column
     * @return the cell, or empty when absent
     */
    public Optional<String> zelle(Gebietsspalte spalte) {
        return Optional.ofNullable(zellen[spalte.ordinal()]);
    }

    /** Null-returning access for the rules' hot path. */
    String roh(Gebietsspalte spalte) {
        return zellen[spalte.ordinal()];
    }

    /** @return the cell "satzart", such as "60" */
    public Optional<String> satzart() {
        return zelle(Gebietsspalte.SATZART);
    }

    /** @return the cell "textkennzeichen", such as "63" */
    public Optional<String> textkennzeichen() {
        return zelle(Gebietsspalte.TEXTKENNZEICHEN);
    }

    /** @return the cell "land", such as "15" */
    public Optional<String> land() {
        return zelle(Gebietsspalte.LAND);
    }

    /** @return the cell "rb", the Regierungsbezirk digit */
    public Optional<String> rb() {
        return zelle(Gebietsspalte.RB);
    }

    /** @return the cell "kreis" */
    public Optional<String> kreis() {
        return zelle(Gebietsspalte.KREIS);
    }

    /** @return the cell "vb", the Gemeindeverband digits */
    public Optional<String> vb() {
        return zelle(Gebietsspalte.VB);
    }

    /** @return the cell "gemeinde", three digits */
    public Optional<String> gemeinde() {
        return zelle(Gebietsspalte.GEMEINDE);
    }

    /** @return the cell "gemeindename" */
    public Optional<String> name() {
        return zelle(Gebietsspalte.NAME);
    }

    /** @return the cell "bevoelkerung", raw, such as " 90 164" */
    public Optional<String> bevoelkerung() {
        return zelle(Gebietsspalte.BEVOELKERUNG);
    }

    /** @return the cell "postleitzahl" */
    public Optional<String> plz() {
        return zelle(Gebietsspalte.PLZ);
    }

    /** @return how many cells the row had in the file */
    public int zellenAnzahl() {
        return zellenAnzahl;
    }

    /** @return how many cells the header had */
    public int erwarteteZellenAnzahl() {
        return kopf.erwarteteZellenAnzahl();
    }

    /**
     * The column names as they appeared in the header.
     *
     * @return the header's columns and names
     */
    public Map<Gebietsspalte, String> spaltennamen() {
        return kopf.spaltennamen();
    }

    /**
     * The name of a column as the user sees it in the file.
     *
     * @param spalte the column
     * @return the header name, or the canonical name when the header lacks the column
     */
    public String spaltenname(Gebietsspalte spalte) {
        return kopf.spaltenname(spalte);
    }

    /**
     * The location of the row: line and file.
     *
     * @return the location
     */
    public Fundstelle fundstelle() {
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
    public Fundstelle fundstelle(Gebietsspalte spalte) {
        return fundstelle().withSpalte(spaltenname(spalte));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Gebietszeile)) {
            return false;
        }
        Gebietszeile z = (Gebietszeile) o;
        return zeile == z.zeile && zellenAnzahl == z.zellenAnzahl && kopf.equals(z.kopf)
                && Arrays.equals(zellen, z.zellen);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kopf, zeile, Arrays.hashCode(zellen), zellenAnzahl);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Gebietszeile[").append(zeile);
        for (Gebietsspalte s : SPALTEN) {
            if (zellen[s.ordinal()] != null) {
                sb.append(", ").append(s.bezeichnung()).append('=').append(de.ozg.core.OzgException.quote(
                        zellen[s.ordinal()]));
            }
        }
        return sb.append(']').toString();
    }

    /** Builds a {@link Gebietszeile}. Mutable and not thread-safe; may be reused for the next row. */
    public static final class Builder {
        private final Gebietskopf kopf;
        private long zeile = 1;
        private final String[] zellen = new String[SPALTEN.length];
        private int zellenAnzahl = -1;

        private Builder(Gebietskopf kopf) {
            this.kopf = kopf;
        }

        /**
         * @param zeile the 1-based physical line
         * @return this builder
         * @throws RegelwerkException with {@link RegelwerkViolation#INVALID_FUNDSTELLE} if below 1
         */
        public Builder zeile(long zeile) {
            Fundstelle.zeile(zeile);
            this.zeile = zeile;
            return this;
        }

        /**
         * @param spalte the column
         * @param wert   the cell exactly as read; null makes it absent
         * @return this builder
         */
        public Builder zelle(Gebietsspalte spalte, String wert) {
            zellen[spalte.ordinal()] = wert;
            return this;
        }

        /**
         * @param zellenAnzahl how many cells the row had in the file
         * @return this builder
         * @throws RegelwerkException with {@link RegelwerkViolation#INVALID_COUNT} if negative
         */
        public Builder zellenAnzahl(int zellenAnzahl) {
            Gebietskopf.pruefeAnzahl(zellenAnzahl);
            this.zellenAnzahl = zellenAnzahl;
            return this;
        }

        /** @return the row */
        public Gebietszeile build() {
            return new Gebietszeile(this);
        }
    }
}
