package de.ozg.core.id;

import de.ozg.core.SafeText;
import de.ozg.core.OzgException;
import de.ozg.core.internal.Ziffern;
import java.util.Objects;
import java.util.Optional;

/**
 * The identifier of a FIM building block: a letter for its {@link FimArt} ({@code S}
 * Stammdatenschema, {@code G} Feldgruppe, {@code F} Feld, {@code R} Regel, {@code C} Codeliste,
 * {@code D} Dokumentsteckbrief), eight digits, and optionally a version, such as
 * {@code S00000092V1.1} or {@code F60000227}. Without a version the ID names the building block
 * across all its versions.
 *
 * <p>The canonical and only accepted form is {@code <letter><8 digits>} optionally followed by an
 * upper-case {@code V} and a version of dot-separated decimal numbers ({@code V1}, {@code V1.1},
 * {@code V2.0.3}). Letter and {@code V} are upper case; the version is kept as written, so
 * {@code V1.10} and {@code V1.1} are different versions. Immutable and thread-safe.
 */
public final class FimId implements Comparable<FimId> {

    private static final int BASE_LENGTH = 9;
    private static final int MAX_NUMMER = 99_999_999;

    private final FimArt art;
    private final int nummer;
    private final String version;

    private FimId(FimArt art, int nummer, String version) {
        this.art = art;
        this.nummer = nummer;
        this.version = version;
    }

    /**
     * Parses the canonical form described in the class comment. The input is never trimmed or
     * repaired; see {@link #normalize(CharSequence)} for that.
     *
     * @param text the text, such as {@code "S00000092V1.1"}
     * @return the ID
     * @throws IdFormatException with {@link IdFormatViolation#NULL}, {@code EMPTY},
     *                           {@code INVALID_FIM_TYPE}, {@code NON_DIGIT}, {@code WRONG_LENGTH} or
     *                           {@code INVALID_VERSION}
     */
    public static FimId parse(CharSequence text) {
        FimId id = tryParse(text);
        if (id == null) {
            throw error(text);
        }
        return id;
    }

    /**
     * Whether {@link #parse(CharSequence)} would accept the text. Does not throw.
     *
     * @param text the text, may be null
     * @return true for a well-formed FIM-ID
     */
    public static boolean isValid(CharSequence text) {
        if (text == null || text.length() < BASE_LENGTH || FimArt.lookup(text.charAt(0)) == null
                || Ziffern.wert(text, 1, BASE_LENGTH) < 0) {
            return false;
        }
        return text.length() == BASE_LENGTH
                || text.charAt(BASE_LENGTH) == 'V' && isVersion(text, BASE_LENGTH + 1, text.length());
    }

    private static FimId tryParse(CharSequence text) {
        if (!isValid(text)) {
            return null;
        }
        FimArt art = FimArt.lookup(text.charAt(0));
        int nummer = (int) Ziffern.wert(text, 1, BASE_LENGTH);
        String version = text.length() == BASE_LENGTH ? null
                : text.subSequence(BASE_LENGTH + 1, text.length()).toString();
        return new FimId(art, nummer, version);
    }

    /**
     * The ID of a building block without version.
     *
     * @param art    the kind
     * @param nummer 0 to 99999999
     * @return the ID
     * @throws IdFormatException with {@link IdFormatViolation#OUT_OF_RANGE}
     */
    public static FimId of(FimArt art, int nummer) {
        Objects.requireNonNull(art, "art");
        if (nummer < 0 || nummer > MAX_NUMMER) {
            throw Ids.error(IdTyp.FIM_ID, IdFormatViolation.OUT_OF_RANGE, Text.of("fim.range", nummer),
                    String.valueOf(nummer), Text.of("form.range", 0, MAX_NUMMER));
        }
        return new FimId(art, nummer, null);
    }

    /**
     * The ID of one version of a building block.
     *
     * @param art     the kind
     * @param nummer  0 to 99999999
     * @param version dot-separated decimal numbers such as {@code "1.1"}, without the {@code V}
     * @return the ID
     * @throws IdFormatException with {@link IdFormatViolation#OUT_OF_RANGE} or {@code INVALID_VERSION}
     */
    public static FimId of(FimArt art, int nummer, String version) {
        return of(art, nummer).withVersion(version);
    }

    /**
     * This building block at the given version.
     *
     * @param version dot-separated decimal numbers such as {@code "1.1"}, without the {@code V}
     * @return the ID with the version
     * @throws IdFormatException with {@link IdFormatViolation#INVALID_VERSION} (or {@code NULL})
     */
    public FimId withVersion(String version) {
        if (version == null || !isVersion(version, 0, version.length())) {
            Text expected = Text.of("form.fim.version");
            throw Ids.error(IdTyp.FIM_ID, version == null ? IdFormatViolation.NULL : IdFormatViolation.INVALID_VERSION,
                    Text.of("fim.withVersion", expected, SafeText.quote(version)), version, expected);
        }
        return new FimId(art, nummer, version);
    }

    /**
     * This building block without version.
     *
     * @return the ID without version
     */
    public FimId withoutVersion() {
        return version == null ? this : new FimId(art, nummer, null);
    }

    /**
     * Repairs harmless defects (surrounding blanks, NBSP, zero-width characters, full-width digits)
     * and parses the result strictly. Case is not changed and nothing is padded.
     *
     * @param text the text, may be null
     * @return the outcome with the changes made, never null
     */
    public static Normalisierung<FimId> normalize(CharSequence text) {
        return Normalisierung.run(text, FimId::parse);
    }

    /** Digits separated by single dots, not starting or ending with a dot, not empty. */
    private static boolean isVersion(CharSequence s, int from, int to) {
        if (from >= to) {
            return false;
        }
        boolean digitBefore = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digitBefore = true;
            } else if (c == '.' && digitBefore) {
                digitBefore = false;
            } else {
                return false;
            }
        }
        return digitBefore;
    }

    private static IdFormatException error(CharSequence text) {
        IdTyp t = IdTyp.FIM_ID;
        Text expected = Text.of("form.fim");
        if (text == null) {
            return Ids.error(t, IdFormatViolation.NULL, Text.of("digits.null", t.bezeichnung(), expected), null,
                    expected);
        }
        if (Ids.isBlank(text)) {
            return Ids.error(t, IdFormatViolation.EMPTY, Text.of(text.length() == 0 ? "digits.empty" : "digits.blank",
                    t.bezeichnung(), expected, SafeText.quote(text)), text, expected);
        }
        if (FimArt.lookup(text.charAt(0)) == null) {
            return Ids.error(t, IdFormatViolation.INVALID_FIM_TYPE,
                    Text.of("fim.type", SafeText.quote(text.subSequence(0, 1)), SafeText.quote(text)), text,
                    expected);
        }
        int digitsEnd = Math.min(text.length(), BASE_LENGTH);
        int i = 1;
        while (i < digitsEnd && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        if (i < BASE_LENGTH && i < text.length()) {
            return Ids.nonDigitError(t, "digits.nonDigit", text, i, i + 1, expected);
        }
        if (text.length() < BASE_LENGTH || text.charAt(BASE_LENGTH) >= '0' && text.charAt(BASE_LENGTH) <= '9') {
            int n = 0;
            while (n + 1 < text.length() && text.charAt(n + 1) >= '0' && text.charAt(n + 1) <= '9') {
                n++;
            }
            return Ids.error(t, IdFormatViolation.WRONG_LENGTH,
                    Text.of("fim.wrongLength", n, SafeText.quote(text)), text, expected);
        }
        return Ids.error(t, IdFormatViolation.INVALID_VERSION,
                Text.of("fim.version", SafeText.quote(text.subSequence(BASE_LENGTH, text.length())),
                        SafeText.quote(text)),
                text, expected);
    }

    /**
     * The kind of building block.
     *
     * @return the kind
     */
    public FimArt art() {
        return art;
    }

    /**
     * The eight-digit number, such as {@code "00000092"}.
     *
     * @return eight digits
     */
    public String nummer() {
        return Ids.pad(nummer, 8);
    }

    /**
     * The eight-digit number as an {@code int}.
     *
     * @return 0 to 99999999
     */
    public int nummerValue() {
        return nummer;
    }

    /**
     * The version without the {@code V}, such as {@code "1.1"}.
     *
     * @return the version, or empty when the ID names the building block across versions
     */
    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    /**
     * Orders by kind (in {@link FimArt} order), number, then version: no version first, then
     * versions compared number by number ({@code 1.2} before {@code 1.10}).
     */
    @Override
    public int compareTo(FimId other) {
        int c = art.compareTo(other.art);
        if (c == 0) {
            c = Integer.compare(nummer, other.nummer);
        }
        if (c == 0) {
            c = compareVersions(version, other.version);
        }
        return c;
    }

    private static int compareVersions(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        int i = 0;
        int j = 0;
        while (i < a.length() || j < b.length()) {
            int ei = a.indexOf('.', i);
            ei = ei < 0 ? a.length() : ei;
            int ej = b.indexOf('.', j);
            ej = ej < 0 ? b.length() : ej;
            int c = compareNumbers(a, i, ei, b, j, ej);
            if (c != 0) {
                return c;
            }
            i = ei + 1;
            j = ej + 1;
        }
        // equal numerically but written differently (1.01 / 1.1): fall back to the text
        return a.compareTo(b);
    }

    /** Compares decimal numbers of any length given as text ranges; an empty range counts as -1. */
    private static int compareNumbers(String a, int from, int to, String b, int fromB, int toB) {
        if (from >= to || fromB >= toB) {
            return Boolean.compare(from < to, fromB < toB);
        }
        while (from < to - 1 && a.charAt(from) == '0') {
            from++;
        }
        while (fromB < toB - 1 && b.charAt(fromB) == '0') {
            fromB++;
        }
        int c = Integer.compare(to - from, toB - fromB);
        for (int k = 0; c == 0 && k < to - from; k++) {
            c = Character.compare(a.charAt(from + k), b.charAt(fromB + k));
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FimId f)) {
            return false;
        }
        return f.art == art && f.nummer == nummer && Objects.equals(f.version, version);
    }

    @Override
    public int hashCode() {
        return (art.ordinal() * 31 + Ids.mix(nummer)) * 31 + Objects.hashCode(version);
    }

    /**
     * The canonical form: letter, eight digits and, when present, {@code V} and the version.
     *
     * @return the ID, such as {@code "S00000092V1.1"}
     */
    @Override
    public String toString() {
        String base = art.buchstabe() + nummer();
        return version == null ? base : base + 'V' + version;
    }
}
