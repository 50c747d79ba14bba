package de.ozg.core.validation.katalog;

import de.ozg.core.model.OzgKatalog;
import de.ozg.core.validation.Pruefbericht;
import java.util.Objects;

/**
 * The outcome of checking and reading a catalogue: the {@link OzgKatalog} assembled from the usable
 * rows and the {@link Pruefbericht} with every finding, side by side. A catalogue with errors still
 * yields the rows that could be used; {@link #uebersprungeneZeilen()} says how many were left out, so
 * nothing is dropped silently, even when the rule that explains why is switched off.
 *
 * <p>Immutable and thread-safe.
 *
 * @param katalog               the catalogue of the usable rows
 * @param bericht               the report
 * @param uebersprungeneZeilen  how many rows did not become a LeiKa service of the catalogue
 *                              (unusable cells, exact repetitions, contradictions resolved by first
 *                              occurrence)
 */
public record Katalogergebnis(OzgKatalog katalog, Pruefbericht bericht, long uebersprungeneZeilen) {

    /**
     * @param katalog              the catalogue, not null
     * @param bericht              the report, not null
     * @param uebersprungeneZeilen at least 0
     */
    public Katalogergebnis {
        Objects.requireNonNull(katalog, "katalog");
        Objects.requireNonNull(bericht, "bericht");
        if (uebersprungeneZeilen < 0) {
            throw new IllegalArgumentException("uebersprungeneZeilen must be at least 0, was " + uebersprungeneZeilen);
        }
    }
}
