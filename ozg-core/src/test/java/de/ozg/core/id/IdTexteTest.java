package de.ozg.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.internal.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The resource bundles of the identifier texts: both languages hold the same keys, every key is used. */
class IdTexteTest {

    private static final Messages TEXTE = Text.Bundles.MESSAGES;

    @Test
    void bothBundlesHoldTheSameKeys() {
        assertEquals(new TreeSet<>(TEXTE.keysGerman()), new TreeSet<>(TEXTE.keysEnglish()));
        assertFalse(TEXTE.keysGerman().isEmpty());
    }

    /** Every key the source of this package names is in the bundles, and every bundle key is named. */
    @Test
    void everyKeyIsUsedAndEveryUsedKeyExists() throws IOException {
        Set<String> benutzt = new TreeSet<>();
        Pattern text = Pattern.compile("Text\\.of\\(\\s*\"([a-zA-Z.]+)\"|\"(digits\\.[a-zA-Z]+|leika\\.urn\\.[a-zA-Z]+)\"");
        Path quellen = Path.of("src/main/java/de/ozg/core/id");
        try (Stream<Path> dateien = Files.list(quellen)) {
            for (Path datei : (Iterable<Path>) dateien::iterator) {
                Matcher m = text.matcher(Files.readString(datei, StandardCharsets.UTF_8));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    // "aenderung." + art.name(): the enum constants are added below
                    if (!key.endsWith(".")) {
                        benutzt.add(key);
                    }
                }
            }
        }
        for (AenderungsArt art : AenderungsArt.values()) {
            benutzt.add("aenderung." + art.name());
        }
        assertEquals(new TreeSet<>(TEXTE.keysEnglish()), benutzt);
    }

    @ParameterizedTest
    @EnumSource(AenderungsArt.class)
    void everyRepairIsDescribedInBothLanguages(AenderungsArt art) {
        Aenderung a = Aenderung.of(art, 3);
        assertTrue(a.beschreibungDe().startsWith("3 "), a.beschreibungDe());
        assertTrue(a.beschreibungEn().contains("3"), a.beschreibungEn());
        assertNotEquals(a.beschreibungDe(), a.beschreibungEn());
        assertEquals(a.beschreibungDe(), a.beschreibung(Locale.GERMANY));
        assertEquals(a.beschreibungEn(), a.beschreibung(Locale.UK));
    }

    @Test
    void largeCountsAreNotGrouped() {
        assertEquals("1234 umgebende(s) Leerzeichen entfernt",
                Aenderung.of(AenderungsArt.STRIPPED_BLANKS, 1234).beschreibungDe());
    }

    /** The bundles are UTF-8: an umlaut survives loading. */
    @Test
    void bundlesAreReadAsUtf8() throws IOException {
        try (InputStream in = IdTexteTest.class.getResourceAsStream("messages_de.properties")) {
            String roh = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(roh.contains("führende"));
        }
        assertTrue(TEXTE.german("aenderung.RESTORED_LEADING_ZERO", "1").contains("führende"));
    }
}
