package de.ozg.core.model;

/**
 * The OZG programme an OZG-Leistung is assigned to. Of the 575 OZG-Leistungen, 115 belong to the
 * Digitalisierungsprogramm Bund (the Bund regulates and executes) and 460 to the
 * Digitalisierungsprogramm Föderal, worked on in the 14 Themenfelder. The assignment is a
 * programme decision recorded as data, not derived from the Typisierung.
 */
public enum Programm {
    /** Digitalisierungsprogramm Bund. */
    BUND,
    /** Digitalisierungsprogramm Föderal. */
    FOEDERAL
}
