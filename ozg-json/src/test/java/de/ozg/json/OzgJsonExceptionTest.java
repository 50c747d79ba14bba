package de.ozg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.internal.Messages;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The German text of a JSON failure carries no English fragment; English stays the detailed message. */
class OzgJsonExceptionTest {

    private static OzgJsonException lies(String json) {
        return assertThrows(OzgJsonException.class,
                () -> OzgJson.readKatalog(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void anUnknownFieldIsNamedInGermanWithItsPointer() {
        OzgJsonException e = lies("{\"format\":\"ozg-katalog\",\"version\":1,\"stand\":\"2019-12-31\","
                + "\"leistungen\":[],\"x\":1}");
        assertEquals(JsonViolation.UNKNOWN_FIELD, e.violation());
        String de = e.message(Locale.GERMAN);
        assertTrue(de.startsWith("/x: Feld gehört nicht zum Format"), de);
        assertFalse(de.contains("unknown"), de);
        assertEquals(e.getMessage(), e.message(Locale.ENGLISH));
    }

    @Test
    void aBadIdentifierGivesTheIdentifiersGermanMessage() {
        OzgJsonException e = lies("{\"format\":\"ozg-katalog\",\"version\":1,\"stand\":\"2019-12-31\","
                + "\"leistungen\":[{\"ozgId\":\"1000\",\"bezeichnung\":\"Elterngeld\",\"themenfeld\":\"Familie & Kind\","
                + "\"lebenslage\":\"Geburt\",\"leistungen\":[]}]}");
        String de = e.message(Locale.GERMAN);
        assertTrue(de.startsWith("/leistungen/0/ozgId: "), de);
        assertFalse(de.contains("must be") || de.contains("digits"), de);
        assertTrue(de.contains("'1000'"), de);
    }

    @Test
    void everyViolationHasATextInBothLanguages() {
        Messages texte = Messages.of("de.ozg.json.messages", OzgJsonException.class);
        assertEquals(texte.keysGerman(), texte.keysEnglish());
        Set<String> fehlend = new TreeSet<>();
        for (JsonViolation v : JsonViolation.values()) {
            if (!texte.keysGerman().contains(v.name())) {
                fehlend.add(v.name());
            }
        }
        assertEquals(Set.of(), fehlend);
        OzgJsonException leer = new OzgJsonException(JsonViolation.EMPTY_INPUT, "", "empty input", null, "a document",
                null);
        assertEquals("Dokument: die Eingabe ist leer", leer.message(Locale.GERMANY));
    }
}
