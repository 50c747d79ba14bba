package de.ozg.core.validation.gebiet;

import de.ozg.core.validation.Zeile;
import java.util.Arrays;
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
 * before it; a present cell may be empty. The accessors are those of {@link Zeile}. Immutable and
 * thread-safe.
 */
public final class Gebietszeile extends Zeile<Gebietsspalte, Gebietskopf> {

    private Gebietszeile(Builder b) {
        super(b);
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

    /** Null-returning access for the rules' hot path. */
    String roh(Gebietsspalte spalte) {
        return rohzelle(spalte);
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

    /** Builds a {@link Gebietszeile}. Mutable and not thread-safe; may be reused for the next row. */
    public static final class Builder extends Zeile.AbstractBuilder<Gebietsspalte, Gebietskopf, Gebietszeile, Builder> {

        private Builder(Gebietskopf kopf) {
            super(kopf);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** @return the row */
        @Override
        public Gebietszeile build() {
            return new Gebietszeile(this);
        }
    }
}
