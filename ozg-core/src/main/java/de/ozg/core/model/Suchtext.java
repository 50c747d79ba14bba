package de.ozg.core.model;

import de.ozg.core.internal.Suchschluessel;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Text helpers for the extensible classifications of this package: the display form of a name
 * ({@link #bereinigt(CharSequence)}), the snake_case check of a code, and parse-or-create. Lookups
 * fold text with {@link Suchschluessel#von(CharSequence)}, the same folding the reference data in
 * {@code de.ozg.core.ref} uses, so "Roll-out", "roll out" and "ROLL_OUT " all fold to
 * {@code roll_out}; the folded form is also the snake_case code of a value created from free text.
 */
final class Suchtext {

    private Suchtext() {
    }

    /**
     * The text with surrounding blanks removed and every inner run of blanks (including NBSP and
     * other Unicode spaces) replaced by one space: the display form of a name read from a table.
     */
    static String bereinigt(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean blank = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (istLeer(c)) {
                blank = sb.length() > 0;
            } else {
                if (blank) {
                    sb.append(' ');
                    blank = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether the character is a blank of any kind: whitespace, NBSP or another Unicode space. */
    static boolean istLeer(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isSnakeCase(String code) {
        if (code.isEmpty() || code.charAt(0) == '_' || code.charAt(code.length() - 1) == '_') {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' && code.charAt(i - 1) != '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * The known value {@code find} gives for the text, or a new one made by {@code neu} from the
     * folded text as code and the tidied text as name.
     */
    static <T> T neuOderBekannt(String typ, CharSequence text,
            Function<CharSequence, Optional<T>> find,
            BiFunction<String, String, T> neu) {
        Optional<T> bekannt = find.apply(text);
        if (bekannt.isPresent()) {
            return bekannt.get();
        }
        String code = text == null ? "" : Suchschluessel.von(text);
        if (code.isEmpty()) {
            throw new ModellException(ModellViolation.BLANK_TEXT, typ, text == null ? null : text.toString(),
                    "a name with at least one letter or digit");
        }
        return neu.apply(code, Suchtext.bereinigt(text));
    }

    /** Rejects a code that is not snake_case ASCII. */
    static void requireCode(String feld, String code) {
        if (code == null || !Suchtext.isSnakeCase(code)) {
            throw new ModellException(ModellViolation.INVALID_CODE, feld, code,
                    "a snake_case code: lower-case ASCII letters and digits joined by single underscores");
        }
    }
}
