package de.ozg.core.aggregation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A result as a plain table: a title, column headings and rows of cell texts, in the deterministic
 * order of the aggregate. It is the neutral form every aggregate of this package can be printed in;
 * {@link #toText()} renders aligned plain text, and renderers for HTML, CSV or JSON need nothing
 * but {@link #spalten()} and {@link #zeilen()}. Numbers are written without grouping, shares as
 * percent with one decimal ({@code "99.0 %"}), so the text is the same under every locale.
 * Immutable and thread-safe.
 *
 * @param titel   the title, such as the counting rule the figures follow
 * @param spalten the column headings
 * @param zeilen  the rows, each with one cell per column
 */
public record Tabelle(String titel, List<String> spalten, List<List<String>> zeilen) {

    /**
     * A table; rows are copied.
     *
     * @throws IllegalArgumentException when a row has a different number of cells than columns
     */
    public Tabelle {
        Objects.requireNonNull(titel, "titel");
        spalten = List.copyOf(spalten);
        List<List<String>> kopie = new ArrayList<>(zeilen.size());
        for (List<String> z : zeilen) {
            if (z.size() != spalten.size()) {
                throw new IllegalArgumentException("Tabelle row must have " + spalten.size() + " cells, had "
                        + z.size() + ": " + z);
            }
            kopie.add(List.copyOf(z));
        }
        zeilen = List.copyOf(kopie);
    }

    /**
     * The table as aligned plain text: the title, a heading line, a rule and one line per row;
     * cells that start with a digit or a sign are right-aligned.
     *
     * @return the text, lines ending in {@code \n}
     */
    public String toText() {
        int[] breite = new int[spalten.size()];
        for (int i = 0; i < breite.length; i++) {
            breite[i] = spalten.get(i).length();
            for (List<String> z : zeilen) {
                breite[i] = Math.max(breite[i], z.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        if (!titel.isEmpty()) {
            sb.append(titel).append('\n');
        }
        zeile(sb, spalten, breite, false);
        int gesamt = 0;
        for (int b : breite) {
            gesamt += b;
        }
        sb.append("-".repeat(gesamt + 2 * Math.max(0, breite.length - 1))).append('\n');
        for (List<String> z : zeilen) {
            zeile(sb, z, breite, true);
        }
        return sb.toString();
    }

    private static void zeile(StringBuilder sb, List<String> zellen, int[] breite, boolean rechtsZahlen) {
        StringBuilder z = new StringBuilder();
        for (int i = 0; i < breite.length; i++) {
            if (i > 0) {
                z.append("  ");
            }
            String c = zellen.get(i);
            String luecke = " ".repeat(breite[i] - c.length());
            if (rechtsZahlen && isZahl(c)) {
                z.append(luecke).append(c);
            } else {
                z.append(c).append(luecke);
            }
        }
        int ende = z.length();
        while (ende > 0 && z.charAt(ende - 1) == ' ') {
            ende--;
        }
        sb.append(z, 0, ende).append('\n');
    }

    private static boolean isZahl(String c) {
        if (c.isEmpty()) {
            return false;
        }
        char f = c.charAt(0);
        return f >= '0' && f <= '9' || (f == '-' || f == '+') && c.length() > 1;
    }

    /** The table as text, as {@link #toText()}. */
    @Override
    public String toString() {
        return toText();
    }

    /** A share as percent with one decimal, rounded down so 99.99 % never prints as 100.0 %. */
    static String prozent(long zaehler, long nenner) {
        if (nenner <= 0) {
            return "-";
        }
        long promille = zaehler * 1000 / nenner;
        return promille / 10 + "." + promille % 10 + " %";
    }
}
