package de.ozg.core.ref;

import de.ozg.core.internal.Suchschluessel;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One of the 16 Länder of the Federal Republic, identified by its two-digit Land code, the first
 * two digits of every AGS and ARS ({@code 01} Schleswig-Holstein … {@code 16} Thüringen).
 *
 * <p>The Länder are fixed by the Grundgesetz, so they are a closed enum rather than a data table;
 * the declaration order is the order of their codes. Immutable and thread-safe.
 */
public enum Bundesland {
    /** 01 Schleswig-Holstein. */
    SCHLESWIG_HOLSTEIN("01", "SH", "Schleswig-Holstein"),
    /** 02 Hamburg. */
    HAMBURG("02", "HH", "Hamburg"),
    /** 03 Niedersachsen. */
    NIEDERSACHSEN("03", "NI", "Niedersachsen"),
    /** 04 Bremen. */
    BREMEN("04", "HB", "Bremen"),
    /** 05 Nordrhein-Westfalen. */
    NORDRHEIN_WESTFALEN("05", "NW", "Nordrhein-Westfalen"),
    /** 06 Hessen. */
    HESSEN("06", "HE", "Hessen"),
    /** 07 Rheinland-Pfalz. */
    RHEINLAND_PFALZ("07", "RP", "Rheinland-Pfalz"),
    /** 08 Baden-Württemberg. */
    BADEN_WUERTTEMBERG("08", "BW", "Baden-Württemberg"),
    /** 09 Bayern. */
    BAYERN("09", "BY", "Bayern"),
    /** 10 Saarland. */
    SAARLAND("10", "SL", "Saarland"),
    /** 11 Berlin. */
    BERLIN("11", "BE", "Berlin"),
    /** 12 Brandenburg. */
    BRANDENBURG("12", "BB", "Brandenburg"),
    /** 13 Mecklenburg-Vorpommern. */
    MECKLENBURG_VORPOMMERN("13", "MV", "Mecklenburg-Vorpommern"),
    /** 14 Sachsen. */
    SACHSEN("14", "SN", "Sachsen"),
    /** 15 Sachsen-Anhalt. */
    SACHSEN_ANHALT("15", "ST", "Sachsen-Anhalt"),
    /** 16 Thüringen. */
    THUERINGEN("16", "TH", "Thüringen");

    private static final Bundesland[] BY_NUMBER = values();

    private final String code;
    private final String kuerzel;
    private final String bezeichnung;

    Bundesland(String code, String kuerzel, String bezeichnung) {
        this.code = code;
        this.kuerzel = kuerzel;
        this.bezeichnung = bezeichnung;
    }

    /**
     * The two-digit Land code, {@code "01"} to {@code "16"}, as it starts every AGS and ARS.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The Land code as a number, 1 to 16.
     *
     * @return the number
     */
    public int nummer() {
        return ordinal() + 1;
    }

    /**
     * The official two-letter abbreviation, such as {@code "ST"} for Sachsen-Anhalt.
     *
     * @return the Kürzel
     */
    public String kuerzel() {
        return kuerzel;
    }

    /**
     * The German name, such as {@code "Baden-Württemberg"}.
     *
     * @return the name
     */
    public String bezeichnung() {
        return bezeichnung;
    }

    /**
     * The ISO 3166-2 subdivision code, such as {@code "DE-ST"}.
     *
     * @return the ISO code
     */
    public String iso3166() {
        return "DE-" + kuerzel;
    }

    /**
     * The Land with the given number.
     *
     * @param nummer 1 to 16
     * @return the Land
     * @throws UnknownReferenceException if the number is outside 1 to 16
     */
    public static Bundesland ofNummer(int nummer) {
        if (nummer < 1 || nummer > BY_NUMBER.length) {
            throw new UnknownReferenceException(ReferenceViolation.UNKNOWN_BUNDESLAND,
                    String.valueOf(nummer), Text.of("form.land.nummer"));
        }
        return BY_NUMBER[nummer - 1];
    }

    /**
     * The Land with the given two-digit code. Strict: {@code "1"} or {@code " 01"} are rejected.
     *
     * @param code {@code "01"} to {@code "16"}
     * @return the Land
     * @throws UnknownReferenceException if the code is not one of the 16
     */
    public static Bundesland ofCode(CharSequence code) {
        return findByCode(code).orElseThrow(() -> new UnknownReferenceException(
                ReferenceViolation.UNKNOWN_BUNDESLAND, code == null ? null : code.toString(),
                Text.of("form.land.code")));
    }

    /**
     * Looks a Land up by its two-digit code.
     *
     * @param code the code, may be null
     * @return the Land, or empty
     */
    public static Optional<Bundesland> findByCode(CharSequence code) {
        if (code == null || code.length() != 2) {
            return Optional.empty();
        }
        char a = code.charAt(0);
        char b = code.charAt(1);
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            return Optional.empty();
        }
        int n = (a - '0') * 10 + (b - '0');
        return n >= 1 && n <= BY_NUMBER.length ? Optional.of(BY_NUMBER[n - 1]) : Optional.empty();
    }

    /**
     * Looks a Land up by code, Kürzel, ISO code, name or a common abbreviation, with the tolerance
     * every reference lookup of this library shares (see the {@linkplain de.ozg.core.ref package}):
     * any case; blanks of any kind (NBSP, U+2009, U+3000 …) and invisible characters around and
     * inside the text; a blank, dash or nothing for the hyphen ({@code "Sachsen Anhalt"},
     * {@code "Nordrhein Westfalen"}); {@code ae}/{@code oe}/{@code ue}/{@code ss} for umlauts and
     * ß ({@code "Thueringen"}). Accepted besides the code ({@code "15"}), the Kürzel ({@code "ST"})
     * and the ISO code ({@code "DE-ST"}): the common abbreviations {@code NRW}, {@code RLP},
     * {@code BaWü}, {@code M-V} and {@code LSA}, and the names the Länder constitutions give
     * ({@code "Freistaat Bayern"}, {@code "Freie und Hansestadt Hamburg"}, {@code "Freie Hansestadt
     * Bremen"}, {@code "Freistaat Sachsen"}, {@code "Freistaat Thüringen"}). A single digit is not
     * a code.
     *
     * @param text the text, may be null
     * @return the Land, or empty
     */
    public static Optional<Bundesland> find(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<Bundesland> byCode = findByCode(text);
        if (byCode.isPresent()) {
            return byCode;
        }
        return Optional.ofNullable(Index.VARIANTEN.get(Suchschluessel.von(text)));
    }

    /**
     * Parses a Land from code, Kürzel, ISO code, name or abbreviation (see
     * {@link #find(CharSequence)}).
     *
     * @param text the text
     * @return the Land
     * @throws UnknownReferenceException if no Land matches
     */
    public static Bundesland parse(CharSequence text) {
        return find(text).orElseThrow(() -> new UnknownReferenceException(
                ReferenceViolation.UNKNOWN_BUNDESLAND, text == null ? null : text.toString(),
                Text.of("form.land")));
    }

    /** The folded spellings of every Land, built on first lookup rather than when the enum loads. */
    private static final class Index {
        static final Map<String, Bundesland> VARIANTEN = baue();

        private static Map<String, Bundesland> baue() {
            Map<String, Bundesland> m = new HashMap<>();
            for (Bundesland land : BY_NUMBER) {
                eintragen(m, land.code, land);
                eintragen(m, land.kuerzel, land);
                eintragen(m, land.iso3166(), land);
                eintragen(m, land.bezeichnung, land);
            }
            eintragen(m, "NRW", NORDRHEIN_WESTFALEN);
            eintragen(m, "RLP", RHEINLAND_PFALZ);
            eintragen(m, "BaWü", BADEN_WUERTTEMBERG);
            eintragen(m, "M-V", MECKLENBURG_VORPOMMERN);
            eintragen(m, "LSA", SACHSEN_ANHALT);
            eintragen(m, "Freistaat Bayern", BAYERN);
            eintragen(m, "Freistaat Sachsen", SACHSEN);
            eintragen(m, "Freistaat Thüringen", THUERINGEN);
            eintragen(m, "Freie und Hansestadt Hamburg", HAMBURG);
            eintragen(m, "Freie Hansestadt Bremen", BREMEN);
            return Map.copyOf(m);
        }

        private static void eintragen(Map<String, Bundesland> m, String spelling, Bundesland land) {
            String key = Suchschluessel.von(spelling);
            Bundesland before = m.putIfAbsent(key, land);
            if (before != null && before != land) {
                throw new AssertionError("Land spelling " + key + " is ambiguous: " + before + ", " + land);
            }
        }

        private Index() {
        }
    }
}
