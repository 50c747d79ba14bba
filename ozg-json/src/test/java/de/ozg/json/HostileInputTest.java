package de.ozg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.validation.Befund;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Malformed, oversized and deliberately hostile input fails with this library's exception or a finding. */
class HostileInputTest {

    private static final String ROW = "{\"schluessel\":\"99041006013000\",\"ars\":\"150020000000\","
            + "\"stichtag\":\"2023-05-31\",\"online\":true}";
    private static final String KATALOG = "{\"format\":\"ozg-katalog\",\"version\":1,\"stand\":\"2019-12-31\","
            + "\"leistungen\":[]}";

    private static OzgJsonException katalog(InputStream in) {
        return assertThrows(OzgJsonException.class, () -> OzgJson.readKatalog(in));
    }

    private static OzgJsonException katalog(String json) {
        return katalog(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads with both bindings: Jackson 3 must refuse alike, with the same violation and pointer. */
    private static OzgJsonException katalog(byte[] json) {
        OzgJsonException zwei = katalog(new ByteArrayInputStream(json));
        OzgJsonException drei = assertThrows(OzgJsonException.class,
                () -> de.ozg.json.jackson3.OzgJson.read(new ByteArrayInputStream(json), OzgKatalog.class));
        assertEquals(zwei.violation(), drei.violation(), drei::getMessage);
        assertEquals(zwei.pointer(), drei.pointer(), drei::getMessage);
        return zwei;
    }

    @Test
    void truncatedDocument() {
        OzgJsonException e = katalog(KATALOG.substring(0, KATALOG.length() - 3));
        assertEquals(JsonViolation.MALFORMED_JSON, e.violation());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void wrongTypesAndNumbersForStrings() {
        assertEquals(JsonViolation.WRONG_TYPE, katalog(KATALOG.replace("\"2019-12-31\"", "20191231")).violation());
        assertEquals(JsonViolation.WRONG_TYPE, katalog(KATALOG.replace("[]", "{}")).violation());
        OzgJsonException e = katalog(KATALOG.replace("[]", "[{\"ozgId\":10000}]"));
        assertEquals(JsonViolation.WRONG_TYPE, e.violation());
        assertEquals("/leistungen/0/ozgId", e.pointer().orElseThrow());
        assertTrue(e.getMessage().contains("leading zeros"), e.getMessage());
    }

    @Test
    void duplicateKeys() {
        OzgJsonException e = katalog(KATALOG.replace("\"version\":1", "\"version\":1,\"version\":1"));
        assertEquals(JsonViolation.DUPLICATE_FIELD, e.violation());
        assertTrue(e.getMessage().contains("version"), e.getMessage());
    }

    @Test
    void deepNestingFailsWithoutStackOverflow() {
        int tiefe = 10_000;
        // Read as a generic tree: the catalogue reader itself would stop at the first wrong token.
        OzgJsonException e = assertThrows(OzgJsonException.class, () -> OzgJson.read(new Generator(
                "{\"x\":", i -> new byte[] {'['}, tiefe, "]".repeat(tiefe) + "}"),
                com.fasterxml.jackson.databind.JsonNode.class));
        assertEquals(JsonViolation.LIMIT_EXCEEDED, e.violation());
        assertTrue(e.getMessage().contains(String.valueOf(OzgJson.MAX_NESTING_DEPTH)), e.getMessage());

        List<Befund> befunde = new ArrayList<>();
        try (UmsetzungsstandReader r = UmsetzungsstandReader.jsonLines(new Generator("{\"url\":",
                i -> new byte[] {'['}, tiefe, "]".repeat(tiefe) + "}\n" + ROW + "\n"), befunde::add)) {
            assertEquals(1, r.stream().count());
        }
        assertTrue(befunde.stream().anyMatch(b -> b.regelId().equals(Statusbefunde.GRENZE)
                && b.fundstelle().line().getAsLong() == 1), befunde::toString);
    }

    @Test
    void hugeStringFailsEarlyWithoutHoldingIt() {
        long megabytes = 100;
        byte[] kilobyte = "x".repeat(1024).getBytes(StandardCharsets.US_ASCII);
        OzgJsonException e = katalog(new Generator("{\"format\":\"", i -> kilobyte, megabytes * 1024, "\"}"));
        assertEquals(JsonViolation.LIMIT_EXCEEDED, e.violation());

        List<Befund> befunde = new ArrayList<>();
        List<Umsetzungsstand> rows = new ArrayList<>();
        try (UmsetzungsstandReader r = UmsetzungsstandReader.jsonLines(new Generator(ROW + "\n{\"url\":\"",
                i -> kilobyte, megabytes * 1024, "\"}\n" + ROW + "\n"), befunde::add)) {
            r.forEachRemaining(rows::add);
            assertEquals(3, r.zeilen());
            assertEquals(1, r.fehlerhafteZeilen());
        }
        assertEquals(2, rows.size());
        assertEquals(1, befunde.size(), befunde::toString);
        assertEquals(Statusbefunde.GRENZE, befunde.get(0).regelId());
        assertEquals(2, befunde.get(0).fundstelle().line().getAsLong());

        befunde.clear();
        try (UmsetzungsstandReader r = UmsetzungsstandReader.jsonArray(new Generator("[" + ROW + ",{\"url\":\"",
                i -> kilobyte, megabytes * 1024, "\"}]"), befunde::add)) {
            assertEquals(1, r.stream().count());
        }
        assertEquals(Statusbefunde.GRENZE, befunde.get(0).regelId());
    }

    @Test
    void limitIsReportedOnTheLineWhereItWasExceeded() {
        // Jackson reports an exceeded limit without a location of its own
        String zahl = "9".repeat(300);
        List<Befund> befunde = new ArrayList<>();
        byte[] array = ("[" + ROW + ",\n" + ROW + ",\n{\"schluessel\":" + zahl + "}]").getBytes(StandardCharsets.UTF_8);
        try (UmsetzungsstandReader r = UmsetzungsstandReader.jsonArray(new ByteArrayInputStream(array), befunde::add)) {
            assertEquals(2, r.stream().count());
        }
        assertEquals(Statusbefunde.GRENZE, befunde.get(0).regelId(), befunde::toString);
        assertEquals(3, befunde.get(0).fundstelle().line().getAsLong(), befunde::toString);
    }

    @Test
    void invalidUtf8() {
        byte[] bytes = KATALOG.replace("\"2019-12-31\"", "\"2019-12-31\",\"katalogVersion\":\"AB\"")
                .getBytes(StandardCharsets.UTF_8);
        int i = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("AB");
        bytes[i] = (byte) 0xC3;
        bytes[i + 1] = (byte) 0x28;
        assertEquals(JsonViolation.INVALID_ENCODING, katalog(bytes).violation());

        byte[] zeilen = (ROW + "\n" + ROW.replace("150020000000", "15002000000\u00e4") + "\n" + ROW + "\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        List<Befund> befunde = new ArrayList<>();
        try (UmsetzungsstandReader r = UmsetzungsstandReader.jsonLines(new ByteArrayInputStream(zeilen), befunde::add)) {
            assertEquals(2, r.stream().count());
        }
        assertEquals(Statusbefunde.KODIERUNG, befunde.get(0).regelId());
        assertEquals(2, befunde.get(0).fundstelle().line().getAsLong());
    }

    @Test
    void emptyInput() {
        assertEquals(JsonViolation.EMPTY_INPUT, katalog("").violation());
        assertEquals(JsonViolation.EMPTY_INPUT, katalog(" \n ").violation());
        List<Befund> befunde = new ArrayList<>();
        try (UmsetzungsstandReader r = UmsetzungsstandReader.jsonLines(InputStream.nullInputStream(), befunde::add)) {
            assertEquals(0, r.stream().count());
        }
        assertEquals(List.of(), befunde);
        try (UmsetzungsstandReader r = UmsetzungsstandReader.jsonArray(InputStream.nullInputStream(), befunde::add)) {
            assertEquals(0, r.stream().count());
        }
        assertEquals(Statusbefunde.DOKUMENT_FORMAT, befunde.get(0).regelId());
    }

    @Test
    void byteOrderMarkIsSkipped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] json = KATALOG.getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + json.length];
        System.arraycopy(bom, 0, both, 0, 3);
        System.arraycopy(json, 0, both, 3, json.length);
        OzgKatalog k = OzgJson.readKatalog(new ByteArrayInputStream(both));
        assertEquals("2019-12-31", k.stand().toString());
        List<Befund> befunde = new ArrayList<>();
        byte[] zeilen = ("\uFEFF" + ROW + "\n" + ROW).getBytes(StandardCharsets.UTF_8);
        try (UmsetzungsstandReader r = UmsetzungsstandReader.jsonLines(new ByteArrayInputStream(zeilen), befunde::add)) {
            assertEquals(2, r.stream().count());
        }
        assertEquals(List.of(), befunde);
    }

    @Test
    void trailingContentAndUnknownFormat() {
        assertEquals(JsonViolation.MALFORMED_JSON, katalog(KATALOG + " {}").violation());
        assertEquals(JsonViolation.UNSUPPORTED_FORMAT, katalog(KATALOG.replace("\"version\":1", "\"version\":2")).violation());
        assertEquals(JsonViolation.UNKNOWN_FIELD, katalog(KATALOG.replace("\"version\":1", "\"version\":1,\"x\":0")).violation());
        assertEquals(JsonViolation.MISSING_FIELD, katalog(KATALOG.replace(",\"leistungen\":[]", "")).violation());
    }
}
