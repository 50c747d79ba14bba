package de.ozg.core.ref;

import de.ozg.core.SafeText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.OzgException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ThemenfeldTest {

    /** Every spelling variant the lookup promises, derived from the canonical name and FIM code. */
    static Stream<Arguments> varianten() {
        List<Arguments> out = new ArrayList<>();
        for (Themenfeld t : Themenfeld.values()) {
            for (String v : variantenVon(t)) {
                out.add(Arguments.of(t, v));
            }
        }
        return out.stream();
    }

    static List<String> variantenVon(Themenfeld t) {
        String name = t.bezeichnung();
        List<String> v = new ArrayList<>();
        v.add(name);
        v.add(name.toUpperCase(Locale.ROOT));
        v.add(name.toLowerCase(Locale.ROOT));
        v.add(name.replace("&", "und"));
        v.add(name.replace("&", "UND"));
        v.add(name.replace(" & ", "&"));
        v.add("  " + name + " ");
        v.add(name + "\t");
        v.add("\u00a0" + name + "\u00a0\u00a0");
        v.add(name.replace(" ", "   "));
        v.add(name.replace(" ", "\u00a0"));
        v.add(name.replace(" ", " \u202f"));
        v.add(name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue"));
        v.add(name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").toUpperCase(Locale.ROOT));
        v.add(Normalizer.normalize(name, Normalizer.Form.NFD));
        v.add(name.replace("-", "\u2013"));
        v.add("\ufeff" + name);
        v.add(name.replace("&", "und").replace("ü", "ue").toLowerCase(Locale.ROOT) + "  ");
        v.add(t.fimCode());
        v.add(t.fimCode().toUpperCase(Locale.ROOT));
        v.add(" " + t.fimCode() + "\u00a0");
        return v;
    }

    @ParameterizedTest(name = "{0} <- \"{1}\"")
    @MethodSource("varianten")
    void findsEveryVariant(Themenfeld expected, String variant) {
        assertEquals(Optional.of(expected), Themenfeld.find(variant));
        assertSame(expected, Themenfeld.parse(variant));
        assertSame(expected, Themenfeld.parse(new StringBuilder(variant)), "CharSequence that is no String");
    }

    @Test
    void numbersFollowTheCatalogueOrder() {
        Themenfeld[] all = Themenfeld.values();
        assertEquals(14, all.length);
        for (int i = 0; i < all.length; i++) {
            assertEquals(i + 1, all[i].nummer());
            assertSame(all[i], Themenfeld.ofNummer(i + 1));
        }
        assertSame(Themenfeld.FAMILIE_KIND, Themenfeld.ofNummer(6));
        assertSame(Themenfeld.UNTERNEHMENSFUEHRUNG_ENTWICKLUNG, Themenfeld.ofNummer(14));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 15, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void rejectsNumbersOutsideOneToFourteen(int n) {
        UnknownReferenceException e = assertThrows(UnknownReferenceException.class, () -> Themenfeld.ofNummer(n));
        assertEquals(ReferenceViolation.UNKNOWN_THEMENFELD, e.violation());
        assertEquals(Optional.of(String.valueOf(n)), e.actualValue());
    }

    @Test
    void canonicalNamesAndCodesAreDistinct() {
        Set<String> names = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (Themenfeld t : Themenfeld.values()) {
            assertTrue(names.add(t.bezeichnung()), t.bezeichnung());
            assertTrue(codes.add(t.fimCode()), t.fimCode());
            assertTrue(t.fimCode().matches("[a-z_]+"), t.fimCode());
        }
    }

    @Test
    void knownSpellingsOfTheWild() {
        assertSame(Themenfeld.FAMILIE_KIND, Themenfeld.parse("Familie und Kind"));
        assertSame(Themenfeld.QUERSCHNITT, Themenfeld.parse("Querschnittsleistungen"));
        assertSame(Themenfeld.QUERSCHNITT, Themenfeld.parse("querschnittsleistungen "));
        assertSame(Themenfeld.QUERSCHNITT, Themenfeld.parse("Querschnitt"));
        assertSame(Themenfeld.UNTERNEHMENSFUEHRUNG_ENTWICKLUNG,
                Themenfeld.parse("Unternehmensfuehrung und -entwicklung"));
        assertSame(Themenfeld.EIN_AUSWANDERUNG, Themenfeld.parse("Ein- und Auswanderung"));
        assertSame(Themenfeld.MOBILITAET_REISEN, Themenfeld.parse("MOBILITÄT & REISEN"));
        assertSame(Themenfeld.FORSCHUNG_FOERDERUNG, Themenfeld.parse("Forschung &  Foerderung\u00a0"));
    }

    /** The tolerance all reference lookups share: hyphen, blank and punctuation are one separator. */
    @Test
    void sharedToleranceOfReferenceLookups() {
        assertSame(Themenfeld.FAMILIE_KIND, Themenfeld.parse("Familie Kind"));
        assertSame(Themenfeld.FAMILIE_KIND, Themenfeld.parse("familie-kind"));
        assertSame(Themenfeld.EIN_AUSWANDERUNG, Themenfeld.parse("Ein und Auswanderung"));
        assertSame(Themenfeld.UMWELT, Themenfeld.parse("Umwelt."));
        assertSame(Themenfeld.BILDUNG, Themenfeld.parse("\u2009Bildung\u202f\u3000"));
        assertSame(Themenfeld.BILDUNG, Themenfeld.parse("Bil\u200Bdung"));
        assertSame(Themenfeld.MOBILITAET_REISEN, Themenfeld.parse("Mobilita\u0308t\u2009&\u2009Reisen"));
    }

    @Test
    void ofFimCodeIsStrict() {
        for (Themenfeld t : Themenfeld.values()) {
            assertSame(t, Themenfeld.ofFimCode(t.fimCode()));
        }
        for (String bad : new String[] {"Familie_Kind", " familie_kind", "Familie & Kind", "querschnitt", "", null}) {
            UnknownReferenceException e = assertThrows(UnknownReferenceException.class, () -> Themenfeld.ofFimCode(bad));
            assertEquals(ReferenceViolation.UNKNOWN_THEMENFELD, e.violation());
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\u00a0", "\t \n", "\u3000", "Familie", "Familie und Kinder", "Familie & Kinder",
        "Kind & Familie", "Familienkind", "6", "06", "10000", "Querschnittsleistung", "Quer schnitt",
        "Unternehmensführung und Unternehmensentwicklung", "&", "und", "Bildung Bildung", "Steuern & Zoll & Steuern",
        "Umwelt und", "Forschung und und Foerderung"})
    void rejectsWhatIsNoThemenfeld(String text) {
        assertEquals(Optional.empty(), Themenfeld.find(text));
        UnknownReferenceException e = assertThrows(UnknownReferenceException.class, () -> Themenfeld.parse(text));
        assertEquals(ReferenceViolation.UNKNOWN_THEMENFELD, e.violation());
        assertEquals(Optional.ofNullable(text), e.actualValue());
        assertTrue(e.getMessage().contains(SafeText.quote(text)), e.getMessage());
    }

    @Test
    void messageListsTheExpectedForm() {
        UnknownReferenceException e = assertThrows(UnknownReferenceException.class,
                () -> Themenfeld.parse("Familie und Kinder"));
        for (Themenfeld t : Themenfeld.values()) {
            assertTrue(e.expectedForm().contains(t.bezeichnung()), t.bezeichnung());
        }
        assertTrue(e.expectedForm().contains("familie_kind"));
        assertTrue(e.getMessage().startsWith("Unknown Themenfeld: expected one of the 14"), e.getMessage());
        assertTrue(e.getMessage().endsWith("was 'Familie und Kinder'"), e.getMessage());
    }

    @Test
    void rejectsOverlongInputWithoutWork() {
        String longText = "Bildung" + " ".repeat(300);
        assertEquals(Optional.empty(), Themenfeld.find(longText));
    }
}
