package de.ozg.core.validation.gebiet;

import de.ozg.core.validation.Kopf;
import de.ozg.core.validation.RegelwerkException;
import de.ozg.core.validation.RegelwerkViolation;
import java.util.List;
import java.util.Map;

/**
 * The header of one Gemeindeverzeichnis file as the reader met it: which {@link Gebietsspalte
 * columns} it has, under which names, how many cells a row should have, the header's line and the
 * file name. All {@link Gebietszeile rows} of a file share one header, so a finding can name the
 * column as the user sees it without each row carrying the names again. The accessors are those of
 * {@link Kopf}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Gebietskopf extends Kopf<Gebietsspalte, Gebietskopf> {

    private static final Gebietskopf STANDARD = new Gebietskopf();

    private Gebietskopf() {
        super(Gebietsspalte.class);
    }

    private Gebietskopf(List<String> kopfzeile) {
        super(Gebietsspalte.class, kopfzeile, Gebietsspalte::find);
    }

    private Gebietskopf(Map<Gebietsspalte, String> namen, int zellenAnzahl) {
        super(Gebietsspalte.class, namen, zellenAnzahl);
    }

    private Gebietskopf(Gebietskopf vorlage, long kopfzeile, String quelle) {
        super(vorlage, kopfzeile, quelle);
    }

    @Override
    protected Gebietskopf kopie(long neueKopfzeile, String neueQuelle) {
        return new Gebietskopf(this, neueKopfzeile, neueQuelle);
    }

    /**
     * A header with the ten columns under their Destatis names in {@link Gebietsspalte} order, on
     * line 1, without file name.
     *
     * @return the standard header
     */
    public static Gebietskopf standard() {
        return STANDARD;
    }

    /**
     * The header read from a header row: each cell that names a column (Destatis name, ignoring
     * case and surrounding blanks, see {@link Gebietsspalte#find}) maps it to its position; the first
     * cell wins when a column is named twice; other cells are ignored. A row is then expected to
     * have as many cells as the header.
     *
     * @param kopfzeile the header cells as given
     * @return the header, on line 1
     */
    public static Gebietskopf of(List<String> kopfzeile) {
        return new Gebietskopf(kopfzeile);
    }

    /**
     * A header whose column mapping a reader found itself (for instance with tolerant name
     * matching). Rows of such a header are built with {@link Gebietszeile#builder(Gebietskopf)};
     * {@link #zeile(long, List)} is not available because positions are unknown.
     *
     * @param namen        the columns present, each with its name as it appeared in the header
     * @param zellenAnzahl the number of cells of the header row, at least 0
     * @return the header, on line 1
     * @throws RegelwerkException with {@link RegelwerkViolation#INVALID_COUNT} if the count is negative
     */
    public static Gebietskopf of(Map<Gebietsspalte, String> namen, int zellenAnzahl) {
        return new Gebietskopf(namen, zellenAnzahl);
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
    public Gebietszeile zeile(long zeile, List<String> zellen) {
        return fuelle(Gebietszeile.builder(this), zeile, zellen, "Gebietszeile").build();
    }
}
