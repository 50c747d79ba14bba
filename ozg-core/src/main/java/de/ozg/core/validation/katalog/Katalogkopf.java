package de.ozg.core.validation.katalog;

import de.ozg.core.validation.Kopf;
import de.ozg.core.validation.RegelwerkException;
import de.ozg.core.validation.RegelwerkViolation;
import java.util.List;
import java.util.Map;

/**
 * The header of one catalogue file as the reader met it: which {@link Katalogspalte columns} it has,
 * under which names (a vendor's file may say "Leistungsschlüssel" where the catalogue says
 * "LeiKa-Schlüssel"), how many cells a row should have, the header's line and the file name. All
 * {@link Katalogzeile rows} of a file share one header, so a finding can name the column as the
 * user sees it without each row carrying the names again. The accessors are those of {@link Kopf}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Katalogkopf extends Kopf<Katalogspalte, Katalogkopf> {

    private static final Katalogkopf STANDARD = new Katalogkopf();

    private Katalogkopf() {
        super(Katalogspalte.class);
    }

    private Katalogkopf(List<String> kopfzeile) {
        super(Katalogspalte.class, kopfzeile, Katalogspalte::find);
    }

    private Katalogkopf(Map<Katalogspalte, String> namen, int zellenAnzahl) {
        super(Katalogspalte.class, namen, zellenAnzahl);
    }

    private Katalogkopf(Katalogkopf vorlage, long kopfzeile, String quelle) {
        super(vorlage, kopfzeile, quelle);
    }

    @Override
    protected Katalogkopf kopie(long neueKopfzeile, String neueQuelle) {
        return new Katalogkopf(this, neueKopfzeile, neueQuelle);
    }

    /**
     * The header of the published layout: the twelve columns under their canonical names in
     * {@link Katalogspalte} order, on line 1, without file name.
     *
     * @return the standard header
     */
    public static Katalogkopf standard() {
        return STANDARD;
    }

    /**
     * The header read from a header row: each cell that names a column (canonical name, ignoring
     * case and surrounding blanks, see {@link Katalogspalte#find}) maps it to its position; the first
     * cell wins when a column is named twice; other cells are ignored. A row is then expected to
     * have as many cells as the header.
     *
     * @param kopfzeile the header cells as given
     * @return the header, on line 1
     */
    public static Katalogkopf of(List<String> kopfzeile) {
        return new Katalogkopf(kopfzeile);
    }

    /**
     * A header whose column mapping a reader found itself (for instance with tolerant name
     * matching). Rows of such a header are built with {@link Katalogzeile#builder(Katalogkopf)};
     * {@link #zeile(long, List)} is not available because positions are unknown.
     *
     * @param namen        the columns present, each with its name as it appeared in the header
     * @param zellenAnzahl the number of cells of the header row, at least 0
     * @return the header, on line 1
     * @throws RegelwerkException with {@link RegelwerkViolation#INVALID_COUNT} if the count is negative
     */
    public static Katalogkopf of(Map<Katalogspalte, String> namen, int zellenAnzahl) {
        return new Katalogkopf(namen, zellenAnzahl);
    }

    /**
     * A row of this header from its cells in file order: each column takes the cell at its header
     * position; a column whose position lies beyond the row's end is absent from the row.
     *
     * @param zeile  the 1-based physical line of the row
     * @param zellen the cells exactly as read, none null
     * @return the row
     * @throws IllegalStateException if this header was made by {@link #of(Map, int)} (positions unknown)
     * @throws RegelwerkException    with {@link RegelwerkViolation#INVALID_FUNDSTELLE} if the line is below 1
     */
    public Katalogzeile zeile(long zeile, List<String> zellen) {
        return fuelle(Katalogzeile.builder(this), zeile, zellen, "Katalogzeile").build();
    }
}
