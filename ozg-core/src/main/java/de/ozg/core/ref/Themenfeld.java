package de.ozg.core.ref;

import de.ozg.core.internal.Suchschluessel;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * One of the 14 Themenfelder into which the Digitalisierungsprogramm Föderal groups the
 * OZG-Leistungen, such as {@code Familie & Kind} or {@code Unternehmensführung & -entwicklung}.
 * Each Themenfeld is led by a tandem of Bundesressorts and Länder (see {@link Federfuehrung}) and
 * is subdivided into Lebenslagen and Unternehmenslagen.
 *
 * <p>The set of Themenfelder is fixed by the programme, so it is a closed enum in the order of
 * its numbering (1 Arbeit &amp; Ruhestand … 14 Unternehmensführung &amp; -entwicklung). Sources
 * spell the names differently ("&amp;" or "und", trailing blanks, "Querschnittsleistungen");
 * {@link #find(CharSequence)} and {@link #parse(CharSequence)} accept these typographic variants
 * and nothing looser. Immutable and thread-safe.
 */
public enum Themenfeld {
    /** 1 Arbeit &amp; Ruhestand. */
    ARBEIT_RUHESTAND("Arbeit & Ruhestand", "arbeit_ruhestand"),
    /** 2 Bauen &amp; Wohnen. */
    BAUEN_WOHNEN("Bauen & Wohnen", "bauen_wohnen"),
    /** 3 Bildung. */
    BILDUNG("Bildung", "bildung"),
    /** 4 Ein- &amp; Auswanderung. */
    EIN_AUSWANDERUNG("Ein- & Auswanderung", "ein_auswanderung"),
    /** 5 Engagement &amp; Hobby. */
    ENGAGEMENT_HOBBY("Engagement & Hobby", "engagement_hobby"),
    /** 6 Familie &amp; Kind. */
    FAMILIE_KIND("Familie & Kind", "familie_kind"),
    /** 7 Forschung &amp; Förderung. */
    FORSCHUNG_FOERDERUNG("Forschung & Förderung", "forschung_foerderung"),
    /** 8 Gesundheit. */
    GESUNDHEIT("Gesundheit", "gesundheit"),
    /** 9 Mobilität &amp; Reisen. */
    MOBILITAET_REISEN("Mobilität & Reisen", "mobilitaet_reisen"),
    /** 10 Querschnitt, also called "Querschnittsleistungen" (the FIM code's spelling). */
    QUERSCHNITT("Querschnitt", "querschnittsleistungen"),
    /** 11 Recht &amp; Ordnung. */
    RECHT_ORDNUNG("Recht & Ordnung", "recht_ordnung"),
    /** 12 Steuern &amp; Zoll. */
    STEUERN_ZOLL("Steuern & Zoll", "steuern_zoll"),
    /** 13 Umwelt. */
    UMWELT("Umwelt", "umwelt"),
    /** 14 Unternehmensführung &amp; -entwicklung. */
    UNTERNEHMENSFUEHRUNG_ENTWICKLUNG("Unternehmensführung & -entwicklung", "unternehmensfuehrung_entwicklung");

    /** Longer input cannot be a Themenfeld; rejecting it early keeps the lookup cheap. */
    private static final int MAX_LAENGE = 200;

    private static final Themenfeld[] BY_NUMBER = values();

    private final String bezeichnung;
    private final String fimCode;

    Themenfeld(String bezeichnung, String fimCode) {
        this.bezeichnung = bezeichnung;
        this.fimCode = fimCode;
    }

    /**
     * The number of the Themenfeld, 1 to 14, in the order of the OZG-Umsetzungskatalog.
     *
     * @return the number
     */
    public int nummer() {
        return ordinal() + 1;
    }

    /**
     * The canonical name as the OZG-Umsetzungskatalog writes it, such as {@code "Familie & Kind"}.
     *
     * @return the name
     */
    public String bezeichnung() {
        return bezeichnung;
    }

    /**
     * The code of the Themenfeld in the FIM portal, such as {@code "familie_kind"}; Querschnitt
     * has the code {@code "querschnittsleistungen"}.
     *
     * @return the FIM code
     */
    public String fimCode() {
        return fimCode;
    }

    /**
     * The Themenfeld with the given number.
     *
     * @param nummer 1 to 14
     * @return the Themenfeld
     * @throws UnknownReferenceException if the number is outside 1 to 14
     */
    public static Themenfeld ofNummer(int nummer) {
        if (nummer < 1 || nummer > BY_NUMBER.length) {
            throw new UnknownReferenceException(ReferenceViolation.UNKNOWN_THEMENFELD,
                    String.valueOf(nummer), Text.of("form.themenfeld.nummer"));
        }
        return BY_NUMBER[nummer - 1];
    }

    /**
     * The Themenfeld with exactly this FIM code. Strict: case, blanks and names are not accepted
     * here; use {@link #parse(CharSequence)} for text from the wild.
     *
     * @param fimCode a FIM code such as {@code "familie_kind"}
     * @return the Themenfeld
     * @throws UnknownReferenceException if no Themenfeld has this code
     */
    public static Themenfeld ofFimCode(String fimCode) {
        if (fimCode != null) {
            for (Themenfeld t : BY_NUMBER) {
                if (t.fimCode.equals(fimCode)) {
                    return t;
                }
            }
        }
        throw new UnknownReferenceException(ReferenceViolation.UNKNOWN_THEMENFELD, fimCode,
                Text.of("form.themenfeld.fim"));
    }

    /**
     * Looks a Themenfeld up by name or FIM code with the tolerance every reference lookup of this
     * library shares (see the {@linkplain de.ozg.core.ref package}): any case; blanks of any kind
     * (NBSP, U+2009, U+3000 …), punctuation and invisible characters around and between the words;
     * a blank, dash or nothing for the hyphen; {@code ae}/{@code oe}/{@code ue}/{@code ss} for
     * umlauts and ß (also decomposed umlauts); and, for Themenfelder only, {@code "und"} for
     * {@code "&"} and {@code "Querschnittsleistungen"} for Querschnitt. So
     * {@code "Familie und Kind"}, {@code "FAMILIE & KIND "}, {@code "familie-kind"} and the FIM
     * code {@code "familie_kind"} all find Familie &amp; Kind.
     *
     * <p>A number such as {@code "6"} is deliberately <em>not</em> accepted: a digit string in a
     * Themenfeld column usually means a shifted column or a pasted OZG-ID, and numbering differs
     * between sources. Use {@link #ofNummer(int)} where a number is meant. Words are not
     * shortened or completed either: {@code "Familie"} and {@code "Familie und Kinder"} find
     * nothing.
     *
     * <p>Input that is already spelled canonically (or as the FIM code) is found without
     * allocating; other spellings cost one folded copy.
     *
     * @param text the name or code, may be null
     * @return the Themenfeld, or empty when the text is null, blank, longer than 200 characters or
     *         no Themenfeld
     */
    public static Optional<Themenfeld> find(CharSequence text) {
        if (text == null || text.length() > MAX_LAENGE) {
            return Optional.empty();
        }
        Map<String, Themenfeld> index = Index.VARIANTEN;
        if (text instanceof String) {
            Themenfeld exact = index.get(text);
            if (exact != null) {
                return Optional.of(exact);
            }
        }
        return Optional.ofNullable(index.get(Suchschluessel.von(text)));
    }

    /**
     * Parses a Themenfeld from its name or FIM code, accepting the variants described at
     * {@link #find(CharSequence)}.
     *
     * @param text the name or code
     * @return the Themenfeld
     * @throws UnknownReferenceException with {@link ReferenceViolation#UNKNOWN_THEMENFELD} if no
     *                                   Themenfeld matches; the message lists the 14 names
     */
    public static Themenfeld parse(CharSequence text) {
        Optional<Themenfeld> found = find(text);
        if (found.isPresent()) {
            return found.get();
        }
        throw new UnknownReferenceException(ReferenceViolation.UNKNOWN_THEMENFELD,
                text == null ? null : text.toString(), erwarteteForm());
    }

    private static Text erwarteteForm() {
        StringJoiner names = new StringJoiner(", ");
        for (Themenfeld t : BY_NUMBER) {
            names.add(t.bezeichnung);
        }
        return Text.of("form.themenfeld", names);
    }

    /** The variant index, built on first lookup rather than when the enum is loaded. */
    private static final class Index {
        static final Map<String, Themenfeld> VARIANTEN = baue();

        private static Map<String, Themenfeld> baue() {
            Map<String, Themenfeld> m = new HashMap<>();
            for (Themenfeld t : BY_NUMBER) {
                eintragen(m, t.bezeichnung, t);
                eintragen(m, t.bezeichnung.replace("&", "und"), t);
                eintragen(m, t.fimCode, t);
            }
            eintragen(m, "Querschnittsleistungen", QUERSCHNITT);
            return Map.copyOf(m);
        }

        private static void eintragen(Map<String, Themenfeld> m, String spelling, Themenfeld t) {
            for (String key : new String[] {spelling, Suchschluessel.von(spelling)}) {
                Themenfeld before = m.putIfAbsent(key, t);
                if (before != null && before != t) {
                    throw new AssertionError("Themenfeld spelling " + key + " is ambiguous: " + before + ", " + t);
                }
            }
        }

        private Index() {
        }
    }
}
