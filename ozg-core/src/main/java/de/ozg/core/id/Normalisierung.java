package de.ozg.core.id;

import de.ozg.core.SafeText;
import de.ozg.core.OzgException;
import de.ozg.core.internal.Ziffern;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The outcome of lenient normalisation of an identifier: the input as given, the repaired text,
 * the identifier when the repaired text parses strictly (else the {@link IdFormatException} it
 * failed with), and the list of repairs made.
 *
 * <p>Normalisation repairs only harmless, unambiguous defects (see {@link AenderungsArt}): blanks
 * of any kind (every Unicode space separator, non-breaking or not) at either end, zero-width
 * characters anywhere, full-width digits, and – for AGS and ARS only – one leading zero lost by
 * storing the key as a number, when the length makes this the only possible place, the padded key
 * parses strictly and the padded key names an existing structure. That last condition is what
 * keeps the repair from guessing: without a Gebietsverzeichnis the padded key's Land and
 * Regierungsbezirk must exist (so {@code 15002000000} does not become {@code 015002000000}, a
 * Regierungsbezirk 5 of Schleswig-Holstein); with one ({@code Ars.normalize(text, verzeichnis::contains)})
 * the padded key must be listed. A padded key that fails this test is not applied: the outcome is
 * {@linkplain #isMehrdeutig() ambiguous}, fails with {@link IdFormatViolation#AMBIGUOUS_REPAIR}, and
 * offers the padded key in {@link #kandidaten()} for a person to confirm.
 *
 * <p>Text that already parses strictly comes back unchanged with an empty list of changes.
 * Normalising the repaired text again changes nothing more (normalisation is idempotent).
 *
 * <p>Immutable and thread-safe when the identifier type is.
 *
 * @param <T> the identifier type
 */
public final class Normalisierung<T> {

    private final String eingabe;
    private final String bereinigt;
    private final T wert;
    private final List<Aenderung> aenderungen;
    private final IdFormatException fehler;
    private final List<T> kandidaten;

    private Normalisierung(String eingabe, String bereinigt, T wert, List<Aenderung> aenderungen,
            IdFormatException fehler, List<T> kandidaten) {
        this.eingabe = eingabe;
        this.bereinigt = bereinigt;
        this.wert = wert;
        this.aenderungen = aenderungen;
        this.fehler = fehler;
        this.kandidaten = kandidaten;
    }

    /** Normalisation without a leading-zero repair. */
    static <T> Normalisierung<T> run(CharSequence input, Function<String, T> strictParser) {
        return run(input, strictParser, null, -1, v -> null);
    }

    /**
     * Runs normalisation: repairs, optionally restores one leading zero when the repaired text is
     * {@code padLength} ASCII digits, then parses strictly.
     *
     * @param typ       the identifier type, for the message of an ambiguous repair
     * @param padLength the length of a key that lost its leading zero, -1 for never
     * @param zweifel   why a padded key is not certainly the one meant, or null when it is
     */
    static <T> Normalisierung<T> run(CharSequence input, Function<String, T> strictParser, IdTyp typ,
            int padLength, Function<? super T, Text> zweifel) {
        if (input == null) {
            return new Normalisierung<>(null, null, null, List.of(), parseError(strictParser, null), List.of());
        }
        String eingabe = input.toString();
        Map<AenderungsArt, Integer> counts = new EnumMap<>(AenderungsArt.class);
        String text = repair(eingabe, counts);
        if (padLength > 0 && text.length() == padLength && Ziffern.wert(text, 0, padLength) >= 0) {
            String padded = "0" + text;
            T value;
            try {
                value = strictParser.apply(padded);
            } catch (IdFormatException e) {
                // the padded key is not valid either: the zero was not the problem, report the original failure
                value = null;
            }
            if (value != null) {
                Text grund = zweifel.apply(value);
                if (grund == null) {
                    counts.put(AenderungsArt.RESTORED_LEADING_ZERO, 1);
                    return new Normalisierung<>(eingabe, padded, value, toList(counts), null, List.of());
                }
                IdFormatException mehrdeutig = Ids.error(typ, IdFormatViolation.AMBIGUOUS_REPAIR,
                        Text.of("repair.ambiguous", typ.bezeichnung(), padLength + 1, padLength,
                                SafeText.quote(text), padded, grund),
                        text, Ids.ziffern(padLength + 1));
                return new Normalisierung<>(eingabe, text, null, toList(counts), mehrdeutig, List.of(value));
            }
        }
        List<Aenderung> aenderungen = toList(counts);
        try {
            return new Normalisierung<>(eingabe, text, strictParser.apply(text), aenderungen, null, List.of());
        } catch (IdFormatException e) {
            return new Normalisierung<>(eingabe, text, null, aenderungen, e, List.of());
        }
    }

    /** A doubt for keys a directory does not know: the predicate says which keys exist. */
    static <T> Function<T, Text> unbekanntIn(Predicate<? super T> bekannt) {
        java.util.Objects.requireNonNull(bekannt, "bekannt");
        return v -> bekannt.test(v) ? null : Text.of("repair.reason.unknown");
    }

    private static <T> IdFormatException parseError(Function<String, T> strictParser, String text) {
        try {
            strictParser.apply(text);
        } catch (IdFormatException e) {
            return e;
        }
        throw new IllegalStateException("strict parser accepted null");
    }

    private static String repair(String s, Map<AenderungsArt, Integer> counts) {
        int start = 0;
        int end = s.length();
        while (start < end && Ids.isBlankChar(s.charAt(start))) {
            count(counts, s.charAt(start++));
        }
        while (end > start && Ids.isBlankChar(s.charAt(end - 1))) {
            count(counts, s.charAt(--end));
        }
        StringBuilder sb = null;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            boolean zeroWidth = Ids.isZeroWidth(c);
            boolean fullwidth = Ids.isFullwidthDigit(c);
            if ((zeroWidth || fullwidth) && sb == null) {
                sb = new StringBuilder(end - start).append(s, start, i);
            }
            if (zeroWidth) {
                counts.merge(AenderungsArt.REMOVED_ZERO_WIDTH, 1, Integer::sum);
            } else if (fullwidth) {
                counts.merge(AenderungsArt.CONVERTED_FULLWIDTH_DIGITS, 1, Integer::sum);
                sb.append((char) (c - '\uFF10' + '0'));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb != null ? sb.toString() : s.substring(start, end);
    }

    private static void count(Map<AenderungsArt, Integer> counts, char c) {
        AenderungsArt art = Ids.isNbsp(c) ? AenderungsArt.REMOVED_NBSP
                : Ids.isZeroWidth(c) ? AenderungsArt.REMOVED_ZERO_WIDTH : AenderungsArt.STRIPPED_BLANKS;
        counts.merge(art, 1, Integer::sum);
    }

    private static List<Aenderung> toList(Map<AenderungsArt, Integer> counts) {
        if (counts.isEmpty()) {
            return List.of();
        }
        List<Aenderung> list = new ArrayList<>(counts.size());
        counts.forEach((art, n) -> list.add(Aenderung.of(art, n)));
        return Collections.unmodifiableList(list);
    }

    /**
     * The input exactly as given.
     *
     * @return the input, or empty when it was null
     */
    public Optional<String> eingabe() {
        return Optional.ofNullable(eingabe);
    }

    /**
     * The text after the repairs, which was given to the strict parser.
     *
     * @return the repaired text, or empty when the input was null
     */
    public Optional<String> bereinigt() {
        return Optional.ofNullable(bereinigt);
    }

    /**
     * The identifier, when the repaired text parsed strictly.
     *
     * @return the identifier, or empty on failure
     */
    public Optional<T> wert() {
        return Optional.ofNullable(wert);
    }

    /**
     * The repairs made, in the order of {@link AenderungsArt}; empty when the input was already
     * canonical (or could not be repaired at all).
     *
     * @return an unmodifiable list
     */
    public List<Aenderung> aenderungen() {
        return aenderungen;
    }

    /**
     * Why the repaired text still did not parse.
     *
     * @return the exception, or empty on success
     */
    public Optional<IdFormatException> fehler() {
        return Optional.ofNullable(fehler);
    }

    /**
     * The keys a leading-zero repair would have given but did not apply because they are not
     * certainly the ones meant (see the class comment); empty unless {@link #isMehrdeutig()}.
     *
     * @return an unmodifiable list, at most one key today
     */
    public List<T> kandidaten() {
        return kandidaten;
    }

    /**
     * Whether a repair was possible but not certain, so it was not applied: the outcome failed with
     * {@link IdFormatViolation#AMBIGUOUS_REPAIR} and {@link #kandidaten()} holds what it would give.
     *
     * @return true for an ambiguous outcome
     */
    public boolean isMehrdeutig() {
        return !kandidaten.isEmpty();
    }

    /**
     * Whether an identifier resulted.
     *
     * @return true on success
     */
    public boolean isErfolgreich() {
        return wert != null;
    }

    /**
     * Whether any repair was made.
     *
     * @return true when {@link #aenderungen()} is not empty
     */
    public boolean isVeraendert() {
        return !aenderungen.isEmpty();
    }

    /**
     * The identifier, or the exception the repaired text failed with.
     *
     * @return the identifier
     * @throws IdFormatException when normalisation did not succeed
     */
    public T orElseThrow() {
        if (fehler != null) {
            throw fehler;
        }
        return wert;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Normalisierung<?> n)) {
            return false;
        }
        return Objects.equals(eingabe, n.eingabe) && Objects.equals(bereinigt, n.bereinigt)
                && Objects.equals(wert, n.wert) && aenderungen.equals(n.aenderungen)
                && kandidaten.equals(n.kandidaten) && Objects.equals(fehlerText(), n.fehlerText());
    }

    private String fehlerText() {
        return fehler == null ? null : fehler.violation() + ":" + fehler.getMessage();
    }

    @Override
    public int hashCode() {
        return Objects.hash(eingabe, bereinigt, wert, aenderungen, kandidaten, fehlerText());
    }

    @Override
    public String toString() {
        return "Normalisierung[eingabe=" + SafeText.quote(eingabe)
                + (wert != null ? ", wert=" + wert : ", fehler=" + fehlerText())
                + ", aenderungen=" + aenderungen + (kandidaten.isEmpty() ? "" : ", kandidaten=" + kandidaten) + "]";
    }
}
