package de.ozg.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The Stichtage found in the rows of one status file: the earliest, the latest and the distinct
 * dates, so that a report can say what day its figures describe. A file normally holds one Stichtag,
 * or a few months of them; a hostile file may hold a different date in every row, so only the
 * {@value #MAX} earliest distinct dates are kept, while earliest and latest stay exact. Keeping the
 * earliest (not the first met) makes the result independent of the order of the rows, so the parts
 * of a file read on several threads {@linkplain #merge merge} to what one reader collects.
 * Collecting costs one comparison per row when the date repeats. Not thread-safe: one per thread.
 */
final class Stichtage {

    /** Distinct dates kept; beyond it only the range is exact. */
    static final int MAX = 1_000;

    private final TreeSet<LocalDate> tage = new TreeSet<>();
    private LocalDate zuletzt;
    private LocalDate erster;
    private LocalDate letzter;
    private boolean mehr;

    /** Adds the Stichtag of one row. */
    void add(LocalDate tag) {
        if (tag.equals(zuletzt)) {
            return;
        }
        zuletzt = tag;
        if (erster == null || tag.isBefore(erster)) {
            erster = tag;
        }
        if (letzter == null || tag.isAfter(letzter)) {
            letzter = tag;
        }
        behalte(tag);
    }

    private void behalte(LocalDate tag) {
        if (tage.size() < MAX) {
            tage.add(tag);
        } else if (!tage.contains(tag)) {
            mehr = true;
            if (tag.isBefore(tage.last())) {
                tage.pollLast();
                tage.add(tag);
            }
        }
    }

    /**
     * Adds the Stichtage another collector found, as if its rows had been added here.
     *
     * @param other the other collector, left unchanged
     * @return this collector
     */
    Stichtage merge(Stichtage other) {
        for (LocalDate tag : other.tage) {
            behalte(tag);
        }
        mehr |= other.mehr;
        if (other.erster != null && (erster == null || other.erster.isBefore(erster))) {
            erster = other.erster;
        }
        if (other.letzter != null && (letzter == null || other.letzter.isAfter(letzter))) {
            letzter = other.letzter;
        }
        return this;
    }

    /** @return the earliest Stichtag, empty when no row was read */
    Optional<LocalDate> erster() {
        return Optional.ofNullable(erster);
    }

    /** @return the latest Stichtag, empty when no row was read */
    Optional<LocalDate> letzter() {
        return Optional.ofNullable(letzter);
    }

    /** @return the earliest distinct Stichtage in order, at most {@value #MAX} */
    List<LocalDate> tage() {
        return new ArrayList<>(tage);
    }

    /** @return whether there were more distinct Stichtage than were kept */
    boolean isUnvollstaendig() {
        return mehr;
    }

    /** @return whether no row was read */
    boolean isEmpty() {
        return erster == null;
    }

    /**
     * The Stichtage in words: "Stichtag 31.05.2023", "Stichtage 31.01.2023 bis 30.06.2023 (6)",
     * "kein Stichtag (keine Zeile gelesen)".
     */
    String toText(Darstellung d) {
        if (isEmpty()) {
            return d.text("stichtage.keiner");
        }
        if (erster.equals(letzter)) {
            return d.text("stichtage.einer", d.datum(erster));
        }
        return d.text(mehr ? "stichtage.vieleMehr" : "stichtage.viele", d.datum(erster), d.datum(letzter),
                d.zahl(tage.size()));
    }

    /** The Stichtage as a short heading: one date, or the range. */
    String kurz(Darstellung d) {
        if (isEmpty()) {
            return d.text("stichtage.keinerKurz");
        }
        return erster.equals(letzter) ? d.datum(erster) : d.datum(erster) + " – " + d.datum(letzter);
    }
}
