package de.ozg.core.validation.gebiet;

import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.RegelwerkException;
import de.ozg.core.validation.RegelwerkViolation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The header of one Gemeindeverzeichnis file as the reader met it: which {@link Gebietsspalte
 * columns} it has, under which names, how many cells a row should have, the header's line and the
 * file name. All {@link Gebietszeile rows} of a file share one header, so a finding can name the
 * column as the user sees it without each row carrying the names again.
 *
 * <p>Immutable and thread-safe.
 */
public final class Gebietskopf {

    private static final Gebietsspalte[] SPALTEN = Gebietsspalte.values();
    private static final Gebietskopf STANDARD = standardKopf();

    private final String[] namen;
    private final int[] positionen;
    private final int zellenAnzahl;
    private final long kopfzeile;
    private final String quelle;

    private Gebietskopf(String[] namen, int[] positionen, int zellenAnzahl, long kopfzeile, String quelle) {
        this.namen = namen;
        this.positionen = positionen;
        this.zellenAnzahl = zellenAnzahl;
        this.kopfzeile = kopfzeile;
        this.quelle = quelle;
    }

    private static Gebietskopf standardKopf() {
        String[] namen = new String[SPALTEN.length];
        int[] positionen = new int[SPALTEN.length];
        for (Gebietsspalte s : SPALTEN) {
            namen[s.ordinal()] = s.bezeichnung();
            positionen[s.ordinal()] = s.ordinal();
        }
        return new Gebietskopf(namen, positionen, SPALTEN.length, 1, null);
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
        Objects.requireNonNull(kopfzeile, "kopfzeile");
        String[] namen = new String[SPALTEN.length];
        int[] positionen = new int[SPALTEN.length];
        java.util.Arrays.fill(positionen, -1);
        for (int i = 0; i < kopfzeile.size(); i++) {
            String zelle = kopfzeile.get(i);
            Optional<Gebietsspalte> s = Gebietsspalte.find(zelle);
            if (s.isPresent() && positionen[s.get().ordinal()] < 0) {
                positionen[s.get().ordinal()] = i;
                namen[s.get().ordinal()] = zelle;
            }
        }
        return new Gebietskopf(namen, positionen, kopfzeile.size(), 1, null);
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
        Objects.requireNonNull(namen, "namen");
        pruefeAnzahl(zellenAnzahl);
        String[] n = new String[SPALTEN.length];
        int[] positionen = new int[SPALTEN.length];
        java.util.Arrays.fill(positionen, -1);
        namen.forEach((s, name) -> n[Objects.requireNonNull(s, "Gebietsspalte").ordinal()] =
                Objects.requireNonNull(name, "name of " + s));
        return new Gebietskopf(n, positionen, zellenAnzahl, 1, null);
    }

    static void pruefeAnzahl(int zellenAnzahl) {
        if (zellenAnzahl < 0) {
            throw new RegelwerkException(RegelwerkViolation.INVALID_COUNT, "zellenAnzahl",
                    Integer.toString(zellenAnzahl), "at least 0");
        }
    }

    /**
     * This header at another line, for files with lines before the header.
     *
     * @param kopfzeile the 1-based line of the header
     * @return the copy
     * @throws RegelwerkException with {@link RegelwerkViolation#INVALID_FUNDSTELLE} if below 1
     */
    public Gebietskopf withKopfzeile(long kopfzeile) {
        Fundstelle.zeile(kopfzeile);
        return new Gebietskopf(namen, positionen, zellenAnzahl, kopfzeile, quelle);
    }

    /**
     * This header of a named file; every finding on its rows names the file.
     *
     * @param quelle the file name, such as "AuszugGV4QAktuell.csv"; null for none
     * @return the copy
     */
    public Gebietskopf withQuelle(String quelle) {
        if (quelle != null) {
            Fundstelle.quelle(quelle);
        }
        return new Gebietskopf(namen, positionen, zellenAnzahl, kopfzeile, quelle);
    }

    /**
     * Whether the header has the column.
     *
     * @param spalte the column
     * @return true when present
     */
    public boolean enthaelt(Gebietsspalte spalte) {
        return namen[spalte.ordinal()] != null;
    }

    /**
     * The column's name as it appeared in the header, or its canonical name when the header lacks it.
     *
     * @param spalte the column
     * @return the name
     */
    public String spaltenname(Gebietsspalte spalte) {
        String n = namen[spalte.ordinal()];
        return n != null ? n : spalte.bezeichnung();
    }

    /**
     * The columns present with their names as in the header.
     *
     * @return an unmodifiable map in column order
     */
    public Map<Gebietsspalte, String> spaltennamen() {
        Map<Gebietsspalte, String> map = new EnumMap<>(Gebietsspalte.class);
        for (Gebietsspalte s : SPALTEN) {
            if (namen[s.ordinal()] != null) {
                map.put(s, namen[s.ordinal()]);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * The required columns the header lacks.
     *
     * @return the columns, in column order; empty for a complete header
     */
    public List<Gebietsspalte> fehlendePflichtspalten() {
        List<Gebietsspalte> fehlend = new ArrayList<>();
        for (Gebietsspalte s : SPALTEN) {
            if (s.isPflicht() && namen[s.ordinal()] == null) {
                fehlend.add(s);
            }
        }
        return List.copyOf(fehlend);
    }

    /**
     * How many cells a row should have: the number of cells of the header row.
     *
     * @return the count
     */
    public int erwarteteZellenAnzahl() {
        return zellenAnzahl;
    }

    /**
     * The line of the header.
     *
     * @return the 1-based line
     */
    public long kopfzeile() {
        return kopfzeile;
    }

    /**
     * The file name.
     *
     * @return the name, or empty
     */
    public Optional<String> quelle() {
        return Optional.ofNullable(quelle);
    }

    /**
     * The location of the header line, for findings about the header.
     *
     * @return line and file
     */
    public Fundstelle fundstelle() {
        Fundstelle f = Fundstelle.zeile(kopfzeile);
        return quelle == null ? f : f.withQuelle(quelle);
    }

    String quelleOderNull() {
        return quelle;
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
        Objects.requireNonNull(zellen, "zellen");
        Gebietszeile.Builder b = Gebietszeile.builder(this).zeile(zeile).zellenAnzahl(zellen.size());
        boolean bekannt = false;
        for (Gebietsspalte s : SPALTEN) {
            int p = positionen[s.ordinal()];
            bekannt |= p >= 0;
            if (p >= 0 && p < zellen.size()) {
                b.zelle(s, Objects.requireNonNull(zellen.get(p), "cell"));
            }
        }
        if (!bekannt && !spaltennamen().isEmpty()) {
            throw new IllegalStateException("The header was built from names only, its column positions are unknown:"
                    + " build rows with Gebietszeile.builder(kopf)");
        }
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Gebietskopf)) {
            return false;
        }
        Gebietskopf k = (Gebietskopf) o;
        return zellenAnzahl == k.zellenAnzahl && kopfzeile == k.kopfzeile && Objects.equals(quelle, k.quelle)
                && java.util.Arrays.equals(namen, k.namen) && java.util.Arrays.equals(positionen, k.positionen);
    }

    @Override
    public int hashCode() {
        return Objects.hash(java.util.Arrays.hashCode(namen), java.util.Arrays.hashCode(positionen), zellenAnzahl,
                kopfzeile, quelle);
    }

    @Override
    public String toString() {
        return "Gebietskopf[" + spaltennamen().values() + ", " + zellenAnzahl + " cells, line " + kopfzeile
                + (quelle == null ? "" : ", " + quelle) + "]";
    }
}
