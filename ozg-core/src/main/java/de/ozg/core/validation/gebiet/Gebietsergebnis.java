package de.ozg.core.validation.gebiet;

import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.validation.Pruefbericht;
import java.util.Objects;

/**
 * The outcome of checking and reading a Gemeindeverzeichnis: the {@link Gebietsverzeichnis} of the
 * usable rows and the {@link Pruefbericht} with every finding. {@link #uebersprungeneZeilen()} says
 * how many rows were left out (malformed key, missing name, repeated key), so nothing is dropped
 * silently even when the explaining rule is switched off.
 *
 * <p>Immutable and thread-safe.
 *
 * @param verzeichnis          the directory of the usable rows
 * @param bericht              the report
 * @param uebersprungeneZeilen how many rows other than Regions did not become a Gebiet
 */
public record Gebietsergebnis(Gebietsverzeichnis verzeichnis, Pruefbericht bericht, long uebersprungeneZeilen) {

    /**
     * @param verzeichnis          the directory, not null
     * @param bericht              the report, not null
     * @param uebersprungeneZeilen at least 0
     */
    public Gebietsergebnis {
        Objects.requireNonNull(verzeichnis, "verzeichnis");
        Objects.requireNonNull(bericht, "bericht");
        if (uebersprungeneZeilen < 0) {
            throw new IllegalArgumentException("uebersprungeneZeilen must be at least 0, was " + uebersprungeneZeilen);
        }
    }
}
