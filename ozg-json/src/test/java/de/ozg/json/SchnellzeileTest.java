package de.ozg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.validation.Befund;
import de.ozg.core.validation.status.FieldState;
import de.ozg.core.validation.status.MutableStatusRow;
import de.ozg.core.validation.status.StatusField;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which lines the plain path reads itself, and that it refuses every other line before touching the row. */
class SchnellzeileTest {

    private static final String GUT = JsonLinesSchnellwegTest.Eingaben.GUT;

    private static int lies(Schnellzeile s, String zeile) {
        byte[] b = zeile.getBytes(StandardCharsets.UTF_8);
        return s.lies(b, 0, b.length);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        GUT,
        "  \t" + GUT + " \t",
        "{ \"schluessel\" : \"x\" ,\t\"online\":null , \"aktiv\":false,\"url\":\"\"}",
        "{}",
        " { } ",
        // other orders, repeated fields and wrong types are the row's business, read as they come
        "{\"online\":true,\"schluessel\":\"1\",\"schluessel\":\"2\",\"reifegrad\":true,\"aktiv\":\"ja\"}",
    })
    void readsPlainLines(String zeile) {
        Schnellzeile s = new Schnellzeile();
        assertEquals(zeile.length(), lies(s, zeile));
        assertFalse(s.isLeer());
        for (String ende : new String[] {"\n", "\r\n", "\r"}) {
            assertEquals(zeile.length(), lies(s, zeile + ende + "{\"x\u00e4"), ende);
        }
    }

    @Test
    void blankLinesAreNoRecords() {
        Schnellzeile s = new Schnellzeile();
        String[] zeilen = {"", " \t ", "\n", "  \r\n"};
        int[] enden = {0, 3, 0, 2};
        for (int i = 0; i < zeilen.length; i++) {
            assertEquals(enden[i], lies(s, zeilen[i]), zeilen[i]);
            assertTrue(s.isLeer(), zeilen[i]);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"schluessel\":\"99\\\"1\"}",          // escape in a value
        "{\"schluessel\":\"99\\u00e41\"}",       // unicode escape
        "{\"url\":\"a\\/b\"}",                   // escaped slash
        "{\"a\\u0072s\":\"1\"}",                 // escape in a name
        "{\"url\":\"\u00e4\"}",                  // non-ASCII
        "{\"url\":\"a\tb\"}",                    // control character in a string
        "{\"url\":\"a\u007fb\"}",                // DEL
        "{\"url\":\"a\u0000b\"}",                // NUL
        "\u0000" + GUT,                          // NUL before the object
        "\ufeff" + GUT,                          // byte order mark
        "{\"ozgId\":10001}",                     // number
        "{\"online\":-1}",
        "{\"url\":{\"a\":1}}",                   // nested object
        "{\"url\":[1]}",                         // array
        "{\"unbekannt\":\"x\"}",                 // unknown field
        "{\"ARS\":\"x\"}",
        "{\"ars\" \"x\"}",                       // missing colon
        "{\"ars\":\"x\",}",                      // trailing comma
        "{\"ars\":\"x\"",                        // object not closed on the line
        "{\"ars\":\"x\",\n\"online\":true}",     // line break inside the object
        "{\"ars\":\"x\"\r}",
        "{\"ars\":\"x\"} {}",                    // a second value
        "{\"ars\":\"x\"}x",
        "{\"online\":truex}",
        "{\"online\":nul}",
        "{\"online\":tru",
        "{\"url\":\"unterminated",
        "[{\"ars\":\"x\"}]",
        "\"text\"",
        "123",
        "}",
        "{,}",
    })
    void refusesEverythingElse(String zeile) {
        assertEquals(-1, lies(new Schnellzeile(), zeile), zeile);
    }

    /** Strings are scanned eight bytes at a time: every byte value at every place of a word. */
    @Test
    void everyByteValueAtEveryPlaceOfAString() {
        Schnellzeile s = new Schnellzeile();
        byte[] kopf = "{\"url\":\"".getBytes(StandardCharsets.US_ASCII);
        for (int laenge = 1; laenge <= 19; laenge++) {
            for (int stelle = 0; stelle < laenge; stelle++) {
                for (int x = 0; x < 256; x++) {
                    byte[] b = new byte[kopf.length + laenge + 2];
                    System.arraycopy(kopf, 0, b, 0, kopf.length);
                    java.util.Arrays.fill(b, kopf.length, kopf.length + laenge, (byte) 'a');
                    b[kopf.length + stelle] = (byte) x;
                    b[b.length - 2] = '"';
                    b[b.length - 1] = '}';
                    boolean schlicht = x >= 0x20 && x < 0x7F && x != '"' && x != '\\';
                    assertEquals(schlicht ? b.length : -1, s.lies(b, 0, b.length), "byte " + x + " at " + stelle);
                }
            }
        }
    }

    /** Names are compared a word at a time where sixteen bytes remain, else byte by byte: both ways agree. */
    @Test
    void namesAreRecognisedWhateverFollows() {
        Schnellzeile s = new Schnellzeile();
        String[] namen = {"schluessel", "ars", "stichtag", "online", "aktiv", "reifegrad", "url", "flaechendeckung",
            "ozgId"};
        for (String name : namen) {
            for (String wert : new String[] {"null", "\"\"", "\"a\""}) {
                String zeile = "{\"" + name + "\":" + wert + "}";
                assertEquals(zeile.length(), lies(s, zeile), zeile);
                assertEquals(zeile.length(), lies(s, zeile + "\n" + " ".repeat(20)), zeile);
                // one byte more or less, or another byte in place of the closing quote
                for (String anders : new String[] {name + "x", name.substring(0, name.length() - 1),
                    name.substring(1), "X" + name.substring(1), name.substring(0, name.length() - 1) + "_"}) {
                    String falsch = "{\"" + anders + "\":" + wert + "}";
                    assertEquals(-1, lies(s, falsch), falsch);
                    assertEquals(-1, lies(s, falsch + "\n" + " ".repeat(20)), falsch);
                }
            }
        }
    }

    @Test
    void longValuesAndManyFieldsAreLeftToJackson() {
        Schnellzeile s = new Schnellzeile();
        String grenze = "x".repeat(Schnellzeile.MAX_WERT);
        assertTrue(lies(s, "{\"url\":\"" + grenze + "\"}") > 0);
        assertEquals(-1, lies(s, "{\"url\":\"" + grenze + "x\"}"));
        String viele = "{" + "\"url\":\"u\",".repeat(Schnellzeile.MAX_FELDER - 1) + "\"url\":\"u\"}";
        assertEquals(viele.length(), lies(s, viele));
        assertEquals(-1, lies(s, "{\"url\":\"u\"," + viele.substring(1)));
    }

    @Test
    void fillsTheRowLikeTheParser() {
        Schnellzeile s = new Schnellzeile();
        String zeile = "{\"schluessel\":\"99041006013001\",\"online\":\"ok\",\"ars\":\"150020000000\","
                + "\"ars\":\"150020000001\",\"reifegrad\":true,\"url\":null,\"stichtag\":\"2023-05-31\"}";
        byte[] b = zeile.getBytes(StandardCharsets.US_ASCII);
        assertEquals(b.length, s.lies(b, 0, b.length));
        MutableStatusRow row = MutableStatusRow.forJson();
        s.fuelle(b, row, 17);
        assertEquals(17, row.line());
        assertEquals("99041006013001", row.schluessel().orElseThrow().toString());
        assertEquals("150020000000", row.ars().orElseThrow().toString());
        assertTrue(row.isDuplicate(StatusField.ARS));
        assertEquals(FieldState.WRONG_TYPE, row.state(StatusField.ONLINE));
        assertEquals("ok", row.text(StatusField.ONLINE).orElseThrow());
        assertEquals(FieldState.WRONG_TYPE, row.state(StatusField.REIFEGRAD));
        assertEquals("true", row.text(StatusField.REIFEGRAD).orElseThrow());
        assertEquals(FieldState.NULL, row.state(StatusField.URL));
    }

    /** Line numbers across LF, CR LF and lone CR, with broken lines read by Jackson in between. */
    @Test
    void lineNumbersAcrossMixedLineEnds() {
        String kaputt = "{\"schluessel\":12}";
        String text = GUT + "\r\n" + kaputt + "\r" + GUT + "\n\n" + kaputt + "\r\n\r" + "{\"ars\":\"a\u00e4\"}\n"
                + GUT + "\r" + kaputt;
        byte[] daten = text.getBytes(StandardCharsets.UTF_8);
        for (int block : new int[] {16, 64 * 1024}) {
            JsonLinesSchnellwegTest.Ergebnis mit = JsonLinesSchnellwegTest.lies(daten, true, block, 1);
            JsonLinesSchnellwegTest.Ergebnis ohne = JsonLinesSchnellwegTest.lies(daten, false, block, 1);
            assertEquals(ohne, mit);
            assertEquals(3, mit.zeilen().size());
            List<Long> zeilen = mit.befunde().stream().map(b -> b.fundstelle().line().getAsLong()).distinct()
                    .collect(Collectors.toList());
            assertEquals(List.of(2L, 5L, 7L, 9L), zeilen, mit.befunde().stream().map(Befund::toString)
                    .collect(Collectors.joining("\n")));
        }
    }
}
