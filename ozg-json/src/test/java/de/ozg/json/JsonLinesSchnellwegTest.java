package de.ozg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Flaechendeckung;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.status.StatusCheck;
import de.ozg.core.validation.status.StatusRules;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Reading plain lines without a parser changes nothing: over random JSON Lines – good rows in the
 * writer's and in other orders, and every way a line can be odd or broken, mutated byte by byte,
 * with mixed line ends and small blocks, so that many lines start a block – the reader with the
 * plain path gives exactly the rows and findings (rule, line, pointer, value, both messages) of the
 * reader that gives every line to Jackson.
 */
class JsonLinesSchnellwegTest {

    /** What one reading gave. */
    record Ergebnis(List<Umsetzungsstand> zeilen, List<Befund> befunde, long datensaetze, long abgewiesen) {
    }

    static Ergebnis lies(byte[] daten, boolean schnell, int block, long ersteZeile) {
        List<Befund> befunde = new ArrayList<>();
        StatusCheck p = StatusCheck.start(StatusRules.standard(), befunde::add);
        List<Umsetzungsstand> zeilen = new ArrayList<>();
        try (UmsetzungsstandReader r = UmsetzungsstandReader.ueber(
                new JsonLinesQuelle(new ByteArrayInputStream(daten), p, ersteZeile, schnell, block), p)) {
            while (r.hasNext()) {
                zeilen.add(r.next());
            }
        }
        return new Ergebnis(zeilen, befunde, p.datensaetze(), p.abgewiesen());
    }

    static void gleich(byte[] daten, int block) {
        Ergebnis ohne = lies(daten, false, block, 1);
        Ergebnis mit = lies(daten, true, block, 1);
        String wo = "input: " + sichtbar(daten) + " block " + block;
        assertEquals(ohne.befunde(), mit.befunde(), wo);
        assertEquals(ohne.zeilen(), mit.zeilen(), wo);
        assertEquals(ohne.datensaetze(), mit.datensaetze(), wo);
        assertEquals(ohne.abgewiesen(), mit.abgewiesen(), wo);
    }

    @Test
    void plainPathGivesWhatJacksonGivesForRandomLines() {
        qt().withExamples(3000).forAll(longs().all(), integers().between(0, 7))
                .checkAssert((seed, b) -> {
                    byte[] daten = Eingaben.datei(new Random(seed));
                    gleich(daten, BLOECKE[b]);
                });
    }

    @Test
    void plainPathGivesWhatJacksonGivesForMostlyGoodFiles() {
        // long runs of plain lines with now and then an odd one: the anchor is far back when needed
        qt().withExamples(300).forAll(longs().all(), integers().between(0, 7))
                .checkAssert((seed, b) -> {
                    Random r = new Random(seed);
                    byte[] daten = Eingaben.datei(r, 200, 0.03);
                    gleich(daten, BLOECKE[b]);
                });
    }

    private static final int[] BLOECKE = {8, 16, 31, 64, 100, 257, 1024, 64 * 1024};

    /** Values the plain path converts from the bytes, valid and not, beside the writer's. */
    private static final String[][] WERTE = {
        {"schluessel", "99041006013001", "01033224038000", "00000000000000", "0099041006013001", "9904100601300",
            "990410060130011", "99041006013001990410060130", "", "9904100601300x", " 99041006013001"},
        {"ars", "150020000000", "000000000000", "160000000000", "170000000000", "001500200000", "15002000000",
            "1500200000000", "15002000000O"},
        {"stichtag", "2023-05-31", "2024-02-29", "2024-02-30", "2023-02-29", "2023-13-01", "0000-01-01",
            "31.05.2023", "2023-5-31", "2023-05-31 "},
        {"reifegrad", "V1:0", "V1:4", "V2:7", "V1:5", "V2:8", "V3:1", "v1:2", "V1:10", ""},
        {"url", "https://example.org/dienst?id=1", "", " "},
        {"flaechendeckung", "kreisweit_flaechendeckend", "landesweit_flaechendeckend",
            "bundesweit_flaechendeckend", "in_mind_einer_kommune_verfuegbar", "nicht_in_auswertung_beruecksichtigt",
            "landesweit", "mind_einer_kommune", "KREISWEIT_FLAECHENDECKEND", "irgendwo", ""},
        {"ozgId", "10194", "00001", "1019", "101940", "12a45", ""},
    };

    @Test
    void plainPathGivesWhatJacksonGivesForOddValues() {
        // plain lines whose values are odd: each goes through the byte path of the row, and now and
        // then one printable byte of a value is replaced, at any place
        qt().withExamples(500).forAll(longs().all(), integers().between(0, 7))
                .checkAssert((seed, b) -> {
                    Random r = new Random(seed);
                    StringBuilder sb = new StringBuilder();
                    int zeilen = 1 + r.nextInt(30);
                    for (int z = 0; z < zeilen; z++) {
                        sb.append('{');
                        for (int f = 0; f < WERTE.length; f++) {
                            String wert = WERTE[f][1 + r.nextInt(WERTE[f].length - 1)];
                            if (!wert.isEmpty() && r.nextInt(4) == 0) {
                                char[] c = wert.toCharArray();
                                c[r.nextInt(c.length)] = (char) (0x20 + r.nextInt(0x5F));
                                wert = new String(c);
                            }
                            sb.append(f == 0 ? "" : ",").append('"').append(WERTE[f][0]).append("\":\"").append(wert)
                                    .append('"');
                            if (f == 2) {
                                sb.append(",\"online\":").append(r.nextBoolean());
                            }
                        }
                        sb.append("}\n");
                    }
                    gleich(sb.toString().getBytes(StandardCharsets.UTF_8), BLOECKE[b]);
                });
    }

    @Test
    void goodFileIsReadCompletelyBothWays() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            sb.append(String.format("{\"schluessel\":\"990410060130%02d\",\"ars\":\"1500200000%02d\","
                    + "\"stichtag\":\"2023-05-31\",\"online\":%s,\"aktiv\":true,\"reifegrad\":\"V1:%d\","
                    + "\"url\":\"https://example.org/%d\",\"ozgId\":\"100%02d\"}%s", i % 100, i % 7, i % 3 == 0,
                    i % 5, i, i % 90, i % 11 == 0 ? "\r\n" : "\n"));
        }
        byte[] daten = sb.toString().getBytes(StandardCharsets.UTF_8);
        Ergebnis mit = lies(daten, true, 64 * 1024, 1);
        assertEquals(List.of(), mit.befunde());
        assertEquals(2000, mit.zeilen().size());
        gleich(daten, 64 * 1024);
        gleich(daten, 100);
    }

    @Test
    void firstLineNumberOfAPartIsKept() {
        byte[] daten = (Eingaben.GUT + "\n{\"schluessel\":1}\n" + Eingaben.GUT + "\n").getBytes(StandardCharsets.UTF_8);
        Ergebnis ohne = lies(daten, false, 64 * 1024, 41);
        Ergebnis mit = lies(daten, true, 64 * 1024, 41);
        assertEquals(ohne.befunde(), mit.befunde());
        assertEquals(ohne.zeilen(), mit.zeilen());
        assertTrue(mit.befunde().stream().allMatch(b -> b.fundstelle().line().getAsLong() == 42), mit.befunde().toString());
    }

    @Test
    void inputEndingInsideAnInvalidTokenGivesTheSameMessageBothWays() {
        // Jackson names the token it read before when the input ends inside an invalid token, which
        // depends on where the parser began; the finding leaves it out
        byte[] gut = (Eingaben.GUT + "\nwort").getBytes(StandardCharsets.UTF_8);
        byte[] daten = java.util.Arrays.copyOf(gut, gut.length + 1);
        daten[gut.length] = (byte) 0xC3;
        for (int block : BLOECKE) {
            gleich(daten, block);
        }
        List<Befund> befunde = lies(daten, true, 64 * 1024, 1).befunde();
        assertEquals(1, befunde.size(), befunde.toString());
        assertTrue(befunde.get(0).toString().endsWith("Unexpected end-of-input]"), befunde.toString());
        assertEquals("Unexpected end-of-input", Jsondefekte.ohneVorherigesToken("Unexpected end-of-input in END_OBJECT"));
        assertEquals("Unexpected end-of-input", Jsondefekte.ohneVorherigesToken("Unexpected end-of-input in null"));
        assertEquals("Unexpected end-of-input in a comment",
                Jsondefekte.ohneVorherigesToken("Unexpected end-of-input in a comment"));
    }

    @Test
    void limitExceededOnALineIsReportedOnThatLineBothWays() {
        // Jackson reports an exceeded limit without a location: the line is where the parser stands,
        // not where it began (a parser opened at the line and the block's parser agree on that)
        String zahl = "9".repeat(300);
        byte[] daten = (Eingaben.GUT + "\r{\"schluessel\":" + zahl + "\n[1,2]\n").getBytes(StandardCharsets.UTF_8);
        for (int block : BLOECKE) {
            gleich(daten, block);
        }
        List<Befund> befunde = lies(daten, false, 8, 1).befunde();
        assertEquals("STATUS-GRENZE", befunde.get(0).regelId(), befunde.toString());
        assertEquals(2, befunde.get(0).fundstelle().line().getAsLong(), befunde.toString());
    }

    static String sichtbar(byte[] daten) {
        StringBuilder sb = new StringBuilder();
        for (byte x : daten) {
            int c = x & 0xFF;
            if (c >= 0x20 && c < 0x7F && c != '\\') {
                sb.append((char) c);
            } else {
                sb.append(String.format("\\x%02X", c));
            }
        }
        return sb.toString();
    }

    /** Random JSON Lines input. */
    static final class Eingaben {

        static final String GUT = "{\"schluessel\":\"99041006013001\",\"ars\":\"150020000000\","
                + "\"stichtag\":\"2023-05-31\",\"online\":true,\"reifegrad\":\"V1:3\"}";

        private static final String[] NAMEN = {"schluessel", "ars", "stichtag", "online", "aktiv", "reifegrad",
            "url", "flaechendeckung", "ozgId"};
        private static final String[] ENDEN = {"\n", "\r\n", "\r"};
        private static final byte[] BYTES = {0, '\n', '\r', '"', '\\', '{', '}', '[', ']', ',', ':', ' ', '\t', 'n',
            't', '1', (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xFE, (byte) 0xFF, (byte) 0xC3, (byte) 0xA4,
            (byte) 0x80, 0x7F, 0x1F};

        private Eingaben() {
        }

        static byte[] datei(Random r) {
            return datei(r, 1 + r.nextInt(12), 0.5);
        }

        /**
         * @param zeilen how many lines
         * @param odd    the share of odd lines
         */
        static byte[] datei(Random r, int zeilen, double odd) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (r.nextInt(20) == 0) {
                out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            for (int i = 0; i < zeilen; i++) {
                String zeile = r.nextDouble() < odd ? seltsam(r) : zeile(r);
                out.writeBytes(zeile.getBytes(StandardCharsets.UTF_8));
                if (i < zeilen - 1 || r.nextBoolean()) {
                    out.writeBytes(ENDEN[r.nextInt(10) < 7 ? 0 : 1 + r.nextInt(2)].getBytes(StandardCharsets.UTF_8));
                }
            }
            byte[] b = out.toByteArray();
            int mutationen = odd > 0.1 ? r.nextInt(4) : 0;
            for (int i = 0; i < mutationen; i++) {
                b = mutiere(r, b);
            }
            return b;
        }

        private static byte[] mutiere(Random r, byte[] b) {
            int at = b.length == 0 ? 0 : r.nextInt(b.length + 1);
            byte x = r.nextInt(4) == 0 ? (byte) r.nextInt(256) : BYTES[r.nextInt(BYTES.length)];
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (r.nextInt(3)) {
                case 0: // insert
                    out.write(b, 0, at);
                    out.write(x);
                    out.write(b, at, b.length - at);
                    break;
                case 1: // delete
                    if (at == b.length) {
                        return b;
                    }
                    out.write(b, 0, at);
                    out.write(b, at + 1, b.length - at - 1);
                    break;
                default: // replace
                    if (at == b.length) {
                        return b;
                    }
                    out.write(b, 0, at);
                    out.write(x);
                    out.write(b, at + 1, b.length - at - 1);
                    break;
            }
            return out.toByteArray();
        }

        /** A row object as the writer or someone else writes it, maybe with odd values. */
        static String zeile(Random r) {
            List<String[]> felder = new ArrayList<>();
            felder.add(new String[] {"schluessel", wert(r, "\"9904100601300" + r.nextInt(10) + "\"")});
            felder.add(new String[] {"ars", wert(r, r.nextInt(5) == 0 ? "\"15002000000\"" : "\"1500200000" + r.nextInt(10) + r.nextInt(10) + "\"")});
            if (r.nextInt(10) > 0) {
                felder.add(new String[] {"stichtag", wert(r, r.nextInt(8) == 0 ? "\"2023-02-30\"" : "\"2023-05-3" + r.nextInt(2) + "\"")});
            }
            felder.add(new String[] {"online", wert(r, r.nextInt(6) == 0 ? "\"ok\"" : r.nextBoolean() ? "true" : "false")});
            if (r.nextBoolean()) {
                felder.add(new String[] {"aktiv", wert(r, r.nextInt(6) == 0 ? "null" : r.nextBoolean() ? "true" : "false")});
            }
            if (r.nextBoolean()) {
                felder.add(new String[] {"reifegrad", wert(r, new String[] {"\"V1:3\"", "\"V2:7\"", "\"V3:1\"", "true", "null", "\"v1:2\""}[r.nextInt(6)])});
            }
            if (r.nextBoolean()) {
                felder.add(new String[] {"url", wert(r, r.nextInt(5) == 0 ? "\"\"" : "\"https://example.org/dienst?id=" + r.nextInt(1000) + "\"")});
            }
            if (r.nextBoolean()) {
                Flaechendeckung[] k = Flaechendeckung.values();
                felder.add(new String[] {"flaechendeckung", wert(r, r.nextInt(6) == 0 ? "\"irgendwo\"" : "\"" + k[r.nextInt(k.length)].code() + "\"")});
            }
            if (r.nextBoolean()) {
                felder.add(new String[] {"ozgId", wert(r, r.nextInt(6) == 0 ? "\"12a45\"" : "\"1000" + r.nextInt(10) + "\"")});
            }
            if (r.nextInt(8) == 0) {
                Collections.shuffle(felder, r);
            }
            if (r.nextInt(10) == 0) {
                felder.add(r.nextInt(felder.size() + 1), new String[] {NAMEN[r.nextInt(NAMEN.length)], "\"doppelt\""});
            }
            if (r.nextInt(12) == 0) {
                felder.add(r.nextInt(felder.size() + 1), new String[] {"unbekannt", "\"x\""});
            }
            if (r.nextInt(15) == 0) {
                felder.remove(r.nextInt(felder.size()));
            }
            StringBuilder sb = new StringBuilder(blank(r)).append('{').append(blank(r));
            for (int i = 0; i < felder.size(); i++) {
                if (i > 0) {
                    sb.append(blank(r)).append(',').append(blank(r));
                }
                sb.append('"').append(felder.get(i)[0]).append('"').append(blank(r)).append(':').append(blank(r))
                        .append(felder.get(i)[1]);
            }
            return sb.append(blank(r)).append('}').append(blank(r)).toString();
        }

        /** Mostly the value itself; now and then one of the forms only Jackson reads. */
        private static String wert(Random r, String wert) {
            if (r.nextInt(25) != 0) {
                return wert;
            }
            String innen = wert.startsWith("\"") ? wert.substring(1, wert.length() - 1) : wert;
            switch (r.nextInt(10)) {
                case 0: return "\"" + innen + "\\\"\"";
                case 1: return "\"\\u0039" + innen + "\"";
                case 2: return "\"" + innen + "\\/\"";
                case 3: return "\"" + innen + "\u00e4\"";
                case 4: return "12";
                case 5: return "-0.5e3";
                case 6: return "{\"a\":" + wert + "}";
                case 7: return "[" + wert + "]";
                case 8: return "\"" + "x".repeat(Schnellzeile.MAX_WERT + r.nextInt(3) - 1) + "\"";
                default: return "\"\\t" + innen + "\"";
            }
        }

        private static String blank(Random r) {
            int n = r.nextInt(12);
            return n < 9 ? "" : n == 9 ? " " : n == 10 ? "\t" : "  \t ";
        }

        /** A line that is odd or broken in one of the ways a file breaks. */
        static String seltsam(Random r) {
            switch (r.nextInt(16)) {
                case 0: return "";
                case 1: return " \t  ";
                case 2: return zeile(r) + " " + zeile(r);
                case 3: {
                    String z = zeile(r);
                    int cut = 1 + r.nextInt(z.length() - 1);
                    return z.substring(0, cut) + ENDEN[r.nextInt(3)] + z.substring(cut);
                }
                case 4: return "\u0000" + zeile(r);
                case 5: return "\ufeff" + zeile(r);
                case 6: return "[1,2]";
                case 7: return "\"nur Text\"";
                case 8: return "123";
                case 9: return "}";
                case 10: return zeile(r).replace("\"ars\"", "\"a\\u0072s\"");
                case 11: return zeile(r) + "x";
                case 12: return "{}";
                case 13: return "\u0000";
                case 14: return zeile(r).replace("99041", "9904\u00c41");
                default: return "{\"schluessel\":\"" + "9".repeat(r.nextInt(3) == 0 ? 300 : 5);
            }
        }
    }
}
