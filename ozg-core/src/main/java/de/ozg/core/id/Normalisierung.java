package de.ozg.core.id;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of lenient normalisation of an identifier: the input as given, the repaired text,
 * the identifier when the repaired text parses strictly (else the {@link IdFormatException} it
 * failed with), and the list of repairs made.
 *
 * <p>Normalisation repairs only harmless, unambiguous defects (see {@link AenderungsArt}): blanks
 * and non-breaking spaces at either end, zero-width characters anywhere, full-width digits, and –
 * for AGS and ARS only – one leading zero lost by storing the key as a number, when the length
 * makes this unambiguous and the padded key then parses strictly. Text that already parses strictly
 * comes back unchanged with an empty list of changes. Normalising the repaired text again changes
 * nothing more (normalisation is idempotent).
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

    private Normalisierung(String eingabe, String bereinigt, T wert, List<Aenderung> aenderungen,
            IdFormatException fehler) {
        this.eingabe = eingabe;
        this.bereinigt = bereinigt;
        this.wert = wert;
        this.aenderungen = aenderungen;
        this.fehler = fehler;
    }

    /**
     * Runs normalisation: repairs, optionally restores one leading zero when the repaired text is
     * {@code padLength} ASCII digits (-1: never), then parses strictly.
     */
    static <T> Normalisierung<T> run(CharSequence input, Function<String, T> strictParser, int padLength) {
        if (input == null) {
            return new Normalisierung<>(null, null, null, List.of(), parseError(strictParser, null));
        }
        String eingabe = input.toString();
        Map<AenderungsArt, Integer> counts = new EnumMap<>(AenderungsArt.class);
        String text = repair(eingabe, counts);
        if (padLength > 0 && text.length() == padLength && Ids.digits(text, 0, padLength) >= 0) {
            String padded = "0" + text;
            try {
                T value = strictParser.apply(padded);
                counts.put(AenderungsArt.RESTORED_LEADING_ZERO, 1);
                return new Normalisierung<>(eingabe, padded, value, toList(counts), null);
            } catch (IdFormatException e) {
                // the padded key is not valid either: the zero was not the problem, report the original failure
            }
        }
        List<Aenderung> aenderungen = toList(counts);
        try {
            return new Normalisierung<>(eingabe, text, strictParser.apply(text), aenderungen, null);
        } catch (IdFormatException e) {
            return new Normalisierung<>(eingabe, text, null, aenderungen, e);
        }
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
        if (!(o instanceof Normalisierung)) {
            return false;
        }
        Normalisierung<?> n = (Normalisierung<?>) o;
        return Objects.equals(eingabe, n.eingabe) && Objects.equals(bereinigt, n.bereinigt)
                && Objects.equals(wert, n.wert) && aenderungen.equals(n.aenderungen)
                && Objects.equals(fehlerText(), n.fehlerText());
    }

    private String fehlerText() {
        return fehler == null ? null : fehler.violation() + ":" + fehler.getMessage();
    }

    @Override
    public int hashCode() {
        return Objects.hash(eingabe, bereinigt, wert, aenderungen, fehlerText());
    }

    @Override
    public String toString() {
        return "Normalisierung[eingabe=" + de.ozg.core.OzgException.quote(eingabe)
                + (wert != null ? ", wert=" + wert : ", fehler=" + fehlerText())
                + ", aenderungen=" + aenderungen + "]";
    }
}
