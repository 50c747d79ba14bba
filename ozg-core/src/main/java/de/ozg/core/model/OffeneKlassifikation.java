package de.ozg.core.model;

import de.ozg.core.internal.Suchschluessel;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The logic shared by the open classifications of this package ({@link Nachnutzungskategorie},
 * {@link Phase}): a list of known values, a tolerant {@code find} by folded code or variant, a
 * {@code parse} that falls back to a new value, and the checks of {@code of(code, bezeichnung)}.
 * Each type holds one instance and keeps its constants, its own attributes and its public API.
 *
 * <p>A helper held by composition rather than a common superclass: a public base class would add
 * a type to the API, and a package-private one would leave the types' inherited accessors without
 * their own Javadoc. Immutable and thread-safe.
 *
 * @param <T> the classification type
 */
final class OffeneKlassifikation<T> {

    private final String typ;
    private final Supplier<List<T>> bekannte;
    private final Function<T, String> code;
    private final Function<T, List<String>> varianten;

    /**
     * @param typ       the type's simple name, used in exception messages ("Phase", "Phase.code")
     * @param bekannte  the known values, asked on each lookup so the constants may be declared after
     *                  this helper
     * @param code      the code of a value
     * @param varianten the folded variants a known value is also found by, besides its code
     */
    OffeneKlassifikation(String typ, Supplier<List<T>> bekannte, Function<T, String> code,
            Function<T, List<String>> varianten) {
        this.typ = typ;
        this.bekannte = bekannte;
        this.code = code;
        this.varianten = varianten;
    }

    /**
     * Checks the arguments of {@code of(code, bezeichnung)}: the code first, then the name.
     *
     * @return the name with blanks tidied
     * @throws ModellException with {@link ModellViolation#INVALID_CODE} for a code that is not
     *                         snake_case, {@link ModellViolation#BLANK_TEXT} for a blank name
     */
    String requireOf(String code, String bezeichnung) {
        Suchtext.requireCode(typ + ".code", code);
        ModellException.requireText(typ + ".bezeichnung", bezeichnung);
        return Suchtext.bereinigt(bezeichnung);
    }

    /** The known value whose folded code or one of whose variants equals the folded text. */
    Optional<T> find(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = Suchschluessel.von(text);
        for (T t : bekannte.get()) {
            if (code.apply(t).equals(key) || varianten.apply(t).contains(key)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * The known value with exactly this code. Unlike {@link #find(CharSequence)} a variant does not
     * count: {@code Phase.of("online", …)} is a phase of its own, not Betrieb.
     */
    Optional<T> mitCode(String wert) {
        for (T t : bekannte.get()) {
            if (code.apply(t).equals(wert)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * The known value {@link #find(CharSequence)} gives, or one made by {@code neu} from the folded
     * text as code and the tidied text as name.
     *
     * @throws ModellException with {@link ModellViolation#BLANK_TEXT} for null or a text without
     *                         letters and digits
     */
    T parse(CharSequence text, BiFunction<String, String, T> neu) {
        return Suchtext.neuOderBekannt(typ, text, this::find, neu);
    }
}
