package de.ozg.core.ref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FlaechendeckungTest {

    @Test
    void theDashboardTextsAndCodes() {
        List<String> texte = List.of("bundesweit flächendeckend", "landesweit flächendeckend", "kreisweit flächendeckend",
                "in mind. einer Kommune verfügbar", "nicht in Auswertung berücksichtigt");
        List<String> codes = List.of("bundesweit_flaechendeckend", "landesweit_flaechendeckend",
                "kreisweit_flaechendeckend", "in_mind_einer_kommune_verfuegbar", "nicht_in_auswertung_beruecksichtigt");
        for (Flaechendeckung f : Flaechendeckung.values()) {
            assertEquals(texte.get(f.ordinal()), f.bezeichnung());
            assertEquals(codes.get(f.ordinal()), f.code());
        }
    }

    @Test
    void flaechendeckendAndVerfuegbar() {
        Set<Flaechendeckung> flaechendeckend = Set.of(Flaechendeckung.BUNDESWEIT, Flaechendeckung.LANDESWEIT,
                Flaechendeckung.KREISWEIT);
        for (Flaechendeckung f : Flaechendeckung.values()) {
            assertEquals(flaechendeckend.contains(f), f.isFlaechendeckend(), f.name());
            assertEquals(f != Flaechendeckung.NICHT_BERUECKSICHTIGT, f.isVerfuegbar(), f.name());
        }
    }

    @ParameterizedTest
    @EnumSource(Flaechendeckung.class)
    void textCodeAndNameParse(Flaechendeckung f) {
        assertSame(f, Flaechendeckung.parse(f.bezeichnung()));
        assertSame(f, Flaechendeckung.parse(f.bezeichnung().toUpperCase(Locale.ROOT)));
        assertSame(f, Flaechendeckung.parse(f.code()));
        assertSame(f, Flaechendeckung.parse(f.name()));
        assertSame(f, Flaechendeckung.parse(" " + f.bezeichnung() + "\u00a0"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bundesweit_flaechendeckend|BUNDESWEIT", "Bundesweit Flaechendeckend|BUNDESWEIT", "bundesweit|BUNDESWEIT",
        "landesweit flächendeckend|LANDESWEIT", "Landesweit-flächendeckend|LANDESWEIT", "landesweit|LANDESWEIT",
        "kreisweit flaechendeckend|KREISWEIT",
        "mind. eine Kommune|MIND_EINE_KOMMUNE", "in mind. einer Kommune|MIND_EINE_KOMMUNE",
        "in mindestens einer Kommune verfügbar|MIND_EINE_KOMMUNE", "mind_eine_kommune|MIND_EINE_KOMMUNE",
        "nicht berücksichtigt|NICHT_BERUECKSICHTIGT", "nicht in der Auswertung berücksichtigt|NICHT_BERUECKSICHTIGT"})
    void variants(String text, Flaechendeckung erwartet) {
        assertSame(erwartet, Flaechendeckung.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "flächendeckend", "weltweit flächendeckend", "gemeindeweit", "ok", "nicht ok",
        "in keiner Kommune", "berücksichtigt", "teilweise"})
    void unknownTextsAreRejected(String text) {
        UnknownReferenceException e = assertThrows(UnknownReferenceException.class, () -> Flaechendeckung.parse(text));
        assertEquals(ReferenceViolation.UNKNOWN_FLAECHENDECKUNG, e.violation());
        assertEquals(Optional.of(text), e.actualValue());
        assertEquals(Optional.empty(), Flaechendeckung.find(text));
    }

    @Test
    void nullIsNotFound() {
        assertEquals(Optional.empty(), Flaechendeckung.find(null));
        assertThrows(UnknownReferenceException.class, () -> Flaechendeckung.parse(null));
    }
}
