package de.ozg.core.id;

import de.ozg.core.SafeText;
import de.ozg.core.OzgException;
import de.ozg.core.internal.Ziffern;
import de.ozg.core.ref.Bundesland;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The Amtlicher Regionalschlüssel (ARS): 12 digits naming a territorial unit – Land (2),
 * Regierungsbezirk (1), Kreis (2), Gemeindeverband (4), Gemeinde (3). Finer parts are zero when a
 * key names a coarser unit, so the {@linkplain #ebene() level} is read from the significant prefix;
 * {@link #BUND} ({@code 000000000000}) stands for the Bund in PVOG data. Keys change with
 * Gebietsreformen: an ARS is valid at a Stichtag, and whether it exists is a question for a
 * Gebietsverzeichnis, not for this type.
 *
 * <p><b>One key, several units.</b> Kreisfreie Städte and Stadtstaaten share one key across levels:
 * Flensburg is Kreis, Gemeindeverband and Gemeinde at once with the ARS {@code 010010000000}, and
 * Hamburg's Gemeinde has the Land key {@code 020000000000}. {@link #ebene()} therefore reports the
 * level the key's significant digits show (Flensburg: {@link ArsEbene#KREIS}); which unit a record
 * means is decided by its context or a Gebietsverzeichnis.
 *
 * <p>The key is held as a {@code long}; {@link #toString()} gives the canonical 12 digits and
 * ordering is the order of that text. Immutable and thread-safe.
 */
public final class Ars implements Comparable<Ars> {

    private static final int LENGTH = 12;
    private static final long MAX = 999_999_999_999L;
    private static final long LAND_DIVISOR = 10_000_000_000L;

    /** The key of the Bund, {@code 000000000000}, as PVOG data uses it. */
    public static final Ars BUND = new Ars(0L);

    private final long value;

    private Ars(long value) {
        this.value = value;
    }

    private static Ars create(long value) {
        return value == 0 ? BUND : new Ars(value);
    }

    /**
     * Parses exactly 12 ASCII digits whose Land code is {@code 01} to {@code 16}, or the Bund key
     * {@code 000000000000}. The input is never trimmed or repaired; see
     * {@link #normalize(CharSequence)} for that.
     *
     * @param text the text, such as {@code "150020000000"}
     * @return the key
     * @throws IdFormatException with {@link IdFormatViolation#NULL}, {@code EMPTY}, {@code NON_DIGIT},
     *                           {@code WRONG_LENGTH} or {@code INVALID_LAND}
     */
    public static Ars parse(CharSequence text) {
        long v = Ziffern.wert(text, LENGTH);
        if (v < 0) {
            throw Ids.digitError(IdTyp.ARS, text, LENGTH);
        }
        if (!isLandValid(v)) {
            throw landError(text, v);
        }
        return create(v);
    }

    /**
     * The key with the given numeric value, as produced by {@link #longValue()}.
     *
     * @param value 0 (Bund) or a 12-digit key value with Land 1 to 16
     * @return the key
     * @throws IdFormatException with {@link IdFormatViolation#OUT_OF_RANGE} or {@code INVALID_LAND}
     */
    public static Ars of(long value) {
        if (value < 0 || value > MAX) {
            throw Ids.rangeError(IdTyp.ARS, value, MAX);
        }
        if (!isLandValid(value)) {
            throw landError(Ids.pad(value, LENGTH), value);
        }
        return create(value);
    }

    /**
     * The Land-level key of a Land, such as {@code 150000000000} for Sachsen-Anhalt.
     *
     * @param land the Land
     * @return the key
     */
    public static Ars of(Bundesland land) {
        return new Ars(land.nummer() * LAND_DIVISOR);
    }

    /**
     * Whether {@link #parse(CharSequence)} would accept the text. Does not throw or allocate.
     *
     * @param text the text, may be null
     * @return true for a well-formed key
     */
    public static boolean isValid(CharSequence text) {
        long v = Ziffern.wert(text, LENGTH);
        return v >= 0 && isLandValid(v);
    }

    /**
     * Repairs harmless defects (surrounding blanks of any kind, NBSP, zero-width characters,
     * full-width digits) and parses the result strictly. An 11-digit key gets one leading zero back –
     * keys of the Länder 01 to 09 lose it when stored as numbers, and a Land code has two digits, so
     * no other position is possible – but only when the padded key parses and names an existing
     * Land and Regierungsbezirk (see {@link Normalisierung}): {@code "10010000000"} becomes
     * Flensburg's {@code 010010000000}, while {@code "15002000000"}
     * (padded: a Regierungsbezirk 5 of Schleswig-Holstein, which does not exist) is reported as
     * {@linkplain Normalisierung#isMehrdeutig() ambiguous} with the padded key as candidate. Shorter
     * keys are never padded. With a Gebietsverzeichnis at hand use
     * {@link #normalize(CharSequence, Predicate)}.
     *
     * @param text the text, may be null
     * @return the outcome with the changes made, never null
     */
    public static Normalisierung<Ars> normalize(CharSequence text) {
        return Normalisierung.run(text, Ars::parse, IdTyp.ARS, LENGTH - 1,
                a -> Regierungsbezirke.zweifel(a.landNummer(), (int) (a.value / 1_000_000_000L % 10),
                        a.ebene().compareTo(ArsEbene.LAND) > 0));
    }

    /**
     * As {@link #normalize(CharSequence)}, but a lost leading zero is restored only when the padded
     * key is one the caller knows, such as a key of a Gebietsverzeichnis:
     * {@code Ars.normalize(text, verzeichnis::contains)}. A padded key the predicate rejects leaves the
     * outcome {@linkplain Normalisierung#isMehrdeutig() ambiguous}. The predicate is asked only about
     * such a padded key, never about a key that parses as given.
     *
     * @param text    the text, may be null
     * @param bekannt whether a key exists, such as {@code verzeichnis::contains}
     * @return the outcome with the changes made, never null
     */
    public static Normalisierung<Ars> normalize(CharSequence text, Predicate<? super Ars> bekannt) {
        return Normalisierung.run(text, Ars::parse, IdTyp.ARS, LENGTH - 1, Normalisierung.unbekanntIn(bekannt));
    }

    private static boolean isLandValid(long v) {
        long land = v / LAND_DIVISOR;
        return land >= 1 && land <= 16 || v == 0;
    }

    private static IdFormatException landError(CharSequence text, long v) {
        return Ids.error(IdTyp.ARS, IdFormatViolation.INVALID_LAND,
                Text.of("land.ars", Ids.pad(v / LAND_DIVISOR, 2), SafeText.quote(text)), text, Text.of("form.ars"));
    }

    /**
     * The finest level whose digits are not all zero: the level the key's significant digits show.
     * A kreisfreie Stadt's Gemeinde key reports {@link ArsEbene#KREIS}, a Stadtstaat's
     * {@link ArsEbene#LAND} (see the class comment).
     *
     * @return the level
     */
    public ArsEbene ebene() {
        return ebeneOf(value);
    }

    private static ArsEbene ebeneOf(long v) {
        if (v % 1000 != 0) {
            return ArsEbene.GEMEINDE;
        }
        if (v / 1000 % 10_000 != 0) {
            return ArsEbene.GEMEINDEVERBAND;
        }
        if (v / 10_000_000 % 100 != 0) {
            return ArsEbene.KREIS;
        }
        if (v / 1_000_000_000 % 10 != 0) {
            return ArsEbene.REGIERUNGSBEZIRK;
        }
        return v != 0 ? ArsEbene.LAND : ArsEbene.BUND;
    }

    /**
     * The key cut to the given level: the digits finer than it become zero. Cutting to a level at
     * or below the key's own level returns this key.
     *
     * @param ebene the level
     * @return the key of the containing unit at that level (or a coarser one, when the digits of
     *         that level are zero)
     */
    public Ars truncatedTo(ArsEbene ebene) {
        long div = Ids.POW10[LENGTH - ebene.arsStellen()];
        long v = value / div * div;
        return v == value ? this : create(v);
    }

    /**
     * The key of the next coarser unit whose digits are not zero: a Gemeinde's Gemeindeverband (or
     * its Kreis when the Gemeindeverband digits are zero), a Kreis's Regierungsbezirk or Land, a
     * Land's {@link #BUND}.
     *
     * @return the parent key, or empty for the Bund
     */
    public Optional<Ars> parent() {
        ArsEbene own = ebene();
        if (own == ArsEbene.BUND) {
            return Optional.empty();
        }
        ArsEbene[] levels = ArsEbene.values();
        for (int i = own.ordinal() - 1; i > 0; i--) {
            long div = Ids.POW10[LENGTH - levels[i].arsStellen()];
            long v = value / div * div;
            if (ebeneOf(v) == levels[i]) {
                return Optional.of(new Ars(v));
            }
        }
        return Optional.of(BUND);
    }

    /**
     * Whether the unit of this key contains the unit of the other: this key's significant prefix is
     * a prefix of the other key. The Bund covers every key, and every key covers itself.
     *
     * @param other the other key
     * @return true when this key covers the other
     */
    public boolean covers(Ars other) {
        long div = Ids.POW10[LENGTH - ebene().arsStellen()];
        return value / div == other.value / div;
    }

    /**
     * The Land of the key.
     *
     * @return the Land, or empty for the Bund
     */
    public Optional<Bundesland> land() {
        return value == 0 ? Optional.empty() : Optional.of(Bundesland.ofNummer(landNummer()));
    }

    /**
     * The Land code as a number.
     *
     * @return 1 to 16, or 0 for the Bund
     */
    public int landNummer() {
        return (int) (value / LAND_DIVISOR);
    }

    /**
     * The first five digits (Land, Regierungsbezirk, Kreis), as they also start the AGS.
     *
     * @return five digits
     */
    public String kreisPrefix() {
        return Ids.pad(value / 10_000_000L, 5);
    }

    /**
     * The significant digits that identify the key's unit at its {@linkplain #ebene() level}, such
     * as {@code "01001"} for Flensburg or {@code ""} for the Bund. A key covers exactly the keys that
     * start with this prefix.
     *
     * @return the significant prefix
     */
    public String significantPrefix() {
        int n = ebene().arsStellen();
        return n == 0 ? "" : Ids.pad(value / Ids.POW10[LENGTH - n], n);
    }

    /**
     * The AGS of the same unit: the first five and the last three digits. It exists for keys at
     * Gemeinde, Kreis, Regierungsbezirk and Land level; a Gemeindeverband has no AGS, nor has the
     * Bund.
     *
     * @return the AGS, or empty for a Gemeindeverband or the Bund key
     */
    public Optional<Ags> toAgs() {
        int ags = agsValue();
        return ags < 0 ? Optional.empty() : Optional.of(Ags.ofValid(ags));
    }

    /** The numeric AGS of {@link #toAgs()}, or -1 when there is none. */
    int agsValue() {
        ArsEbene e = ebene();
        if (e == ArsEbene.GEMEINDEVERBAND || e == ArsEbene.BUND) {
            return -1;
        }
        return (int) (value / 10_000_000L * 1000 + value % 1000);
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
    public int compareTo(Ars other) {
        return Long.compare(value, Objects.requireNonNull(other, "other").value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ars && ((Ars) o).value == value;
    }

    @Override
    public int hashCode() {
        return Ids.mix(value);
    }

    /**
     * The canonical form: 12 digits.
     *
     * @return the key, such as {@code "010010000000"}
     */
    @Override
    public String toString() {
        return Ids.pad(value, LENGTH);
    }
}
