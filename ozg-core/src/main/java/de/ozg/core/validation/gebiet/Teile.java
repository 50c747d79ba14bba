package de.ozg.core.validation.gebiet;

import de.ozg.core.table.TableRow;

/**
 * Reads the key parts, the Satzart and the population of a Gemeindeverzeichnis row, without regular
 * expressions. Shared by the rules and the assembly so that both agree on what is valid.
 */
final class Teile {

    /** The Satzarten and the ARS level they stand for (Region 30 has none). */
    static final int LAND = 10;
    static final int RB = 20;
    static final int REGION = 30;
    static final int KREIS = 40;
    static final int VERBAND = 50;
    static final int GEMEINDE = 60;

    /** Marks an empty population cell in {@link #bevoelkerung(String)}. */
    static final long LEER = -2;
    /** Marks a malformed population cell in {@link #bevoelkerung(String)}. */
    static final long UNGUELTIG = -1;

    private static final Gebietsspalte[] SCHLUESSELTEILE = {Gebietsspalte.LAND, Gebietsspalte.RB,
            Gebietsspalte.KREIS, Gebietsspalte.VB, Gebietsspalte.GEMEINDE};

    private Teile() {
    }

    /** The Satzart as a number, or -1 when it is not one of 10, 20, 30, 40, 50, 60. */
    static int satzart(String roh) {
        if (roh == null || roh.length() != 2 || roh.charAt(1) != '0') {
            return -1;
        }
        char c = roh.charAt(0);
        return c >= '1' && c <= '6' ? (c - '0') * 10 : -1;
    }

    /** The key parts a Satzart requires, coarse to fine. */
    static int anzahlTeile(int satzart) {
        switch (satzart) {
            case LAND:
                return 1;
            case RB:
                return 2;
            case REGION:
            case KREIS:
                return 3;
            case VERBAND:
                return 4;
            case GEMEINDE:
                return 5;
            default:
                return 0;
        }
    }

    static Gebietsspalte[] schluesselteile() {
        return SCHLUESSELTEILE.clone();
    }

    /** The number of digits a key part has at a Satzart (the Region has a one-digit "kreis"). */
    static int stellen(Gebietsspalte teil, int satzart) {
        switch (teil) {
            case LAND:
                return 2;
            case RB:
                return 1;
            case KREIS:
                return satzart == REGION ? 1 : 2;
            case VB:
                return 4;
            case GEMEINDE:
                return 3;
            default:
                throw new IllegalArgumentException(teil.name());
        }
    }

    /** The value of exactly {@code n} ASCII digits, or -1. */
    static int ziffern(String s, int n) {
        if (s == null || s.length() != n) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Whether a part finer than the Satzart's level is acceptable: empty or all zeros. */
    static boolean leerOderNull(String s) {
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /**
     * Why a key part is malformed at the row's Satzart, as {German, English}, or null when it is fine.
     */
    static String[] fehler(TableRow<Gebietsspalte> z, Gebietsspalte teil, int satzart) {
        int index = java.util.Arrays.asList(SCHLUESSELTEILE).indexOf(teil);
        String roh = z.rawCell(teil);
        if (index >= anzahlTeile(satzart)) {
            return leerOderNull(roh) ? null : new String[] {"muss bei Satzart " + satzart + " leer sein",
                "must be empty at Satzart " + satzart};
        }
        int n = stellen(teil, satzart);
        int v = ziffern(roh, n);
        if (v < 0) {
            return new String[] {"muss aus genau " + n + " Ziffer(n) bestehen", "must consist of exactly " + n
                    + " digit(s)"};
        }
        if (teil == Gebietsspalte.LAND && (v < 1 || v > 16)) {
            return new String[] {"muss ein Land-Code 01 bis 16 sein", "must be a Land code 01 to 16"};
        }
        if (teil == Gebietsspalte.RB && (satzart == RB || satzart == REGION) && v == 0) {
            return new String[] {"darf bei Satzart " + satzart + " nicht 0 sein", "must not be 0 at Satzart "
                    + satzart};
        }
        if (teil == Gebietsspalte.KREIS && v == 0 && satzart == REGION) {
            return new String[] {"darf bei Satzart " + satzart + " nicht 0 sein", "must not be 0 at Satzart "
                    + satzart};
        }
        return null;
    }

    /**
     * The row's key: the 12-digit ARS as a number for Satzart 10, 20, 40, 50, 60; for a Region a
     * number that only identifies it among Regions. -1 when the Satzart or a part is malformed.
     */
    static long schluessel(TableRow<Gebietsspalte> z) {
        int satzart = satzart(z.rawCell(Gebietsspalte.SATZART));
        if (satzart < 0) {
            return -1;
        }
        for (Gebietsspalte t : SCHLUESSELTEILE) {
            if (fehler(z, t, satzart) != null) {
                return -1;
            }
        }
        int teile = anzahlTeile(satzart);
        long land = ziffern(z.rawCell(Gebietsspalte.LAND), 2);
        long rb = teile > 1 ? ziffern(z.rawCell(Gebietsspalte.RB), 1) : 0;
        if (satzart == REGION) {
            return land * 100 + rb * 10 + ziffern(z.rawCell(Gebietsspalte.KREIS), 1);
        }
        long kreis = teile > 2 ? ziffern(z.rawCell(Gebietsspalte.KREIS), 2) : 0;
        long vb = teile > 3 ? ziffern(z.rawCell(Gebietsspalte.VB), 4) : 0;
        long gemeinde = teile > 4 ? ziffern(z.rawCell(Gebietsspalte.GEMEINDE), 3) : 0;
        return land * 10_000_000_000L + rb * 1_000_000_000L + kreis * 10_000_000L + vb * 1000L + gemeinde;
    }

    private static boolean isRand(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F';
    }

    private static boolean isTrenner(char c) {
        return c == ' ' || c == '.' || c == '\u00A0' || c == '\u202F';
    }

    /**
     * A population in German number format: digits, optionally grouped by threes with one kind of
     * separator (blank, NBSP, narrow NBSP or '.'), blanks at the ends allowed, e.g. " 90 164",
     * "1.847.253", "0". Returns {@link #LEER} for a blank cell and {@link #UNGUELTIG} otherwise.
     */
    static long bevoelkerung(String roh) {
        if (roh == null) {
            return LEER;
        }
        int a = 0;
        int b = roh.length();
        while (a < b && isRand(roh.charAt(a))) {
            a++;
        }
        while (b > a && isRand(roh.charAt(b - 1))) {
            b--;
        }
        if (a == b) {
            return LEER;
        }
        char trenner = 0;
        long wert = 0;
        int gruppe = 0;
        boolean erste = true;
        for (int i = a; i < b; i++) {
            char c = roh.charAt(i);
            if (c >= '0' && c <= '9') {
                if (gruppe >= 18) {
                    return UNGUELTIG;
                }
                wert = wert * 10 + (c - '0');
                gruppe++;
            } else if (isTrenner(c)) {
                if ((trenner != 0 && c != trenner) || gruppe == 0 || (erste ? gruppe > 3 : gruppe != 3)) {
                    return UNGUELTIG;
                }
                trenner = c;
                erste = false;
                gruppe = 0;
            } else {
                return UNGUELTIG;
            }
        }
        if (trenner != 0 && gruppe != 3) {
            return UNGUELTIG;
        }
        return wert;
    }

    /** Whether the text is null, empty or blanks only. */
    static boolean isLeer(String s) {
        return s == null || s.isBlank();
    }
}
