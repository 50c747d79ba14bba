package de.ozg.core.ref;

import de.ozg.core.internal.Suchschluessel;
import java.util.Optional;

/**
 * The priority a Land gives to implementing or connecting an online service, on the four-step
 * scale of Sachsen-Anhalt's Nachnutzungsübersicht: 1 hoch, 2 mittel, 3 niedrig, 4 kein Bedarf.
 * The older programme categories (Laborleistung, Laborkandidat, mittlere Priorität,
 * depriorisiert) are a different scale and are not mapped onto this one.
 *
 * <p>Declaration order is the order of the Stufen, highest priority first. Immutable and
 * thread-safe.
 */
public enum Priorisierung {
    /** 1: high priority. */
    HOCH(1, "hoch"),
    /** 2: medium priority. */
    MITTEL(2, "mittel"),
    /** 3: low priority. */
    NIEDRIG(3, "niedrig"),
    /** 4: no need: the Land does not intend to offer the service. */
    KEIN_BEDARF(4, "kein Bedarf");

    private static final Text ERWARTET = Text.of("form.priorisierung");

    private final int stufe;
    private final String bezeichnung;

    Priorisierung(int stufe, String bezeichnung) {
        this.stufe = stufe;
        this.bezeichnung = bezeichnung;
    }

    /**
     * The Stufe, 1 (hoch) to 4 (kein Bedarf).
     *
     * @return the Stufe
     */
    public int stufe() {
        return stufe;
    }

    /**
     * The German name as Sachsen-Anhalt writes it: {@code "hoch"}, {@code "mittel"},
     * {@code "niedrig"}, {@code "kein Bedarf"}.
     *
     * @return the name
     */
    public String bezeichnung() {
        return bezeichnung;
    }

    /**
     * The Priorisierung of a Stufe.
     *
     * @param stufe 1 to 4
     * @return the Priorisierung
     * @throws UnknownReferenceException with {@link ReferenceViolation#UNKNOWN_PRIORISIERUNG} if
     *                                   the Stufe is outside 1 to 4
     */
    public static Priorisierung ofStufe(int stufe) {
        if (stufe < 1 || stufe > 4) {
            throw new UnknownReferenceException(ReferenceViolation.UNKNOWN_PRIORISIERUNG, String.valueOf(stufe),
                    Text.of("form.priorisierung.stufe"));
        }
        return values()[stufe - 1];
    }

    /**
     * Looks a Priorisierung up, ignoring case and blanks of any kind (NBSP, U+2009 …) at the ends.
     * Accepted: the Stufe ({@code "1"}), the name ({@code "hoch"}, {@code "kein Bedarf"}, {@code "KEIN_BEDARF"}), or
     * both as {@code "1 - hoch"}, {@code "1 – hoch"}, {@code "1: hoch"}, {@code "1 hoch"} or
     * {@code "1 (hoch)"}. When both are given they must agree: {@code "1 - niedrig"} is not found.
     *
     * @param text the text, may be null
     * @return the Priorisierung, or empty
     */
    public static Optional<Priorisierung> find(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = Suchschluessel.strip(text);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        char first = t.charAt(0);
        if (first < '0' || first > '9') {
            return findName(t);
        }
        if (first < '1' || first > '4' || t.length() > 1 && Character.isDigit(t.charAt(1))) {
            return Optional.empty();
        }
        Priorisierung nachStufe = values()[first - '1'];
        String rest = Suchschluessel.strip(t.substring(1));
        if (rest.isEmpty()) {
            return Optional.of(nachStufe);
        }
        char sep = rest.charAt(0);
        if (sep == '(') {
            if (!rest.endsWith(")")) {
                return Optional.empty();
            }
            rest = rest.substring(1, rest.length() - 1);
        } else if (sep == '-' || sep == '\u2013' || sep == '\u2014' || sep == ':') {
            rest = rest.substring(1);
        } else if (!Suchschluessel.isBlank(t.charAt(1))) {
            return Optional.empty();
        }
        return findName(rest).filter(p -> p == nachStufe);
    }

    private static Optional<Priorisierung> findName(String name) {
        String key = Suchschluessel.von(name);
        for (Priorisierung p : values()) {
            if (key.equals(Suchschluessel.von(p.bezeichnung))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Parses a Priorisierung as {@link #find(CharSequence)} does.
     *
     * @param text the text
     * @return the Priorisierung
     * @throws UnknownReferenceException with {@link ReferenceViolation#UNKNOWN_PRIORISIERUNG} if
     *                                   nothing matches or Stufe and name disagree
     */
    public static Priorisierung parse(CharSequence text) {
        return find(text).orElseThrow(() -> new UnknownReferenceException(ReferenceViolation.UNKNOWN_PRIORISIERUNG,
                text == null ? null : text.toString(), ERWARTET));
    }
}
