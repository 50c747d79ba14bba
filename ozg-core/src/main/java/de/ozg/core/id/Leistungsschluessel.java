package de.ozg.core.id;

import de.ozg.core.SafeText;
import de.ozg.core.OzgException;
import de.ozg.core.internal.Ziffern;

/**
 * The Leistungsschlüssel of a service in the Leistungskatalog (LeiKa): 14 digits such as
 * {@code 99041006013000} (Elterngeld Informationserteilung). The first eight digits are the
 * Leistungsobjekt-ID – {@code 99} for the Bund catalogue, then Leistungsgruppierung (3) and Kennung
 * (3) – followed by Verrichtung (3) and Verrichtungsdetail (3); zeros mean "not refined", which
 * gives the {@link LeikaTyp}. There is no check digit. Keys with prefixes other than {@code 99} are
 * regional keys and are accepted ({@link #isBundeskatalog()} tells them apart).
 *
 * <p>Real catalogues write the placeholder "nicht im LeiKa" where a service has no key yet. That is
 * a legal unkeyed state for the model, not a key: {@link #isPlaceholder(CharSequence)} recognises
 * it and {@link #parse(CharSequence)} rejects it with {@link IdFormatViolation#PLACEHOLDER}.
 *
 * <p>The key is held as a {@code long}; {@link #toString()} gives the canonical 14 digits.
 * Immutable and thread-safe.
 */
public final class Leistungsschluessel implements Comparable<Leistungsschluessel> {

    private static final int LENGTH = 14;
    private static final long MAX = 99_999_999_999_999L;
    /** The URN prefix in its canonical, lower-case form. */
    public static final String URN_PREFIX = "urn:de:fim:leika:leistung:";

    private final long value;

    private Leistungsschluessel(long value) {
        this.value = value;
    }

    /**
     * Parses exactly 14 ASCII digits. The input is never trimmed or repaired; see
     * {@link #normalize(CharSequence)} for that.
     *
     * @param text the text, such as {@code "99041006013000"}
     * @return the key
     * @throws IdFormatException with {@link IdFormatViolation#NULL}, {@code EMPTY}, {@code PLACEHOLDER},
     *                           {@code NON_DIGIT}, {@code WRONG_LENGTH} or {@code INVALID_STRUCTURE}
     *                           (a Verrichtungsdetail without Verrichtung)
     */
    public static Leistungsschluessel parse(CharSequence text) {
        long v = Ziffern.wert(text, LENGTH);
        if (v < 0) {
            if (text != null && isPlaceholder(text)) {
                throw placeholderError(text);
            }
            throw Ids.digitError(IdTyp.LEISTUNGSSCHLUESSEL, text, LENGTH);
        }
        if (!isStructureValid(v)) {
            throw structureError(text);
        }
        return new Leistungsschluessel(v);
    }

    /**
     * The key with the given numeric value, as produced by {@link #longValue()}.
     *
     * @param value 0 to 99999999999999
     * @return the key
     * @throws IdFormatException with {@link IdFormatViolation#OUT_OF_RANGE} or {@code INVALID_STRUCTURE}
     */
    public static Leistungsschluessel of(long value) {
        if (value < 0 || value > MAX) {
            throw Ids.rangeError(IdTyp.LEISTUNGSSCHLUESSEL, value, MAX);
        }
        if (!isStructureValid(value)) {
            throw structureError(Ids.pad(value, LENGTH));
        }
        return new Leistungsschluessel(value);
    }

    /**
     * Parses the URN form {@code urn:de:fim:leika:leistung:<14 digits>}. The prefix is compared
     * ignoring case (URN scheme and namespace are case-insensitive), the key part strictly.
     *
     * @param urn the URN
     * @return the key
     * @throws IdFormatException with {@link IdFormatViolation#INVALID_URN} for a wrong prefix, or the
     *                           key's violation for a malformed key part
     */
    public static Leistungsschluessel parseUrn(CharSequence urn) {
        int p = URN_PREFIX.length();
        Text expected = Text.of("form.leika.urn", URN_PREFIX);
        if (urn == null) {
            throw Ids.error(IdTyp.LEISTUNGSSCHLUESSEL, IdFormatViolation.NULL, Text.of("leika.urn.null", expected),
                    null, expected);
        }
        String s = urn.toString();
        if (s.length() < p || !s.regionMatches(true, 0, URN_PREFIX, 0, p)) {
            throw Ids.error(IdTyp.LEISTUNGSSCHLUESSEL, IdFormatViolation.INVALID_URN,
                    Text.of("leika.urn.prefix", URN_PREFIX, SafeText.quote(s)), s, expected);
        }
        IdFormatException nonDigit = Ids.nonDigitError(IdTyp.LEISTUNGSSCHLUESSEL, "leika.urn.nonDigit", s, p,
                s.length(), expected);
        if (nonDigit != null) {
            throw nonDigit;
        }
        if (s.length() - p != LENGTH) {
            throw Ids.wrongLength(IdTyp.LEISTUNGSSCHLUESSEL, "leika.urn.wrongLength", s, s.length() - p, LENGTH,
                    expected);
        }
        long v = Ziffern.wert(s, p, s.length());
        if (!isStructureValid(v)) {
            throw structureError(s);
        }
        return new Leistungsschluessel(v);
    }

    /**
     * Whether {@link #parse(CharSequence)} would accept the text. Does not throw or allocate.
     *
     * @param text the text, may be null
     * @return true for a well-formed key
     */
    public static boolean isValid(CharSequence text) {
        long v = Ziffern.wert(text, LENGTH);
        return v >= 0 && isStructureValid(v);
    }

    /**
     * Whether the text is the catalogue placeholder "nicht im LeiKa" for a service without key.
     * Case is ignored, and blanks (including NBSP and zero-width characters) around and between the
     * words are tolerated.
     *
     * @param text the text, may be null
     * @return true for the placeholder
     */
    public static boolean isPlaceholder(CharSequence text) {
        if (text == null) {
            return false;
        }
        int i = skipBlanks(text, 0);
        i = matchWord(text, i, "nicht");
        int j = skipBlanks(text, i);
        if (i < 0 || j == i) {
            return false;
        }
        i = matchWord(text, j, "im");
        j = skipBlanks(text, i);
        if (i < 0 || j == i) {
            return false;
        }
        i = matchWord(text, j, "leika");
        return i >= 0 && skipBlanks(text, i) == text.length();
    }

    private static int skipBlanks(CharSequence s, int from) {
        if (from < 0) {
            return from;
        }
        int i = from;
        while (i < s.length() && Ids.isBlankChar(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int matchWord(CharSequence s, int from, String lowerWord) {
        if (from < 0 || s.length() - from < lowerWord.length()) {
            return -1;
        }
        for (int k = 0; k < lowerWord.length(); k++) {
            if (Character.toLowerCase(s.charAt(from + k)) != lowerWord.charAt(k)) {
                return -1;
            }
        }
        return from + lowerWord.length();
    }

    /**
     * Repairs harmless defects (surrounding blanks, NBSP, zero-width characters, full-width digits)
     * and parses the result strictly. A 13-digit key is never padded: Bund keys start with
     * {@code 99}, so a missing digit is not a lost leading zero and cannot be placed. The
     * placeholder "nicht im LeiKa" fails with {@link IdFormatViolation#PLACEHOLDER}.
     *
     * @param text the text, may be null
     * @return the outcome with the changes made, never null
     */
    public static Normalisierung<Leistungsschluessel> normalize(CharSequence text) {
        return Normalisierung.run(text, Leistungsschluessel::parse);
    }

    private static boolean isStructureValid(long v) {
        // a Verrichtungsdetail refines a Verrichtung; without one it has nothing to refine
        return v % 1000 == 0 || (v / 1000) % 1000 != 0;
    }

    private static IdFormatException placeholderError(CharSequence text) {
        return Ids.error(IdTyp.LEISTUNGSSCHLUESSEL, IdFormatViolation.PLACEHOLDER,
                Text.of("leika.placeholder", SafeText.quote(text)), text, Ids.ziffern(LENGTH));
    }

    private static IdFormatException structureError(CharSequence text) {
        return Ids.error(IdTyp.LEISTUNGSSCHLUESSEL, IdFormatViolation.INVALID_STRUCTURE,
                Text.of("leika.structure", SafeText.quote(text)), text, Text.of("form.leika.structure"));
    }

    /**
     * The Leistungsobjekt-ID, the first eight digits, such as {@code "99041006"}.
     *
     * @return eight digits
     */
    public String leistungsobjektId() {
        return Ids.pad(value / 1_000_000L, 8);
    }

    /**
     * The Leistungsgruppierung, digits 3 to 5.
     *
     * @return 0 to 999
     */
    public int leistungsgruppierung() {
        return (int) (value / 1_000_000_000L % 1000);
    }

    /**
     * The Kennung of the Leistungsobjekt within its Gruppierung, digits 6 to 8.
     *
     * @return 0 to 999
     */
    public int kennung() {
        return (int) (value / 1_000_000L % 1000);
    }

    /**
     * The Verrichtung, digits 9 to 11; 0 when the key names the Leistungsobjekt only.
     *
     * @return 0 to 999
     */
    public int verrichtung() {
        return (int) (value / 1000 % 1000);
    }

    /**
     * The Verrichtungsdetail, digits 12 to 14; 0 when there is none.
     *
     * @return 0 to 999
     */
    public int verrichtungsdetail() {
        return (int) (value % 1000);
    }

    /**
     * The LeiKa-Typ shown by the digits: {@code lo}, {@code lov} or {@code lovd}.
     *
     * @return the type
     */
    public LeikaTyp leikaTyp() {
        if (value % 1000 != 0) {
            return LeikaTyp.LOVD;
        }
        return value / 1000 % 1000 != 0 ? LeikaTyp.LOV : LeikaTyp.LO;
    }

    /**
     * Whether the key belongs to the Bund catalogue (prefix {@code 99}); other prefixes are regional
     * keys.
     *
     * @return true for prefix 99
     */
    public boolean isBundeskatalog() {
        return value / 1_000_000_000_000L == 99;
    }

    /**
     * The URN form, such as {@code urn:de:fim:leika:leistung:99041006013000}.
     *
     * @return the URN
     */
    public String toUrn() {
        return URN_PREFIX + this;
    }

    /**
     * The key as a number (leading zeros are lost; use {@link #of(long)} to get the key back).
     *
     * @return the number
     */
    public long longValue() {
        return value;
    }

    @Override
    public int compareTo(Leistungsschluessel other) {
        return Long.compare(value, other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Leistungsschluessel && ((Leistungsschluessel) o).value == value;
    }

    @Override
    public int hashCode() {
        return Ids.mix(value);
    }

    /**
     * The canonical form: 14 digits.
     *
     * @return the key, such as {@code "99041006013000"}
     */
    @Override
    public String toString() {
        return Ids.pad(value, LENGTH);
    }
}
