package de.ozg.core.validation.katalog;

import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.RegelwerkException;
import de.ozg.core.validation.RegelwerkViolation;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of an OZG-Umsetzungskatalog as a reader found it: its physical line, its cells exactly as
 * given (blanks, NBSP and placeholders included — nothing is trimmed or repaired), how many cells it
 * had, and the {@link Katalogkopf header} it belongs to. The format does not matter: CSV, Excel or
 * JSON readers all produce these rows, and {@link Katalogregeln} check them.
 *
 * <p>A cell is {@linkplain Optional#empty() absent} when the header lacks its column or the row ends
 * before it; a present cell may be empty. Immutable and thread-safe.
 */
public final class Katalogzeile {

    private static final Katalogspalte[] SPALTEN = Katalogspalte.values();

    private final Katalogkopf kopf;
    private final long zeile;
    private final String[] zellen;
    private final int zellenAnzahl;

    private Katalogzeile(Builder b) {
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
    public static Builder builder(Katalogkopf kopf) {
        return new Builder(Objects.requireNonNull(kopf, "kopf"));
    }

    /**
     * A row of the {@linkplain Katalogkopf#standard() standard header} from its twelve cells in
     * column order, e.g. for tests and for data held in memory.
     *
     * @param zeile  the 1-based line
     * @param zellen the cells in {@link Katalogspalte} order; fewer than twelve make a short row
     * @return the row
     */
    public static Katalogzeile of(long zeile, String... zellen) {
        return Katalogkopf.standard().zeile(zeile, Arrays.asList(zellen));
    }

    /** @return the header this row belongs to */
    public Katalogkopf kopf() {
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
    public Optional<String> zelle(Katalogspalte spalte) {
        return Optional.ofNullable(zellen[spalte.ordinal()]);
    }

    /** Null-returning access for the rules' hot path. */
    String roh(Katalogspalte spalte) {
        return zellen[spalte.ordinal()];
    }

    /** @return the cell "Themenfeld" */
    public Optional<String> themenfeld() {
        return zelle(Katalogspalte.THEMENFELD);
    }

    /** @return the cell "Lebenslage" */
    public Optional<String> lebenslage() {
        return zelle(Katalogspalte.LEBENSLAGE);
    }

    /** @return the cell "OZG-ID" */
    public Optional<String> ozgId() {
        return zelle(Katalogspalte.OZG_ID);
    }

    /** @return the cell "OZG-Leistung" */
    public Optional<String> ozgLeistung() {
        return zelle(Katalogspalte.OZG_LEISTUNG);
    }

    /** @return the cell "LeiKa-Schlüssel" */
    public Optional<String> leikaSchluessel() {
        return zelle(Katalogspalte.LEIKA_SCHLUESSEL);
    }

    /** @return the cell "LeiKa-Bezeichnung" */
    public Optional<String> leikaBezeichnung() {
        return zelle(Katalogspalte.LEIKA_BEZEICHNUNG);
    }

    /** @return the cell "LeiKa-Typ" (the Typisierung codes) */
    public Optional<String> leikaTyp() {
        return zelle(Katalogspalte.LEIKA_TYP);
    }

    /** @return the cell "Rechtsgrundlage(n)" */
    public Optional<String> rechtsgrundlagen() {
        return zelle(Katalogspalte.RECHTSGRUNDLAGEN);
    }

    /** @return the cell "Gesetz(e)" */
    public Optional<String> gesetze() {
        return zelle(Katalogspalte.GESETZE);
    }

    /** @return the cell "Gesetzeskürzel" */
    public Optional<String> gesetzeskuerzel() {
        return zelle(Katalogspalte.GESETZESKUERZEL);
    }

    /** @return the cell "SDG1-Relevanz" */
    public Optional<String> sdg1() {
        return zelle(Katalogspalte.SDG1);
    }

    /** @return the cell "SDG2-Relevanz" */
    public Optional<String> sdg2() {
        return zelle(Katalogspalte.SDG2);
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
    public Map<Katalogspalte, String> spaltennamen() {
        return kopf.spaltennamen();
    }

    /**
     * The name of a column as the user sees it in the file.
     *
     * @param spalte the column
     * @return the header name, or the canonical name when the header lacks the column
     */
    public String spaltenname(Katalogspalte spalte) {
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
    public Fundstelle fundstelle(Katalogspalte spalte) {
        return fundstelle().withSpalte(spaltenname(spalte));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Katalogzeile)) {
            return false;
        }
        Katalogzeile z = (Katalogzeile) o;
        return zeile == z.zeile && zellenAnzahl == z.zellenAnzahl && kopf.equals(z.kopf)
                && Arrays.equals(zellen, z.zellen);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kopf, zeile, Arrays.hashCode(zellen), zellenAnzahl);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Katalogzeile[").append(zeile);
        for (Katalogspalte s : SPALTEN) {
            if (zellen[s.ordinal()] != null) {
                sb.append(", ").append(s.bezeichnung()).append('=').append(de.ozg.core.OzgException.quote(
                        zellen[s.ordinal()]));
            }
        }
        return sb.append(']').toString();
    }

    /** Builds a {@link Katalogzeile}. Mutable and not thread-safe; may be reused for the next row. */
    public static final class Builder {
        private final Katalogkopf kopf;
        private long zeile = 1;
        private final String[] zellen = new String[SPALTEN.length];
        private int zellenAnzahl = -1;

        private Builder(Katalogkopf kopf) {
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
        public Builder zelle(Katalogspalte spalte, String wert) {
            zellen[spalte.ordinal()] = wert;
            return this;
        }

        /**
         * @param zellenAnzahl how many cells the row had in the file
         * @return this builder
         * @throws RegelwerkException with {@link RegelwerkViolation#INVALID_COUNT} if negative
         */
        public Builder zellenAnzahl(int zellenAnzahl) {
            Katalogkopf.pruefeAnzahl(zellenAnzahl);
            this.zellenAnzahl = zellenAnzahl;
            return this;
        }

        /** @return the row */
        public Katalogzeile build() {
            return new Katalogzeile(this);
        }
    }
}
