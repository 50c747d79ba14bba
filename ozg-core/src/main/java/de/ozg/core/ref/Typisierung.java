package de.ozg.core.ref;

import de.ozg.core.SafeText;
import static de.ozg.core.ref.Verwaltungsebene.BUND;
import static de.ozg.core.ref.Verwaltungsebene.KOMMUNE;
import static de.ozg.core.ref.Verwaltungsebene.LAND;

import de.ozg.core.OzgException;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The Typisierung of a LeiKa service: a code of the FIM code list {@value #CODELISTE} saying which
 * {@link Verwaltungsebene} regulates the service and which executes it. It decides who must build
 * the online service: Typ 1 is the Bund's alone, Typ 2/3, 4 and 5 are "föderal" and are built by
 * the Länder (under EfA, once for all), and the Kommunen execute many of them.
 *
 * <p>Codes 1 to 5 describe competences; a trailing {@code a} means the Land executes, {@code b} a
 * Kommune. {@code 2/3} is used when Typ 2 (Bund regulates) and Typ 3 (Bund regulates, Länder may
 * deviate) are not told apart, and is the most frequent value. Codes 6, 7, 10, 11 and 12 are not
 * administrative services in that sense (information, service numbers, internal, SDG services);
 * the meaning of 8 and 9 is not reliably published. For all of these the competence sets are
 * empty: the library does not guess. Declaration order is the order of the code list. A catalogue
 * cell may hold several codes, see {@link #parseMenge(CharSequence)}.
 *
 * <p>Immutable and thread-safe.
 */
public enum Typisierung {
    /** 1: the Bund regulates and executes. */
    TYP_1("1", "Regelung und Vollzug Bund", ebenen(BUND), ebenen(BUND)),
    /** 2: the Bund regulates, a Land or a Kommune executes. */
    TYP_2("2", "Regelung Bund, Vollzug Land oder Kommune", ebenen(BUND), ebenen(LAND, KOMMUNE)),
    /** 2a: the Bund regulates, the Land executes. */
    TYP_2A("2a", "Regelung Bund, Vollzug Land", ebenen(BUND), ebenen(LAND)),
    /** 2b: the Bund regulates, a Kommune executes under the Land's rules. */
    TYP_2B("2b", "Regelung Bund, Vollzug Kommune", ebenen(BUND), ebenen(KOMMUNE)),
    /** 3: the Bund regulates, the Länder may deviate; a Land or a Kommune executes. */
    TYP_3("3", "Regelung Bund mit Abweichungsrecht der Länder, Vollzug Land oder Kommune",
            ebenen(BUND, LAND), ebenen(LAND, KOMMUNE)),
    /** 3a: as 3, the Land executes. */
    TYP_3A("3a", "Regelung Bund mit Abweichungsrecht der Länder, Vollzug Land", ebenen(BUND, LAND),
            ebenen(LAND)),
    /** 3b: as 3, a Kommune executes. */
    TYP_3B("3b", "Regelung Bund mit Abweichungsrecht der Länder, Vollzug Kommune", ebenen(BUND, LAND),
            ebenen(KOMMUNE)),
    /** 2/3: Typ 2 or 3, not told apart; a Land or a Kommune executes. */
    TYP_2_3("2/3", "Regelung Bund (Typ 2 oder 3), Vollzug Land oder Kommune", ebenen(BUND, LAND),
            ebenen(LAND, KOMMUNE)),
    /** 2/3a: Typ 2 or 3, the Land executes. */
    TYP_2_3A("2/3a", "Regelung Bund (Typ 2 oder 3), Vollzug Land", ebenen(BUND, LAND), ebenen(LAND)),
    /** 2/3b: Typ 2 or 3, a Kommune executes. */
    TYP_2_3B("2/3b", "Regelung Bund (Typ 2 oder 3), Vollzug Kommune", ebenen(BUND, LAND), ebenen(KOMMUNE)),
    /** 4: the Land regulates and executes, through its own authorities or its Kommunen. */
    TYP_4("4", "Regelung und Vollzug Land (Vollzug durch Land oder Kommune)", ebenen(LAND),
            ebenen(LAND, KOMMUNE)),
    /** 4a: the Land regulates, the Land executes. */
    TYP_4A("4a", "Regelung Land, Vollzug Land", ebenen(LAND), ebenen(LAND)),
    /** 4b: the Land regulates, a Kommune executes. */
    TYP_4B("4b", "Regelung Land, Vollzug Kommune", ebenen(LAND), ebenen(KOMMUNE)),
    /** 5: the Kommune regulates (Satzungsrecht) and executes. */
    TYP_5("5", "Regelung und Vollzug Kommune (Satzungsrecht)", ebenen(KOMMUNE), ebenen(KOMMUNE)),
    /** 6: general information, no administrative procedure. */
    TYP_6("6", "Allgemeine Information", ebenen(), ebenen()),
    /** 7: a service number (Servicenummer), no administrative procedure. */
    TYP_7("7", "Servicenummer", ebenen(), ebenen()),
    /** 8: in the code list, meaning not reliably published. */
    TYP_8("8", "Typ 8 (Bedeutung nicht gesichert)", ebenen(), ebenen()),
    /** 9: in the code list, meaning not reliably published. */
    TYP_9("9", "Typ 9 (Bedeutung nicht gesichert)", ebenen(), ebenen()),
    /** 10: administration-internal service. */
    TYP_10("10", "Verwaltungsinterne Leistung", ebenen(), ebenen()),
    /** 11: information service under the Single Digital Gateway regulation (SDG). */
    TYP_11("11", "SDG-Informationsdienst", ebenen(), ebenen()),
    /** 12: assistance and problem-solving service under the Single Digital Gateway regulation (SDG). */
    TYP_12("12", "SDG-Hilfs- und Problemlösungsdienst", ebenen(), ebenen());

    /** The URN of the FIM code list these codes come from. */
    public static final String CODELISTE = "urn:de:fim:leika:typisierung";

    private static final Typisierung[] ALLE = values();

    private static final Text ERWARTET = Text.of("form.typisierung", CODELISTE);

    private final String code;
    private final String bezeichnung;
    private final Set<Verwaltungsebene> regelnd;
    private final Set<Verwaltungsebene> vollziehend;

    Typisierung(String code, String bezeichnung, Set<Verwaltungsebene> regelnd, Set<Verwaltungsebene> vollziehend) {
        this.code = code;
        this.bezeichnung = bezeichnung;
        this.regelnd = regelnd;
        this.vollziehend = vollziehend;
    }

    private static Set<Verwaltungsebene> ebenen(Verwaltungsebene... ebenen) {
        EnumSet<Verwaltungsebene> set = EnumSet.noneOf(Verwaltungsebene.class);
        Collections.addAll(set, ebenen);
        return Collections.unmodifiableSet(set);
    }

    /**
     * The code exactly as in the code list, such as {@code "2/3b"}: digits, an optional slash, an
     * optional lower-case letter.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * A short German description, such as {@code "Regelung Bund, Vollzug Kommune"}.
     *
     * @return the description
     */
    public String bezeichnung() {
        return bezeichnung;
    }

    /**
     * The levels that hold the power to regulate the service. For Typ 3 (and 2/3, where 3 cannot be
     * excluded) this includes {@link Verwaltungsebene#LAND}, because the Länder may enact deviating
     * rules. Empty for the codes that are no administrative service (6, 7, 10, 11, 12) and for the
     * codes of unsure meaning (8, 9).
     *
     * @return an unmodifiable set in declaration order of {@link Verwaltungsebene}, possibly empty
     */
    public Set<Verwaltungsebene> regelndeEbene() {
        return regelnd;
    }

    /**
     * The levels that may execute the service. Without a letter suffix (2, 3, 2/3, 4) both Land and
     * Kommune are possible; suffix {@code a} narrows it to the Land, {@code b} to the Kommune. Empty
     * for 6 to 12, as for {@link #regelndeEbene()}.
     *
     * @return an unmodifiable set in declaration order of {@link Verwaltungsebene}, possibly empty
     */
    public Set<Verwaltungsebene> vollziehendeEbene() {
        return vollziehend;
    }

    /**
     * Whether the service is "föderal": regulated by the Bund but executed by the Länder or
     * Kommunen, or regulated by a Land or a Kommune itself. True for the families 2/3, 4 and 5 as
     * the programme defines it, and also for plain 2 and 3 and their a/b variants, because 2/3 is
     * only the undistinguished form of exactly these: 2, 2a, 2b, 3, 3a, 3b, 2/3, 2/3a, 2/3b, 4, 4a,
     * 4b, 5. False for Typ 1 (the Bund's alone) and for 6 to 12.
     *
     * @return true for föderal services
     */
    public boolean isFoederal() {
        return vollziehend.contains(LAND) || vollziehend.contains(KOMMUNE);
    }

    /**
     * Whether Kommunen execute the service, or may execute it because the code does not say which
     * of Land and Kommune does: 2, 2b, 3, 3b, 2/3, 2/3b, 4, 4b and 5. Only such services count in
     * the denominator of a Kommune's coverage. Callers that want only the certain cases test
     * {@code vollziehendeEbene().equals(EnumSet.of(Verwaltungsebene.KOMMUNE))} instead.
     *
     * @return true when the Kommune is among the executing levels
     */
    public boolean isKommunalerVollzug() {
        return vollziehend.contains(KOMMUNE);
    }

    /**
     * Looks up one code exactly as {@link #parse(CharSequence)} does, without throwing.
     *
     * @param code the code, may be null
     * @return the Typisierung, or empty
     */
    public static Optional<Typisierung> find(CharSequence code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Typisierung t : ALLE) {
            if (t.code.contentEquals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * Parses one code. Strict: the text must be a code exactly as listed ({@code "2/3a"}); blanks,
     * upper-case letters ({@code "2A"}) and inner spaces ({@code "2/3 a"}) are rejected, as are
     * letters that do not exist ({@code "1a"}, {@code "5b"}).
     *
     * @param code the code
     * @return the Typisierung
     * @throws UnknownReferenceException with {@link ReferenceViolation#UNKNOWN_TYPISIERUNG} if the
     *                                   text is not a code
     */
    public static Typisierung parse(CharSequence code) {
        return find(code).orElseThrow(() -> new UnknownReferenceException(ReferenceViolation.UNKNOWN_TYPISIERUNG,
                code == null ? null : code.toString(), ERWARTET));
    }

    /**
     * Parses a catalogue cell that holds any number of codes separated by {@code ','} or
     * {@code ';'}, such as {@code "1, 2/3"}. Blanks around each part are ignored; every part must
     * otherwise be a code as for {@link #parse(CharSequence)} (so {@code "2/3 a"} is rejected:
     * inner blanks are not a formatting variant the code list knows). An empty or blank cell is the
     * empty set; an empty part between separators ({@code "1,,2"}) or after the last one is an
     * error. Duplicates collapse.
     *
     * @param zelle the cell
     * @return an unmodifiable set in code-list order, possibly empty
     * @throws UnknownReferenceException with {@link ReferenceViolation#UNKNOWN_TYPISIERUNG} naming
     *                                   the first bad part, its number (from 1) and its index in
     *                                   the cell; also when the cell is null
     */
    public static Set<Typisierung> parseMenge(CharSequence zelle) {
        if (zelle == null) {
            throw new UnknownReferenceException(ReferenceViolation.UNKNOWN_TYPISIERUNG, null,
                    Text.of("form.typisierung.zelle"));
        }
        String s = zelle.toString();
        EnumSet<Typisierung> menge = EnumSet.noneOf(Typisierung.class);
        if (s.isBlank()) {
            return Collections.unmodifiableSet(menge);
        }
        int start = 0;
        int teil = 1;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == ',' || s.charAt(i) == ';') {
                int von = start;
                int bis = i;
                while (von < bis && Character.isWhitespace(s.charAt(von))) {
                    von++;
                }
                while (bis > von && Character.isWhitespace(s.charAt(bis - 1))) {
                    bis--;
                }
                String code = s.substring(von, bis);
                Optional<Typisierung> t = find(code);
                if (t.isEmpty()) {
                    throw new UnknownReferenceException(ReferenceViolation.UNKNOWN_TYPISIERUNG, code,
                            Text.of("form.typisierung.teil", ERWARTET, teil, von, SafeText.quote(s)));
                }
                menge.add(t.get());
                start = i + 1;
                teil++;
            }
        }
        return Collections.unmodifiableSet(menge);
    }

    /**
     * Writes a set of codes as one cell, in code-list order, separated by {@code ", "}: the inverse
     * of {@link #parseMenge(CharSequence)}, e.g. {@code "1, 2/3"}; the empty set gives {@code ""}.
     *
     * @param menge the codes, no null elements
     * @return the cell text
     */
    public static String formatMenge(Collection<Typisierung> menge) {
        Objects.requireNonNull(menge, "menge");
        EnumSet<Typisierung> sortiert = EnumSet.noneOf(Typisierung.class);
        for (Typisierung t : menge) {
            sortiert.add(Objects.requireNonNull(t, "element of menge"));
        }
        StringJoiner joiner = new StringJoiner(", ");
        for (Typisierung t : sortiert) {
            joiner.add(t.code);
        }
        return joiner.toString();
    }
}
