package de.ozg.core.table;

import de.ozg.core.validation.Befund;
import java.util.function.Consumer;

/**
 * How the usable rows of a tabular source become its model, such as the {@code OzgKatalog} of a
 * catalogue or the {@code Gebietsverzeichnis} of the Gemeindeverzeichnis. A {@link TableCheck}
 * hands every checked row to {@link #add} and finally calls {@link #build}.
 *
 * <p>Which rows are used must not depend on the active rules: a row is used when the cells the
 * model needs convert; contradictions are resolved by a documented choice (usually the first
 * occurrence). Rows left out are counted, so that nothing is dropped silently even when the rule
 * that explains why is switched off.
 *
 * <p>Implementations are mutable and used by one thread, once.
 *
 * @param <C> the column enum
 * @param <M> the model type
 */
public interface TableModel<C extends Enum<C> & TableColumn, M> {

    /**
     * Takes a checked row into the model when it is usable.
     *
     * @param row the row
     */
    void add(TableRow<C> row);

    /**
     * Builds the model; called once, after the last row.
     *
     * @param findings receives findings made while building, such as a part that breaks a model
     *                 invariant and is left out
     * @return the model
     */
    M build(Consumer<Befund> findings);

    /**
     * The number of rows that did not become part of the model, including those left out while
     * building.
     *
     * @return the count, at least 0
     */
    long skipped();
}
