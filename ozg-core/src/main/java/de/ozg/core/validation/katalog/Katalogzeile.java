package de.ozg.core.validation.katalog;

import de.ozg.core.validation.Zeile;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of an OZG-Umsetzungskatalog as a reader found it: its physical line, its cells exactly as
 * given (blanks, NBSP and placeholders included — nothing is trimmed or repaired), how many cells it
 * had, and the {@link Katalogkopf header} it belongs to. The format does not matter: CSV, Excel or
 * JSON readers all produce these rows, and {@link Katalogregeln} check them.
 *
 * <p>A cell is {@linkplain Optional#empty() absent} when the header lacks its column or the row ends
 * before it; a present cell may be empty. The accessors are those of {@link Zeile}. Immutable and
 * thread-safe.
 */
public final class Katalogzeile extends Zeile<Katalogspalte, Katalogkopf> {

    private Katalogzeile(Builder b) {
        super(b);
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

    /** Null-returning access for the rules' hot path. */
    String roh(Katalogspalte spalte) {
        return rohzelle(spalte);
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

    /** Builds a {@link Katalogzeile}. Mutable and not thread-safe; may be reused for the next row. */
    public static final class Builder extends Zeile.AbstractBuilder<Katalogspalte, Katalogkopf, Katalogzeile, Builder> {

        private Builder(Katalogkopf kopf) {
            super(kopf);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** @return the row */
        @Override
        public Katalogzeile build() {
            return new Katalogzeile(this);
        }
    }
}
