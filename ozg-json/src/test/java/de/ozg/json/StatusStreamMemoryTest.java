package de.ozg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.ozg.core.model.Umsetzungsstand;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Streams a million generated status rows through the readers with the heap capped at 64 MB (a
 * separate Surefire execution sets {@code -Xmx64m}): holding the rows, or even their text, would
 * fail. The bytes are produced on the fly, so the test itself holds nothing. Prints an informal
 * rate next to a bare JsonParser token loop over the same bytes; real measurements are JMH's job.
 */
class StatusStreamMemoryTest {

    private static final int ZEILEN = 1_000_000;

    /** 4,096 distinct rows, produced once and cycled, so that the generator costs next to nothing. */
    private static final byte[][] VORRAT = new byte[4096][];

    static {
        for (int i = 0; i < VORRAT.length; i++) {
            VORRAT[i] = erzeuge(i);
        }
    }

    private static byte[] zeile(long i) {
        return VORRAT[(int) (i % VORRAT.length)];
    }

    private static byte[] erzeuge(long i) {
        int land = 1 + (int) (i % 16);
        String ars = String.format("%02d%010d", land, i % 10_000_000_000L);
        String s = "{\"schluessel\":\"99" + String.format("%06d", i % 1_000_000) + "001000\",\"ars\":\"" + ars
                + "\",\"stichtag\":\"2023-05-31\",\"online\":" + (i % 3 == 0) + ",\"aktiv\":true,\"reifegrad\":\"V1:"
                + (i % 5) + "\",\"url\":\"https://example.org/" + i + "\",\"flaechendeckung\":\"landesweit_flaechendeckend\","
                + "\"ozgId\":\"1" + String.format("%04d", i % 10_000) + "\"}\n";
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static InputStream jsonLines() {
        return new Generator("", StatusStreamMemoryTest::zeile, ZEILEN, "");
    }

    @Test
    void millionRowsOfJsonLinesInConstantMemory() throws IOException {
        tokenLoop(jsonLines());
        try (UmsetzungsstandReader warm = UmsetzungsstandReader.jsonLines(jsonLines(), b -> { })) {
            warm.forEachRemaining(s -> { });
        }
        long basis = tokenLoop(jsonLines());
        AtomicLong befunde = new AtomicLong();
        long online = 0;
        long start = System.nanoTime();
        try (UmsetzungsstandReader r = UmsetzungsstandReader.jsonLines(jsonLines(), b -> befunde.incrementAndGet())) {
            while (r.hasNext()) {
                Umsetzungsstand s = r.next();
                if (s.isOnline()) {
                    online++;
                }
            }
            assertEquals(ZEILEN, r.zeilen());
        }
        long dauer = System.nanoTime() - start;
        assertEquals(0, befunde.get());
        assertEquals(true, online > ZEILEN / 4 && online < ZEILEN / 2);
        System.out.printf("JSON Lines: %,d rows in %d ms = %,.0f rows/s; bare JsonParser token loop %d ms; ratio %.2f; "
                + "max heap %d MB%n", ZEILEN, dauer / 1_000_000, ZEILEN / (dauer / 1e9), basis / 1_000_000,
                (double) dauer / basis, Runtime.getRuntime().maxMemory() >> 20);
    }

    @Test
    void millionRowsOfAStatusDocumentInConstantMemory() {
        InputStream doc = new Generator("{\"format\":\"ozg-umsetzungsstand\",\"version\":1,\"stichtag\":\"2023-05-31\","
                + "\"zeilen\":[", i -> {
                    byte[] z = zeile(i).clone();
                    z[z.length - 1] = (byte) (i == ZEILEN - 1 ? ' ' : ',');
                    return z;
                }, ZEILEN, "]}");
        AtomicLong befunde = new AtomicLong();
        long start = System.nanoTime();
        try (UmsetzungsstandReader r = UmsetzungsstandReader.jsonArray(doc, b -> befunde.incrementAndGet())) {
            assertEquals(ZEILEN, r.stream().count());
        }
        long dauer = System.nanoTime() - start;
        assertEquals(0, befunde.get());
        System.out.printf("Status document: %,d rows in %d ms = %,.0f rows/s%n", ZEILEN, dauer / 1_000_000,
                ZEILEN / (dauer / 1e9));
    }

    /** The baseline: every token of the input, text of every string, nothing built. */
    private static long tokenLoop(InputStream in) throws IOException {
        long start = System.nanoTime();
        long n = 0;
        try (JsonParser p = OzgJson.streamFactory().createParser(in)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING) {
                    n += p.getTextLength();
                }
            }
        }
        long dauer = System.nanoTime() - start;
        assertEquals(true, n > 0);
        return dauer;
    }
}
