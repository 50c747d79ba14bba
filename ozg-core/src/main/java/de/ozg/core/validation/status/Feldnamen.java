package de.ozg.core.validation.status;

import java.util.Arrays;
import java.util.List;

/**
 * The field names of one record that are no {@link StatusField}: unknown ones, and repeated ones as
 * JSON Pointers relative to the record. Bounded: the first {@value #MAX} of each are kept, the rest
 * only counted. Not thread-safe; reused record after record.
 */
final class Feldnamen {

    /** Names and pointers kept per record. */
    static final int MAX = 16;

    private final String[] unbekannt = new String[MAX];
    private int anzahlUnbekannt;
    private long weitereUnbekannt;
    private final String[] doppelt = new String[MAX];
    private int anzahlDoppelt;
    private long weitereDoppelt;

    void leeren() {
        anzahlUnbekannt = 0;
        weitereUnbekannt = 0;
        anzahlDoppelt = 0;
        weitereDoppelt = 0;
    }

    /** Adds an unknown name; false when it was given before in the record (as far as kept). */
    boolean unbekannt(String name) {
        for (int i = 0; i < anzahlUnbekannt; i++) {
            if (unbekannt[i].equals(name)) {
                return false;
            }
        }
        if (anzahlUnbekannt < MAX) {
            unbekannt[anzahlUnbekannt++] = name;
        } else {
            weitereUnbekannt++;
        }
        return true;
    }

    void doppelt(String zeiger) {
        if (anzahlDoppelt < MAX) {
            doppelt[anzahlDoppelt++] = zeiger;
        } else {
            weitereDoppelt++;
        }
    }

    List<String> unbekannte() {
        return List.of(Arrays.copyOf(unbekannt, anzahlUnbekannt));
    }

    long weitereUnbekannte() {
        return weitereUnbekannt;
    }

    List<String> doppelte() {
        return List.of(Arrays.copyOf(doppelt, anzahlDoppelt));
    }

    long weitereDoppelte() {
        return weitereDoppelt;
    }
}
