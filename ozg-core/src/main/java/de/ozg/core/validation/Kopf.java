package de.ozg.core.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The header of one tabular file as the reader met it: which columns it has, under which names (a
 * vendor's file may name a column differently from the publisher), how many cells a row should have,
 * the header's line and the file name. All {@link Zeile rows} of a file share one header, so a
 * finding can name the column as the user sees it without each row carrying the names again.
 *
 * <p>This is the one implementation behind
 * {@link de.ozg.core.validation.katalog.Katalogkopf Katalogkopf} and
 * {@link de.ozg.core.validation.gebiet.Gebietskopf Gebietskopf}. It is a public base class rather
 * than a helper held by each of them because the two live in different packages: a shared helper
 * would have to be public as well and each header would still repeat every method to delegate to
 * it, while the base class adds one type and declares each method once. The constructors are
 * protected and the state private; callers use the two final subclasses.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <S> the column enum
 * @param <K> the concrete header type
 */
public abstract class Kopf<S extends Enum<S> & Spaltenart, K extends Kopf<S, K>> {

    private final Class<S> art;
    private final S[] spalten;
    private final String[] namen;
    private final int[] positionen;
    private final int zellenAnzahl;
    private final long kopfzeile;
    private final String quelle;

    /**
     * The header of the published layout: every column under its canonical name in enum order, on
     * line 1, without file name.
     *
     * @param art the column enum
     */
    protected Kopf(Class<S> art) {
        this.art = art;
        this.spalten = art.getEnumConstants();
        this.namen = new String[spalten.length];
        this.positionen = new int[spalten.length];
        for (S s : spalten) {
            namen[s.ordinal()] = s.bezeichnung();
            positionen[s.ordinal()] = s.ordinal();
        }
        this.zellenAnzahl = spalten.length;
        this.kopfzeile = 1;
        this.quelle = null;
    }

    /**
     * The header read from a header row: each cell that names a column maps it to its position; the
     * first cell wins when a column is named twice; other cells are ignored. On line 1.
     *
     * @param art       the column enum
     * @param kopfzeile the header cells as given
     * @param finde     the column a cell names, if any
     */
    protected Kopf(Class<S> art, List<String> kopfzeile, Function<? super String, Optional<S>> finde) {
        Objects.requireNonNull(kopfzeile, "kopfzeile");
        this.art = art;
        this.spalten = art.getEnumConstants();
        this.namen = new String[spalten.length];
        this.positionen = new int[spalten.length];
        Arrays.fill(positionen, -1);
        for (int i = 0; i < kopfzeile.size(); i++) {
            String zelle = kopfzeile.get(i);
            Optional<S> s = finde.apply(zelle);
            if (s.isPresent() && positionen[s.get().ordinal()] < 0) {
                positionen[s.get().ordinal()] = i;
                namen[s.get().ordinal()] = zelle;
            }
        }
        this.zellenAnzahl = kopfzeile.size();
        this.kopfzeile = 1;
        this.quelle = null;
    }

    /**
     * A header whose column mapping a reader found itself; positions are unknown. On line 1.
     *
     * @param art          the column enum
     * @param namen        the columns present, each with its name as it appeared in the header
     * @param zellenAnzahl the number of cells of the header row, at least 0
     * @throws RegelwerkException with {@link RegelwerkViolation#INVALID_COUNT} if the count is negative
     */
    protected Kopf(Class<S> art, Map<S, String> namen, int zellenAnzahl) {
        Objects.requireNonNull(namen, "namen");
        pruefeAnzahl(zellenAnzahl);
        this.art = art;
        this.spalten = art.getEnumConstants();
        this.namen = new String[spalten.length];
        this.positionen = new int[spalten.length];
        Arrays.fill(positionen, -1);
        namen.forEach((s, name) -> this.namen[Objects.requireNonNull(s, art.getSimpleName()).ordinal()] =
                Objects.requireNonNull(name, "name of " + s));
        this.zellenAnzahl = zellenAnzahl;
        this.kopfzeile = 1;
        this.quelle = null;
    }

    /**
     * A copy of another header at another line and file.
     *
     * @param vorlage   the header copied
     * @param kopfzeile the 1-based line of the header, already checked
     * @param quelle    the file name, already checked; null for none
     */
    protected Kopf(Kopf<S, K> vorlage, long kopfzeile, String quelle) {
        this.art = vorlage.art;
        this.spalten = vorlage.spalten;
        this.namen = vorlage.namen;
        this.positionen = vorlage.positionen;
        this.zellenAnzahl = vorlage.zellenAnzahl;
        this.kopfzeile = kopfzeile;
        this.quelle = quelle;
    }

    /**
     * This header at another line and file; the subclass calls its copy constructor.
     *
     * @param neueKopfzeile the 1-based line of the header
     * @param neueQuelle    the file name; null for none
     * @return the copy
     */
    protected abstract K kopie(long neueKopfzeile, String neueQuelle);

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
    public final K withKopfzeile(long kopfzeile) {
        Fundstelle.zeile(kopfzeile);
        return kopie(kopfzeile, quelle);
    }

    /**
     * This header of a named file; every finding on its rows names the file.
     *
     * @param quelle the file name, such as "katalog.csv"; null for none
     * @return the copy
     */
    public final K withQuelle(String quelle) {
        if (quelle != null) {
            Fundstelle.quelle(quelle);
        }
        return kopie(kopfzeile, quelle);
    }

    /**
     * Whether the header has the column.
     *
     * @param spalte the column
     * @return true when present
     */
    public final boolean enthaelt(S spalte) {
        return namen[spalte.ordinal()] != null;
    }

    /**
     * The column's name as it appeared in the header, or its canonical name when the header lacks it.
     *
     * @param spalte the column
     * @return the name
     */
    public final String spaltenname(S spalte) {
        String n = namen[spalte.ordinal()];
        return n != null ? n : spalte.bezeichnung();
    }

    /**
     * The columns present with their names as in the header.
     *
     * @return an unmodifiable map in column order
     */
    public final Map<S, String> spaltennamen() {
        Map<S, String> map = new EnumMap<>(art);
        for (S s : spalten) {
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
    public final List<S> fehlendePflichtspalten() {
        List<S> fehlend = new ArrayList<>();
        for (S s : spalten) {
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
    public final int erwarteteZellenAnzahl() {
        return zellenAnzahl;
    }

    /**
     * The line of the header.
     *
     * @return the 1-based line
     */
    public final long kopfzeile() {
        return kopfzeile;
    }

    /**
     * The file name.
     *
     * @return the name, or empty
     */
    public final Optional<String> quelle() {
        return Optional.ofNullable(quelle);
    }

    /**
     * The location of the header line, for findings about the header.
     *
     * @return line and file
     */
    public final Fundstelle fundstelle() {
        Fundstelle f = Fundstelle.zeile(kopfzeile);
        return quelle == null ? f : f.withQuelle(quelle);
    }

    final String quelleOderNull() {
        return quelle;
    }

    final int spaltenAnzahl() {
        return spalten.length;
    }

    final S spalte(int ordinal) {
        return spalten[ordinal];
    }

    /**
     * Fills a row builder of this header from the cells in file order: each column takes the cell at
     * its header position; a column whose position lies beyond the row's end stays absent.
     *
     * @param <Z>       the row type
     * @param <B>       the builder type
     * @param builder   a fresh builder of this header
     * @param zeile     the 1-based physical line of the row
     * @param zellen    the cells exactly as read, none null
     * @param zeilenart the simple name of the row type, for the message when positions are unknown
     * @return the builder
     * @throws IllegalStateException if this header was built from names only (positions unknown)
     * @throws RegelwerkException    with {@link RegelwerkViolation#INVALID_FUNDSTELLE} if the line is below 1
     */
    protected final <Z extends Zeile<S, K>, B extends Zeile.AbstractBuilder<S, K, Z, B>> B fuelle(B builder, long zeile,
            List<String> zellen, String zeilenart) {
        Objects.requireNonNull(zellen, "zellen");
        builder.zeile(zeile).zellenAnzahl(zellen.size());
        boolean bekannt = false;
        for (S s : spalten) {
            int p = positionen[s.ordinal()];
            bekannt |= p >= 0;
            if (p >= 0 && p < zellen.size()) {
                builder.zelle(s, Objects.requireNonNull(zellen.get(p), "cell"));
            }
        }
        if (!bekannt && !spaltennamen().isEmpty()) {
            throw new IllegalStateException("The header was built from names only, its column positions are unknown:"
                    + " build rows with " + zeilenart + ".builder(kopf)");
        }
        return builder;
    }

    @Override
    public final boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || o.getClass() != getClass()) {
            return false;
        }
        Kopf<?, ?> k = (Kopf<?, ?>) o;
        return zellenAnzahl == k.zellenAnzahl && kopfzeile == k.kopfzeile && Objects.equals(quelle, k.quelle)
                && Arrays.equals(namen, k.namen) && Arrays.equals(positionen, k.positionen);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(Arrays.hashCode(namen), Arrays.hashCode(positionen), zellenAnzahl, kopfzeile, quelle);
    }

    @Override
    public final String toString() {
        return getClass().getSimpleName() + "[" + spaltennamen().values() + ", " + zellenAnzahl + " cells, line "
                + kopfzeile + (quelle == null ? "" : ", " + quelle) + "]";
    }
}
