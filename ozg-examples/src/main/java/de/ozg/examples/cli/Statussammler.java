package de.ozg.examples.cli;

import de.ozg.core.aggregation.Accumulator;
import de.ozg.core.aggregation.Schnappschuss;
import de.ozg.core.aggregation.Umsetzungsmatrix;
import de.ozg.core.model.Umsetzungsstand;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a command collects from the accepted rows of one status file: always the Stichtage, and as
 * the command needs them the Umsetzungsmatrix and the snapshot for the Stichtag comparison. One
 * accumulator, so that the parts of a file read on several threads each fill their own and are
 * merged at the end ({@link de.ozg.json.ParallelStatusReader}); every part merges exactly, so the
 * figures do not depend on the number of threads. Not thread-safe: one per thread.
 */
final class Statussammler implements Accumulator<Umsetzungsstand, Statussammler, Statussammler> {

    private final Stichtage stichtage = new Stichtage();
    private final Umsetzungsmatrix matrix;
    private final Schnappschuss.Sammler schnappschuss;

    private Statussammler(Umsetzungsmatrix matrix, Schnappschuss.Sammler schnappschuss) {
        this.matrix = matrix;
        this.schnappschuss = schnappschuss;
    }

    /**
     * A factory of empty collectors; each has a matrix of its own when {@code matrix} is given.
     *
     * @param matrix        an empty matrix whose setup every collector counts over, or null
     * @param schnappschuss whether to collect the snapshot of a Stichtag comparison
     * @return the factory
     */
    static Supplier<Statussammler> leer(Umsetzungsmatrix matrix, boolean schnappschuss) {
        // the first collector takes the given matrix; the others copy its setup, which is cheap
        boolean[] vergeben = {false};
        return () -> {
            Umsetzungsmatrix m;
            synchronized (vergeben) {
                m = matrix == null ? null : vergeben[0] ? matrix.zeroLike() : matrix;
                vergeben[0] = true;
            }
            return new Statussammler(m, schnappschuss ? Schnappschuss.sammler() : null);
        };
    }

    /** @return a collector of the Stichtage alone */
    static Statussammler nurStichtage() {
        return new Statussammler(null, null);
    }

    @Override
    public void add(Umsetzungsstand zeile) {
        stichtage.add(zeile.stichtag());
        if (matrix != null) {
            matrix.add(zeile);
        }
        if (schnappschuss != null) {
            schnappschuss.add(zeile);
        }
    }

    @Override
    public Statussammler merge(Statussammler other) {
        stichtage.merge(other.stichtage);
        if (matrix != null) {
            matrix.merge(other.matrix);
        }
        if (schnappschuss != null) {
            schnappschuss.merge(other.schnappschuss);
        }
        return this;
    }

    @Override
    public Statussammler result() {
        return this;
    }

    /** @return the Stichtage of the rows */
    Stichtage stichtage() {
        return stichtage;
    }

    /** @return the matrix, when collected */
    Optional<Umsetzungsmatrix> matrix() {
        return Optional.ofNullable(matrix);
    }

    /** @return the snapshot, when collected */
    Optional<Schnappschuss> schnappschuss() {
        return Optional.ofNullable(schnappschuss).map(Schnappschuss.Sammler::result);
    }
}
