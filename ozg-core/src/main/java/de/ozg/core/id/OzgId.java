package de.ozg.core.id;

import de.ozg.core.internal.Ziffern;

/**
 * The OZG-ID of an OZG-Leistung (a bundle of LeiKa services in the OZG-Umsetzungskatalog), five
 * digits such as {@code 10000} (Elterngeld). It carries no check digit and no structure; the IDs
 * observed so far lie in 10000–10601, so a well-formed ID outside 10000–10999 is accepted but
 * {@linkplain #isImUeblichenBereich() suspicious} – a validation rule may warn about it.
 *
 * <p>The ID is held as an {@code int}; {@link #toString()} gives the canonical five-digit text.
 * Instances in the usual range are cached, so parsing them does not allocate. Immutable and
 * thread-safe.
 */
public final class OzgId implements Comparable<OzgId> {

    private static final int LENGTH = 5;
    private static final int MAX = 99_999;
    private static final int USUAL_FROM = 10_000;
    private static final int USUAL_TO = 10_999;

    private final int value;

    private OzgId(int value) {
        this.value = value;
    }

    /** Instances of the usual range, built on first use rather than when the class loads. */
    private static final class Cache {
        static final OzgId[] USUAL = new OzgId[USUAL_TO - USUAL_FROM + 1];

        static {
            for (int i = 0; i < USUAL.length; i++) {
                USUAL[i] = new OzgId(USUAL_FROM + i);
            }
        }
    }

    private static OzgId create(int value) {
        return value >= USUAL_FROM && value <= USUAL_TO ? Cache.USUAL[value - USUAL_FROM] : new OzgId(value);
    }

    /**
     * Parses exactly five ASCII digits. The input is never trimmed or repaired; see
     * {@link #normalize(CharSequence)} for that.
     *
     * @param text the text, such as {@code "10000"}
     * @return the OZG-ID
     * @throws IdFormatException with {@link IdFormatViolation#NULL}, {@code EMPTY}, {@code NON_DIGIT}
     *                           or {@code WRONG_LENGTH}
     */
    public static OzgId parse(CharSequence text) {
        long v = Ziffern.wert(text, LENGTH);
        if (v < 0) {
            throw Ids.digitError(IdTyp.OZG_ID, text, LENGTH);
        }
        return create((int) v);
    }

    /**
     * The OZG-ID with the given number; {@code of(815)} is {@code 00815}.
     *
     * @param value 0 to 99999
     * @return the OZG-ID
     * @throws IdFormatException with {@link IdFormatViolation#OUT_OF_RANGE} outside 0 to 99999
     */
    public static OzgId of(int value) {
        if (value < 0 || value > MAX) {
            throw Ids.rangeError(IdTyp.OZG_ID, value, MAX);
        }
        return create(value);
    }

    /**
     * Whether {@link #parse(CharSequence)} would accept the text. Does not throw or allocate.
     *
     * @param text the text, may be null
     * @return true for exactly five ASCII digits
     */
    public static boolean isValid(CharSequence text) {
        return Ziffern.wert(text, LENGTH) >= 0;
    }

    /**
     * Repairs harmless defects (surrounding blanks, NBSP, zero-width characters, full-width digits)
     * and parses the result strictly. OZG-IDs are never padded: they start with {@code 1}, so a
     * four-digit value is not a lost leading zero but a different mistake.
     *
     * @param text the text, may be null
     * @return the outcome with the changes made, never null
     */
    public static Normalisierung<OzgId> normalize(CharSequence text) {
        return Normalisierung.run(text, OzgId::parse);
    }

    /**
     * Whether the ID lies in 10000–10999, the range the OZG-Umsetzungskatalog uses. Outside it an
     * ID is well-formed but suspicious.
     *
     * @return true in the usual range
     */
    public boolean isImUeblichenBereich() {
        return value >= USUAL_FROM && value <= USUAL_TO;
    }

    /**
     * The ID as a number, 0 to 99999.
     *
     * @return the number
     */
    public int intValue() {
        return value;
    }

    @Override
    public int compareTo(OzgId other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OzgId && ((OzgId) o).value == value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    /**
     * The canonical form: five digits with leading zeros.
     *
     * @return the ID, such as {@code "10000"}
     */
    @Override
    public String toString() {
        return Ids.pad(value, LENGTH);
    }
}
