package de.ozg.core.table;

import de.ozg.core.validation.Pruefbericht;
import java.util.Objects;

/**
 * The outcome of checking and reading a tabular source: the model assembled from the usable rows
 * and the {@link Pruefbericht} with every finding, side by side. A source with errors still yields
 * the rows that could be used, and the counts say what became of every data record:
 * {@code bericht().datensaetze()} records were read, {@link #abgewieseneZeilen()} of them the reader
 * rejected as broken (they reached no rule), and {@link #uebersprungeneZeilen()} of the rest did not
 * become part of the model.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <M>                  the model type
 * @param model                the model of the usable rows, such as an {@code OzgKatalog}
 * @param bericht              the report; its record count includes the rejected records
 * @param uebersprungeneZeilen how many checked rows did not become part of the model (unusable
 *                             cells, repetitions, contradictions resolved by first occurrence)
 * @param abgewieseneZeilen    how many records the reader rejected as broken (a cell or record over
 *                             the limits, text after a closing quote, an unclosed quote)
 */
public record TableResult<M>(M model, Pruefbericht bericht, long uebersprungeneZeilen, long abgewieseneZeilen) {

    /**
     * @param model                the model, not null
     * @param bericht              the report, not null
     * @param uebersprungeneZeilen at least 0
     * @param abgewieseneZeilen    at least 0
     */
    public TableResult {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(bericht, "bericht");
        if (uebersprungeneZeilen < 0 || abgewieseneZeilen < 0) {
            throw new IllegalArgumentException("row counts must be at least 0, were " + uebersprungeneZeilen
                    + " and " + abgewieseneZeilen);
        }
    }
}
