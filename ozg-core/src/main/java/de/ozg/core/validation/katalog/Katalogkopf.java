package de.ozg.core.validation.katalog;

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
 * The header of one catalogue file as the reader met it: which {@link Katalogspalte columns} it has,
 * under which names (a vendor's file may say "Leistungsschlüssel" where the catalogue says
 * "LeiKa-Schlüssel"), how many cells a row should have, the header's line and the file name. All
 * {@link Katalogzeile rows} of a file share one header, so a finding can name the column as the
 * user sees it without each row carrying the names again.
 *
 * <p>Immutable and thread-safe.
 */
public final class Katalogkopf {

    private static final Katalogspalte[] SPALTEN = Katalogspalte.values();
    private static final Katalogkopf STANDARD = standardKopf();

    private final String[] namen;
    private final int[] positionen;
    private final int zellenAnzahl;
    private final long kopfzeile;
    private final String quelle;

    private Katalogkopf(String[] namen, int[] positionen, int zellenAnzahl, long kopfzeile, String quelle) {
        this.namen = namen;
        this.positionen = positionen;
        this.zellenAnzahl = zellenAnzahl;
        this.kopfzeile = kopfzeile;
        this.quelle = quelle;
    }

    private static Katalogkopf standardKopf() {
        String[] namen = new String[SPALTEN.length];
        int[] positionen = new int[SPALTEN.length];
        for (Katalogspalte s : SPALTEN) {
            namen[s.ordinal()] = s.bezeichnung();
            positionen[s.ordinal()] = s.ordinal();
        }
        return new Katalogkopf(namen, positionen, SPALTEN.length, 1, null);
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
        Objects.requireNonNull(kopfzeile, "kopfzeile");
        String[] namen = new String[SPALTEN.length];
        int[] positionen = new int[SPALTEN.length];
        java.util.Arrays.fill(positionen, -1);
        for (int i = 0; i < kopfzeile.size(); i++) {
            String zelle = kopfzeile.get(i);
            Optional<Katalogspalte> s = Katalogspalte.find(zelle);
            if (s.isPresent() && positionen[s.get().ordinal()] < 0) {
                positionen[s.get().ordinal()] = i;
                namen[s.get().ordinal()] = zelle;
            }
        }
        return new Katalogkopf(namen, positionen, kopfzeile.size(), 1, null);
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
        Objects.requireNonNull(namen, "namen");
        pruefeAnzahl(zellenAnzahl);
        String[] n = new String[SPALTEN.length];
        int[] positionen = new int[SPALTEN.length];
        java.util.Arrays.fill(positionen, -1);
        namen.forEach((s, name) -> n[Objects.requireNonNull(s, "Katalogspalte").ordinal()] =
                Objects.requireNonNull(name, "name of " + s));
        return new Katalogkopf(n, positionen, zellenAnzahl, 1, null);
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
    public Katalogkopf withKopfzeile(long kopfzeile) {
        Fundstelle.zeile(kopfzeile);
        return new Katalogkopf(namen, positionen, zellenAnzahl, kopfzeile, quelle);
    }

    /**
     * This header of a named file; every finding on its rows names the file.
     *
     * @param quelle the file name, such as "katalog.csv"; null for none
     * @return the copy
     */
    public Katalogkopf withQuelle(String quelle) {
        if (quelle != null) {
            Fundstelle.quelle(quelle);
        }
        return new Katalogkopf(namen, positionen, zellenAnzahl, kopfzeile, quelle);
    }

    /**
     * Whether the header has the column.
     *
     * @param spalte the column
     * @return true when present
     */
    public boolean enthaelt(Katalogspalte spalte) {
        return namen[spalte.ordinal()] != null;
    }

    /**
     * The column's name as it appeared in the header, or its canonical name when the header lacks it.
     *
     * @param spalte the column
     * @return the name
     */
    public String spaltenname(Katalogspalte spalte) {
        String n = namen[spalte.ordinal()];
        return n != null ? n : spalte.bezeichnung();
    }

    /**
     * The columns present with their names as in the header.
     *
     * @return an unmodifiable map in column order
     */
    public Map<Katalogspalte, String> spaltennamen() {
        Map<Katalogspalte, String> map = new EnumMap<>(Katalogspalte.class);
        for (Katalogspalte s : SPALTEN) {
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
    public List<Katalogspalte> fehlendePflichtspalten() {
        List<Katalogspalte> fehlend = new ArrayList<>();
        for (Katalogspalte s : SPALTEN) {
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
    public Katalogzeile zeile(long zeile, List<String> zellen) {
        Objects.requireNonNull(zellen, "zellen");
        Katalogzeile.Builder b = Katalogzeile.builder(this).zeile(zeile).zellenAnzahl(zellen.size());
        boolean bekannt = false;
        for (Katalogspalte s : SPALTEN) {
            int p = positionen[s.ordinal()];
            bekannt |= p >= 0;
            if (p >= 0 && p < zellen.size()) {
                b.zelle(s, Objects.requireNonNull(zellen.get(p), "cell"));
            }
        }
        if (!bekannt && !spaltennamen().isEmpty()) {
            throw new IllegalStateException("The header was built from names only, its column positions are unknown:"
                    + " build rows with Katalogzeile.builder(kopf)");
        }
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Katalogkopf)) {
            return false;
        }
        Katalogkopf k = (Katalogkopf) o;
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
        return "Katalogkopf[" + spaltennamen().values() + ", " + zellenAnzahl + " cells, line " + kopfzeile
                + (quelle == null ? "" : ", " + quelle) + "]";
    }
}
