package de.ozg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.validation.Befund;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading in parts on several threads gives exactly what one reader gives for the whole file: the
 * rows, the findings in order with their lines and messages, the counts — over random files full of
 * broken records and random cut points.
 */
class ParallelStatusReaderTest {

    @TempDir
    Path dir;

    private static final Charset CP1252 = Charset.forName("windows-1252");

    static final String GUT = "{\"schluessel\":\"9904100601300%d\",\"ars\":\"1500200000%02d\","
            + "\"stichtag\":\"2023-05-31\",\"online\":true,\"reifegrad\":\"V1:3\"}";

    /** Lines of JSON Lines: good rows and every way a line breaks, also across lines. */
    static final String[] JSONL = {
        String.format(GUT, 1, 0), String.format(GUT, 2, 0), String.format(GUT, 3, 11), String.format(GUT, 4, 0),
        "{\"schluessel\":\"99041006013000\",\"ars\":\"150020000000\"",
        "{\"schluessel\":12,\"ars\":\"150020000000\",\"stichtag\":\"2023-05-31\",\"online\":true}",
        "{\"ars\":\"150020000000\",\"stichtag\":\"2023-05-31\",\"online\":false}",
        "[1,2,3]",
        String.format(GUT, 5, 0) + " " + String.format(GUT, 6, 0),
        "{\"schluessel\":\"99041006013000\",\"x\":1,\"ars\":\"150020000000\",\"stichtag\":\"2023-05-31\",\"online\":true}",
        "",
        "  \t ",
        "{\"schluessel\":\"99041006013000\",\"ars\":\"1500200000\u00ff\",\"stichtag\":\"2023-05-31\",\"online\":true}",
        "{\"schluessel\":\"abc",
        "def\"}",
        "\"nur Text\"",
        "}",
        "{\"schluessel\":\"99041006013000\",\"ars\":\"150020000000\",\"stichtag\":\"2023-02-30\",\"online\":true}",
    };

    /** Records and fragments of the status CSV; {@code |} is the delimiter. */
    static final String[] CSV = {
        "99041006013000|150020000000|ok|2023-05-31|Name",
        "\"99041006013001\"|\"150020000000\"|nicht ok|31.05.2023|\"Name mit | Trenner\"",
        "99041006013002|150020000011|ok|2023-05-31|\"Zeile eins\nZeile zwei\"",
        "99041006013003|150020000000|ok|2023-05-31|\"a \"\"b\"\"\r\n c\"",
        "99041006013004|150020000000|ok|2023-05-31|\"abc\"x",
        "99041006013005|150020000000",
        "99041006013006|150020000000|ok|2023-05-31|x|y|z",
        "",
        "||||",
        " \t",
        "abc|150020000000|vielleicht|2023-13-45|",
        "99041006013007|150\"020000000|ok|2023-05-31|n\"ame",
        "99041006013008|150020000000|ok|2023-05-31|\"offen",
        "zu\"",
        "\"",
        "99041006013009|150020000000|ok|2023-05-31|M\u00fcller \"\"",
        "99041006013010|150020000000|ok|2023-05-31|  \"x\"  ",
    };

    static final String[] ENDEN = {"\n", "\r\n", "\n", "\r"};

    record Gelesen(Map<Umsetzungsstand, Long> zeilen, List<Befund> befunde, long datensaetze, long abgewiesen) {
    }

    static Gelesen sequenziell(byte[] daten, StatusFormat format, Charset cs) {
        List<Befund> befunde = new ArrayList<>();
        Zeilenmenge m = new Zeilenmenge();
        ByteArrayInputStream in = new ByteArrayInputStream(daten);
        try (UmsetzungsstandReader r = format == StatusFormat.CSV ? UmsetzungsstandReader.csv(in, cs, befunde::add)
                : format == StatusFormat.JSON_LINES ? UmsetzungsstandReader.jsonLines(in, befunde::add)
                : UmsetzungsstandReader.jsonArray(in, befunde::add)) {
            r.forEachRemaining(m::add);
            return new Gelesen(m.result(), befunde, r.zeilen(), r.fehlerhafteZeilen());
        }
    }

    Gelesen parallel(Path datei, StatusFormat format, Charset cs, int threads, long[] schnitte) {
        List<Befund> befunde = new ArrayList<>();
        ParallelStatusReader.Result<Zeilenmenge> r = ParallelStatusReader.of(threads).withSchnitte(f -> schnitte)
                .read(StatusFile.of(datei, format).withCharset(cs), befunde::add, Zeilenmenge::new);
        return new Gelesen(r.accumulator().result(), befunde, r.datensaetze(), r.abgewiesen());
    }

    static byte[] jsonl(List<Integer> stuecke, boolean bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        for (int s : stuecke) {
            String zeile = JSONL[s % JSONL.length];
            // a line in ISO-8859-1 bytes when it holds ÿ: not UTF-8, so a finding of its own
            out.writeBytes(zeile.getBytes(zeile.indexOf('\u00ff') >= 0 ? StandardCharsets.ISO_8859_1
                    : StandardCharsets.UTF_8));
            out.writeBytes(ENDEN[(s / JSONL.length) % ENDEN.length].getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    static byte[] csv(List<Integer> stuecke, char trenner, Charset cs, boolean bom, boolean kaputtesByte) {
        StringBuilder sb = new StringBuilder("leika_key|ars|online_status|datenstand|leika_name\r\n");
        for (int s : stuecke) {
            sb.append(CSV[s % CSV.length]).append(ENDEN[(s / CSV.length) % ENDEN.length]);
        }
        byte[] text = sb.toString().replace('|', trenner).getBytes(cs);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        out.writeBytes(text);
        if (kaputtesByte && text.length > 0) {
            byte[] b = out.toByteArray();
            // an undecodable byte ends the reading of the whole file, wherever it is
            b[b.length / 2 + (bom ? 3 : 0) > b.length - 1 ? b.length - 1 : b.length / 2] = (byte) 0x81;
            return b;
        }
        return out.toByteArray();
    }

    static long[] schnitte(List<Integer> anteile, int groesse) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(0L),
                anteile.stream().map(a -> (long) a * groesse / 1000)).mapToLong(Long::longValue).sorted().toArray();
    }

    private Path schreibe(byte[] daten) {
        try {
            Path p = Files.createTempFile(dir, "status", ".dat");
            Files.write(p, daten);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void gleich(Gelesen erwartet, Gelesen ist) {
        assertEquals(erwartet.datensaetze(), ist.datensaetze(), "records");
        assertEquals(erwartet.abgewiesen(), ist.abgewiesen(), "rejected");
        assertEquals(erwartet.befunde(), ist.befunde(), "findings in order");
        assertEquals(erwartet.zeilen(), ist.zeilen(), "rows");
    }

    @Test
    void jsonLinesInPartsEqualOneReader() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, JSONL.length * ENDEN.length - 1))
                .ofSizeBetween(0, 60), lists().of(integers().between(0, 1000)).ofSizeBetween(0, 12),
                integers().between(1, 4), integers().between(0, 1))
                .checkAssert((stuecke, anteile, threads, bom) -> {
                    byte[] daten = jsonl(stuecke, bom == 1);
                    Path p = schreibe(daten);
                    gleich(sequenziell(daten, StatusFormat.JSON_LINES, StandardCharsets.UTF_8),
                            parallel(p, StatusFormat.JSON_LINES, StandardCharsets.UTF_8, threads,
                                    schnitte(anteile, daten.length)));
                });
    }

    @Test
    void csvInPartsEqualsOneReader() {
        qt().withExamples(400).forAll(lists().of(integers().between(0, CSV.length * ENDEN.length - 1))
                .ofSizeBetween(0, 60), lists().of(integers().between(0, 1000)).ofSizeBetween(0, 12),
                integers().between(1, 4), integers().between(0, 11))
                .checkAssert((stuecke, anteile, threads, art) -> {
                    Charset cs = art % 3 == 2 ? CP1252 : StandardCharsets.UTF_8;
                    byte[] daten = csv(stuecke, art % 2 == 0 ? ';' : ',', cs, art % 3 == 1, art >= 10);
                    Path p = schreibe(daten);
                    gleich(sequenziell(daten, StatusFormat.CSV, cs),
                            parallel(p, StatusFormat.CSV, cs, threads, schnitte(anteile, daten.length)));
                });
    }

    @Test
    void everyLineStartAsCutPoint() {
        // one file, cut at every single byte: each cut is moved to a record start or dropped
        List<Integer> stuecke = new ArrayList<>();
        for (int i = 0; i < CSV.length * 2; i++) {
            stuecke.add(i * 5 % (CSV.length * ENDEN.length));
        }
        byte[] daten = csv(stuecke, ';', StandardCharsets.UTF_8, true, false);
        long[] alle = new long[daten.length];
        for (int i = 0; i < alle.length; i++) {
            alle[i] = i;
        }
        Path p = schreibe(daten);
        Gelesen erwartet = sequenziell(daten, StatusFormat.CSV, StandardCharsets.UTF_8);
        assertTrue(erwartet.befunde().size() > 5 && erwartet.zeilen().size() > 5, "a file with rows and findings");
        for (int threads = 1; threads <= 3; threads++) {
            gleich(erwartet, parallel(p, StatusFormat.CSV, StandardCharsets.UTF_8, threads, alle));
        }
        byte[] json = jsonl(stuecke, true);
        Path pj = schreibe(json);
        long[] alleJson = new long[json.length];
        for (int i = 0; i < alleJson.length; i++) {
            alleJson[i] = i;
        }
        gleich(sequenziell(json, StatusFormat.JSON_LINES, StandardCharsets.UTF_8),
                parallel(pj, StatusFormat.JSON_LINES, StandardCharsets.UTF_8, 2, alleJson));
    }
}
