package de.ozg.core.ref;

import de.ozg.core.SafeText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.OzgException;
import de.ozg.core.internal.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The texts of {@link UnknownReferenceException} in German and English, from one pair of bundles. */
class RefTexteTest {

    private static final Messages TEXTE = Text.Bundles.MESSAGES;

    /** One failing lookup per violation (the broken resource is a build defect; its detail stays English). */
    static List<Executable> faelle() {
        return List.of(
                () -> Bundesland.parse("Bayer"),
                () -> Bundesland.ofNummer(17),
                () -> Bundesland.ofCode("1"),
                () -> Bundesressort.of("BMXY", LocalDate.of(2022, 1, 1)),
                () -> Bundesressort.of("BMDV", LocalDate.of(2020, 1, 1)),
                () -> Themenfeld.parse("Familie und Kinder"),
                () -> Themenfeld.ofNummer(15),
                () -> Themenfeld.ofFimCode("Familie"),
                () -> Typisierung.parse("2c"),
                () -> Typisierung.parseMenge("1, 2c"),
                () -> Typisierung.parseMenge(null),
                () -> Reifegrad.parse("V1:2a"),
                () -> Reifegrad.parse("V3:1"),
                () -> Reifegrad.parse(ReifegradModell.V1, "2a"),
                () -> Reifegrad.of(ReifegradModell.V1, 5),
                () -> Reifegrad.of(ReifegradModell.V1, 2).compareTo(Reifegrad.of(ReifegradModell.V2, 2)),
                () -> ReifegradModell.parse("1.2"),
                () -> Nachnutzungsmodell.parse("Cloud"),
                () -> Priorisierung.parse("5"),
                () -> Priorisierung.ofStufe(0),
                () -> Flaechendeckung.parse("halb"),
                () -> Referenztabelle.lade("gibt-es-nicht.tsv"));
    }

    @Test
    void everyViolationReadsInBothLanguages() {
        Set<ReferenceViolation> gesehen = EnumSet.noneOf(ReferenceViolation.class);
        for (Executable fall : faelle()) {
            UnknownReferenceException e = assertThrows(UnknownReferenceException.class, fall);
            gesehen.add(e.violation());
            String de = e.message(Locale.GERMAN);
            assertEquals(e.getMessage(), e.message(Locale.ENGLISH));
            assertEquals(e.expectedForm(), e.expectedForm(Locale.ENGLISH));
            assertEquals(de, e.message(Locale.forLanguageTag("de-CH")));
            assertTrue(de.contains(": erwartet " + e.expectedForm(Locale.GERMAN) + ", war "), de);
            assertTrue(de.endsWith(SafeText.quote(e.actualValue().orElse(null))), de);
            if (e.violation() != ReferenceViolation.BROKEN_RESOURCE) {
                for (String englisch : List.of("expected", " was ", "Unknown", " or ", " such as ", " any case")) {
                    assertFalse(de.contains(englisch), () -> "English '" + englisch + "' in: " + de);
                }
            }
        }
        assertEquals(EnumSet.allOf(ReferenceViolation.class), gesehen);
    }

    @Test
    void germanTextOfACommonCase() {
        UnknownReferenceException e = assertThrows(UnknownReferenceException.class, () -> Bundesland.parse("Bayer"));
        assertEquals("Unbekanntes Bundesland: erwartet ein Landesschlüssel (01-16), Kürzel (ST), ISO-Code (DE-ST) "
                + "oder Name, war 'Bayer'", e.message(Locale.GERMAN));
        assertEquals("Unknown Bundesland: expected a Land code (01-16), Kürzel (ST), ISO code (DE-ST) or name, "
                + "was 'Bayer'", e.getMessage());
        UnknownReferenceException r = assertThrows(UnknownReferenceException.class,
                () -> Reifegrad.parse(ReifegradModell.V1, "2a"));
        assertTrue(r.message(Locale.GERMAN).contains("gehören zur Typisierung"), r.message(Locale.GERMAN));
    }

    @Test
    void readyMadeFormsStayAsGiven() {
        UnknownReferenceException e = new UnknownReferenceException(ReferenceViolation.UNKNOWN_BUNDESLAND, "x",
                "own form");
        assertEquals("Unknown Bundesland: expected own form, was 'x'", e.getMessage());
        assertEquals(e.getMessage(), e.message(Locale.GERMAN));
        assertEquals("own form", e.expectedForm(Locale.GERMAN));
        assertThrows(NullPointerException.class, () -> e.message(null));
        assertThrows(NullPointerException.class, () -> e.expectedForm(null));
    }

    @Test
    void bothBundlesHoldTheSameKeysAndEveryKeyIsUsed() throws IOException {
        assertEquals(new TreeSet<>(TEXTE.keysGerman()), new TreeSet<>(TEXTE.keysEnglish()));
        Set<String> benutzt = new TreeSet<>(Set.of("message"));
        for (ReferenceViolation v : ReferenceViolation.values()) {
            benutzt.add("violation." + v.name());
        }
        Pattern text = Pattern.compile("Text\\.of\\(\\s*\"([a-zA-Z.]+)\"");
        try (Stream<Path> dateien = Files.list(Path.of("src/main/java/de/ozg/core/ref"))) {
            for (Path datei : (Iterable<Path>) dateien::iterator) {
                Matcher m = text.matcher(Files.readString(datei, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!m.group(1).endsWith(".") && !m.group(1).equals("violation")) {
                        benutzt.add(m.group(1));
                    }
                }
            }
        }
        assertEquals(new TreeSet<>(TEXTE.keysEnglish()), benutzt);
    }
}
