package de.ozg.core.aggregation;

import java.util.List;
import java.util.Objects;

/**
 * Rows an aggregation could not place, for one reason: nothing is dropped silently, so every row
 * that does not fit the catalogue, the Gebietsverzeichnis or the counting rule is counted here, with
 * up to ten example keys (the smallest ones, so the sample does not depend on the order of the
 * rows). Immutable and thread-safe.
 *
 * @param grund     why the rows could not be placed
 * @param zeilen    how many rows
 * @param beispiele up to ten example keys: LeiKa keys, or ARS for {@link Grund#ARS_UNBEKANNT}
 */
public record NichtZugeordnet(Grund grund, long zeilen, List<String> beispiele) {

    /** Why a row could not be placed; a row is counted under the first reason that applies. */
    public enum Grund {
        /** The LeiKa key is not in the catalogue. */
        SCHLUESSEL_UNBEKANNT("LeiKa-Schlüssel nicht im Katalog"),
        /** No Gemeinde of the Gebietsverzeichnis lies under the ARS. */
        ARS_UNBEKANNT("ARS nicht im Gebietsverzeichnis"),
        /** The Reifegrad is of another model than the rule's threshold and cannot be compared. */
        REIFEGRAD_ANDERES_MODELL("Reifegrad eines anderen Modells");

        private final String bezeichnung;

        Grund(String bezeichnung) {
            this.bezeichnung = bezeichnung;
        }

        /** @return a German description for reports */
        public String bezeichnung() {
            return bezeichnung;
        }
    }

    /** Validates and copies. */
    public NichtZugeordnet {
        Objects.requireNonNull(grund, "grund");
        beispiele = List.copyOf(beispiele);
    }
}
