package de.ozg.core.id;

import de.ozg.core.SafeText;
import de.ozg.core.OzgException;
import de.ozg.core.internal.Ziffern;
import de.ozg.core.ref.Bundesland;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The Amtlicher Gemeindeschlüssel (AGS): 8 digits – Land (2), Regierungsbezirk (1), Kreis (2),
 * Gemeinde (3). Finer parts are zero when a key names a coarser unit: {@code 15000000} is the Land
 * Sachsen-Anhalt. Unlike the {@link Ars}, the AGS has no Gemeindeverband digits, and as with the
 * ARS a kreisfreie Stadt's Gemeinde shares its key with its Kreis ({@code 01001000} Flensburg).
 *
 * <p>Because the four Gemeindeverband digits are missing, an AGS does not determine the ARS of a
 * Gemeinde. This type therefore offers {@link #toKreisArs()} (always determined),
 * {@link #toArs()} (only for keys above Gemeinde level, where the missing digits are zero) and
 * {@link #matches(Ars)} to test whether an ARS belongs to this AGS.
 *
 * <p>The key is held as an {@code int}; {@link #toString()} gives the canonical 8 digits.
 * Immutable and thread-safe.
 */
public final class Ags implements Comparable<Ags> {

    private static final int LENGTH = 8;
    private static final int MAX = 99_999_999;
    private static final int LAND_DIVISOR = 1_000_000;

    private final int value;

    private Ags(int value) {
        this.value = value;
    }

    /** For values already known to be valid, such as those derived from an {@link Ars}. */
    static Ags ofValid(int value) {
        return new Ags(value);
    }

    /**
     * Parses exactly 8 ASCII digits whose Land code is {@code 01} to {@code 16}. The input is never
     * trimmed or repaired; see {@link #normalize(CharSequence)} for that.
     *
     * @param text the text, such as {@code "15002000"}
     * @return the key
     * @throws IdFormatException with {@link IdFormatViolation#NULL}, {@code EMPTY}, {@code NON_DIGIT},
     *                           {@code WRONG_LENGTH} or {@code INVALID_LAND}
     */
    public static Ags parse(CharSequence text) {
        long v = Ziffern.wert(text, LENGTH);
        if (v < 0) {
            throw Ids.digitError(IdTyp.AGS, text, LENGTH);
        }
        if (!isLandValid((int) v)) {
            throw landError(text, (int) v);
        }
        return new Ags((int) v);
    }

    /**
     * The key with the given numeric value, as produced by {@link #intValue()}.
     *
     * @param value an 8-digit key value with Land 1 to 16
     * @return the key
     * @throws IdFormatException with {@link IdFormatViolation#OUT_OF_RANGE} or {@code INVALID_LAND}
     */
    public static Ags of(int value) {
        if (value < 0 || value > MAX) {
            throw Ids.rangeError(IdTyp.AGS, value, MAX);
        }
        if (!isLandValid(value)) {
            throw landError(Ids.pad(value, LENGTH), value);
        }
        return new Ags(value);
    }

    /**
     * The Land-level key of a Land, such as {@code 15000000} for Sachsen-Anhalt.
     *
     * @param land the Land
     * @return the key
     */
    public static Ags of(Bundesland land) {
        return new Ags(land.nummer() * LAND_DIVISOR);
    }

    /**
     * Whether {@link #parse(CharSequence)} would accept the text. Does not throw or allocate.
     *
     * @param text the text, may be null
     * @return true for a well-formed key
     */
    public static boolean isValid(CharSequence text) {
        long v = Ziffern.wert(text, LENGTH);
        return v >= 0 && isLandValid((int) v);
    }

    /**
     * Repairs harmless defects (surrounding blanks of any kind, NBSP, zero-width characters,
     * full-width digits) and parses the result strictly. A 7-digit key gets one leading zero back –
     * keys of the Länder 01 to 09 lose it when stored as numbers – but only when the padded key
     * parses (so {@code 0310000} stays an error: {@code 00310000} has no Land) and names an existing
     * Land and Regierungsbezirk (see {@link Normalisierung}): {@code "1001000"} becomes
     * {@code 01001000}, while {@code "1500200"} (padded: a Regierungsbezirk 5 of
     * Schleswig-Holstein) is reported as {@linkplain Normalisierung#isMehrdeutig() ambiguous}.
     * Shorter keys are never padded. With a Gebietsverzeichnis at hand use
     * {@link #normalize(CharSequence, Predicate)}.
     *
     * @param text the text, may be null
     * @return the outcome with the changes made, never null
     */
    public static Normalisierung<Ags> normalize(CharSequence text) {
        return Normalisierung.run(text, Ags::parse, IdTyp.AGS, LENGTH - 1,
                a -> Regierungsbezirke.zweifel(a.landNummer(), a.value / 100_000 % 10,
                        a.ebene().compareTo(ArsEbene.LAND) > 0));
    }

    /**
     * As {@link #normalize(CharSequence)}, but a lost leading zero is restored only when the padded
     * key is one the caller knows, such as a key of a Gebietsverzeichnis:
     * {@code Ags.normalize(text, verzeichnis::contains)}. A padded key the predicate rejects leaves the
     * outcome {@linkplain Normalisierung#isMehrdeutig() ambiguous}. The predicate is asked only about
     * such a padded key, never about a key that parses as given.
     *
     * @param text    the text, may be null
     * @param bekannt whether a key exists, such as {@code verzeichnis::contains}
     * @return the outcome with the changes made, never null
     */
    public static Normalisierung<Ags> normalize(CharSequence text, Predicate<? super Ags> bekannt) {
        return Normalisierung.run(text, Ags::parse, IdTyp.AGS, LENGTH - 1, Normalisierung.unbekanntIn(bekannt));
    }

    private static boolean isLandValid(int v) {
        int land = v / LAND_DIVISOR;
        return land >= 1 && land <= 16;
    }

    private static IdFormatException landError(CharSequence text, int v) {
        return Ids.error(IdTyp.AGS, IdFormatViolation.INVALID_LAND,
                Text.of("land.ags", Ids.pad(v / LAND_DIVISOR, 2), SafeText.quote(text)), text, Text.of("form.ags"));
    }

    /**
     * The Land of the key.
     *
     * @return the Land
     */
    public Bundesland land() {
        return Bundesland.ofNummer(landNummer());
    }

    /**
     * The Land code as a number.
     *
     * @return 1 to 16
     */
    public int landNummer() {
        return value / LAND_DIVISOR;
    }

    /**
     * The first five digits (Land, Regierungsbezirk, Kreis), as they also start the ARS.
     *
     * @return five digits
     */
    public String kreisPrefix() {
        return Ids.pad(value / 1000, 5);
    }

    /**
     * The finest level whose digits are not all zero: {@link ArsEbene#LAND},
     * {@link ArsEbene#REGIERUNGSBEZIRK}, {@link ArsEbene#KREIS} or {@link ArsEbene#GEMEINDE}. A
     * kreisfreie Stadt's Gemeinde key reports {@code KREIS} (see the class comment).
     *
     * @return the level
     */
    public ArsEbene ebene() {
        if (value % 1000 != 0) {
            return ArsEbene.GEMEINDE;
        }
        if (value / 1000 % 100 != 0) {
            return ArsEbene.KREIS;
        }
        return value / 100_000 % 10 != 0 ? ArsEbene.REGIERUNGSBEZIRK : ArsEbene.LAND;
    }

    /**
     * The ARS of the Kreis-level unit containing this key: the first five digits followed by seven
     * zeros. For a key at Kreis level or above this is the ARS of the same unit.
     *
     * @return the ARS
     */
    public Ars toKreisArs() {
        return Ars.of(value / 1000 * 10_000_000L);
    }

    /**
     * The ARS of the same unit, when the AGS determines it: for keys at Land, Regierungsbezirk and
     * Kreis level (including a kreisfreie Stadt, whose Gemeinde key is its Kreis key). For a
     * Gemeinde in a Kreis the Gemeindeverband digits are unknown, so the result is empty; look the
     * ARS up in a Gebietsverzeichnis or test candidates with {@link #matches(Ars)}.
     *
     * @return the ARS, or empty for a Gemeinde-level key
     */
    public Optional<Ars> toArs() {
        return ebene() == ArsEbene.GEMEINDE ? Optional.empty() : Optional.of(toKreisArs());
    }

    /**
     * Whether the ARS names the unit of this AGS: {@code ars.toAgs()} equals this key.
     *
     * @param ars the ARS
     * @return true when the ARS's first five and last three digits are this AGS
     */
    public boolean matches(Ars ars) {
        return ars.agsValue() == value;
    }

    /**
     * The key as a number (leading zeros are lost; use {@link #of(int)} to get the key back).
     *
     * @return the number
     */
    public int intValue() {
        return value;
    }

    @Override
    public int compareTo(Ags other) {
        return Integer.compare(value, Objects.requireNonNull(other, "other").value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ags && ((Ags) o).value == value;
    }

    @Override
    public int hashCode() {
        return Ids.mix(value);
    }

    /**
     * The canonical form: 8 digits.
     *
     * @return the key, such as {@code "15000000"}
     */
    @Override
    public String toString() {
        return Ids.pad(value, LENGTH);
    }
}
