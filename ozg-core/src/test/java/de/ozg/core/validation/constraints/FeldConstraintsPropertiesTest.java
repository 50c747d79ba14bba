package de.ozg.core.validation.constraints;

import static de.ozg.core.validation.constraints.Validatoren.PREFIX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import de.ozg.core.id.IdFormatException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The field constraints accept exactly the texts the strict parsers accept, and name the rule the
 * parser reports, for well-formed keys, near misses and noise alike.
 */
class FeldConstraintsPropertiesTest {

    static final class Felder {
        @ValidOzgId
        String ozgId;
        @ValidLeistungsschluessel
        String leistung;
        @ValidArs
        String ars;
        @ValidAgs
        String ags;
    }

    /** Texts of about the right length over digits and a few neighbours ('-', '.', '/', ':'). */
    private static Gen<String> beinahe(int laenge) {
        return strings().betweenCodePoints('-', ':').ofLengthBetween(Math.max(0, laenge - 2), laenge + 1);
    }

    /** Valid keys, in canonical form, mixed with near misses. */
    private static Gen<String> texte(Gen<Long> werte, int laenge) {
        Gen<String> kanonisch = werte.map(v -> String.format("%0" + laenge + "d", v));
        return kanonisch.mix(beinahe(laenge), 50);
    }

    private static void check(String feld, Gen<String> texte, Predicate<CharSequence> isValid,
            Function<CharSequence, ?> parse, String constraint) {
        Validator validator = Validatoren.englisch();
        qt().forAll(texte).checkAssert(text -> {
            Set<ConstraintViolation<Felder>> v = validator.validateValue(Felder.class, feld, text);
            if (isValid.test(text)) {
                assertEquals(Set.of(), v, text);
                return;
            }
            String erwartet;
            try {
                parse.apply(text);
                throw new AssertionError("isValid and parse disagree on '" + text + "'");
            } catch (IdFormatException e) {
                erwartet = "{" + PREFIX + constraint + ".message." + e.violation().name() + "}";
            }
            assertEquals(1, v.size(), text);
            assertEquals(erwartet, v.iterator().next().getMessageTemplate(), text);
        });
    }

    @Test
    void ozgIdAgreesWithTheParser() {
        check("ozgId", texte(longs().between(0, 99_999L), 5), de.ozg.core.id.OzgId::isValid,
                de.ozg.core.id.OzgId::parse, "OzgId");
    }

    @Test
    void leistungsschluesselAgreesWithTheParser() {
        check("leistung", texte(longs().between(0, 99_999_999_999_999L), 14),
                de.ozg.core.id.Leistungsschluessel::isValid, de.ozg.core.id.Leistungsschluessel::parse,
                "Leistungsschluessel");
    }

    @Test
    void arsAgreesWithTheParser() {
        Gen<Long> werte = integers().between(0, 17).zip(longs().between(0, 9_999_999_999L),
                (land, rest) -> land * 10_000_000_000L + rest);
        check("ars", texte(werte, 12), de.ozg.core.id.Ars::isValid, de.ozg.core.id.Ars::parse, "Ars");
    }

    @Test
    void agsAgreesWithTheParser() {
        Gen<Long> werte = integers().between(0, 17).zip(longs().between(0, 999_999L),
                (land, rest) -> land * 1_000_000L + rest);
        check("ags", texte(werte, 8), de.ozg.core.id.Ags::isValid, de.ozg.core.id.Ags::parse, "Ags");
    }
}
