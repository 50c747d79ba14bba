package de.ozg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.table.TableColumn;
import de.ozg.core.table.TableResult;
import de.ozg.core.table.TableRules;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Pruefbericht;
import de.ozg.core.validation.Unterdrueckung;
import de.ozg.core.validation.gebiet.Gebietsspalte;
import de.ozg.core.validation.katalog.Katalogspalte;
import de.ozg.json.csv.CsvReadOptions;
import de.ozg.json.csv.internal.TableReader;
import de.ozg.json.quellen.CsvSource;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile CSV files through every CSV reader of the library with the heap capped at 128 MB (a
 * separate Surefire execution sets {@code -Xmx128m}): 400,000 valid rows without their trailing
 * cell, one 200 MB line of {@code a;a;a…}, a 1.1 MB quoted cell of status-looking lines, an unclosed
 * quote followed by 3 MB of {@code a;} lines, and this library's own: two million blank lines,
 * 100,000 malformed records, a header of 50,000 columns (the catalogue and Gemeindeverzeichnis
 * variants of the short rows have 100,000 rows: they run every rule on each). Each runs through the status reader, the
 * catalogue and Gemeindeverzeichnis sources and the bare table reader; none may run out of memory,
 * every count is the one an RFC 4180 reader gives (computed from how the file was generated), and a
 * second read of the same file in the same JVM gives the same result (for the largest files the
 * bare reader reads twice, the sources once, to keep the test within a minute). The files are generated into a
 * temporary directory, the 200 MB line on the fly.
 */
class HostileCsvMemoryTest {

    private static final LocalDate STAND = LocalDate.of(2023, 1, 31);
    private static final int VIELE = 400_000;
    /** The catalogue and Gemeindeverzeichnis variants run every rule per row: fewer rows keep the test fast. */
    private static final int WENIGER = 100_000;
    private static final int KAPUTT = 100_000;

    private static final String STATUS_KOPF = "leika_key;ars;online_status;datenstand;reifegrad\n";
    private static final String STATUS_ZEILE = "\"99041006013000\";\"150020000000\";ok;2023-01-31;V1:2\n";
    private static final String STATUS_KURZ = "\"99041006013000\";\"150020000000\";ok;2023-01-31\n";
    private static final String KATALOG_KOPF = "Themenfeld;Lebenslage;OZG-ID;OZG-Leistung;LeiKa-Schlüssel;"
            + "LeiKa-Bezeichnung;LeiKa-Typ;Rechtsgrundlage(n);Gesetz(e);Gesetzeskürzel;SDG1-Relevanz;SDG2-Relevanz\n";
    private static final String KATALOG_ZEILE = "Familie & Kind;Geburt;10000;Elterngeld;99041006000000;Elterngeld;2/3;"
            + "§ 1 BEEG;;BEEG;1;0\n";
    private static final String KATALOG_KURZ = "Familie & Kind;Geburt;10000;Elterngeld;99041006000000;Elterngeld;2/3;"
            + "§ 1 BEEG;;BEEG;1\n";
    private static final String GEBIET_KOPF = "satzart;textkennzeichen;land;rb;kreis;vb;gemeinde;gemeindename;"
            + "bevoelkerung;postleitzahl\n";
    private static final String GEBIET_ZEILE = "60;61;15;0;01;0000;000;Dessau-Roßlau; 79 354;06844\n";
    private static final String GEBIET_KURZ = "60;61;15;0;01;0000;000;Dessau-Roßlau; 79 354\n";

    @TempDir
    static Path dir;

    /** What one read of a file gave: rows delivered, records read, rejected, findings per rule, failures. */
    record Ergebnis(long zeilen, long datensaetze, long abgewiesen, Map<String, Long> befunde, List<String> fehler) {
    }

    /** The sources: the status CSV, the catalogue, the Gemeindeverzeichnis, and the bare table reader. */
    enum Leser {
        STATUS, KATALOG, GEBIETE, TABELLE
    }

    @BeforeAll
    static void erzeuge() throws IOException {
        long max = Runtime.getRuntime().maxMemory();
        Assumptions.assumeTrue(max <= 130L << 20, "this test proves bounded memory only in a JVM started with"
                + " -Xmx128m, not " + (max >> 20) + " MB: it runs in its own Surefire execution");
        schreibe("status-400k", STATUS_KOPF, STATUS_KURZ, VIELE, "");
        schreibe("katalog-kurz", KATALOG_KOPF, KATALOG_KURZ, WENIGER, "");
        schreibe("gebiete-kurz", GEBIET_KOPF, GEBIET_KURZ, WENIGER, "");
        StringBuilder url = new StringBuilder();
        while (url.length() <= 1_100_000) {
            url.append("99041006013000;150020000000;ok;2023-01-31;V1:2\n");
        }
        Files.writeString(dir.resolve("status-zelle"), "leika_key;ars;online_status;datenstand;url\n"
                + STATUS_KURZ.replace("\n", ";x\n") + STATUS_KURZ.replace("\n", ";\"" + url + "\"\n")
                + STATUS_KURZ.replace("\n", ";y\n"));
        Files.writeString(dir.resolve("katalog-zelle"), KATALOG_KOPF + KATALOG_ZEILE
                + KATALOG_ZEILE.replace("§ 1 BEEG", "\"" + url + "\"") + KATALOG_ZEILE.replace("000;Eltern", "013;Eltern"));
        Files.writeString(dir.resolve("gebiete-zelle"), GEBIET_KOPF + GEBIET_ZEILE
                + GEBIET_ZEILE.replace("Dessau-Roßlau", "\"" + url + "\"") + GEBIET_ZEILE.replace("000;D", "001;D"));
        for (Leser l : Leser.values()) {
            String[] kz = kopfUndZeile(l);
            schreibe(l + "-offen", kz[0] + kz[1] + kz[1].substring(0, kz[1].indexOf(';') + 1) + "\"offen\n", "a;\n",
                    1_000_000, "");
            schreibe(l + "-leer", kz[0] + kz[1], "  \t \n", 2_000_000, kz[1]);
            schreibe(l + "-kaputt", kz[0], "\"x\"y;1\n", KAPUTT, kz[1]);
            schreibe(l + "-breiter-kopf", kz[0].replace("\n", "") + ";x".repeat(50_000) + "\n", kz[1], 10, "");
        }
    }

    private static String[] kopfUndZeile(Leser l) {
        switch (l) {
            case KATALOG:
                return new String[] {KATALOG_KOPF, KATALOG_ZEILE};
            case GEBIETE:
                return new String[] {GEBIET_KOPF, GEBIET_ZEILE};
            default:
                return new String[] {STATUS_KOPF, STATUS_ZEILE};
        }
    }

    private static void schreibe(String name, String vorne, String einheit, long anzahl, String hinten)
            throws IOException {
        byte[] e = einheit.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(name)), 1 << 16)) {
            out.write(vorne.getBytes(StandardCharsets.UTF_8));
            for (long i = 0; i < anzahl; i++) {
                out.write(e);
            }
            out.write(hinten.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Supplier<InputStream> datei(String name) {
        return () -> {
            try {
                return Files.newInputStream(dir.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** A header, one line of 100 million cells {@code a;} (200 MB), then one good row; made on the fly. */
    private static Supplier<InputStream> riesenzeile(Leser l) {
        String[] kz = kopfUndZeile(l);
        byte[] block = "a;".repeat(32 * 1024).getBytes(StandardCharsets.UTF_8);
        return () -> new Generator(kz[0], i -> block, 200L * 1024 * 1024 / block.length, "a\n" + kz[1]);
    }

    /** Reads twice, checks that both reads agree and returns the result. */
    private static Ergebnis zweimal(Leser l, Supplier<InputStream> in) {
        Ergebnis a = lies(l, in.get());
        Ergebnis b = lies(l, in.get());
        assertEquals(a, b, "a second read of the same file in the same JVM");
        return a;
    }

    private static Ergebnis lies(Leser l, InputStream in) {
        switch (l) {
            case STATUS:
                return status(in);
            case KATALOG:
                return tabelle(CsvSource.umsetzungskatalog().read(in, "katalog.csv", STAND));
            case GEBIETE:
                return tabelle(CsvSource.gemeindeverzeichnis().read(in, "gebiete.csv", STAND));
            default:
                return roh(in);
        }
    }

    private static Ergebnis status(InputStream in) {
        Map<String, Long> befunde = new TreeMap<>();
        long n = 0;
        try (UmsetzungsstandReader r = UmsetzungsstandReader.csv(in, b -> befunde.merge(b.regelId(), 1L, Long::sum))) {
            while (r.hasNext()) {
                r.next();
                n++;
            }
            return new Ergebnis(n, r.zeilen(), r.fehlerhafteZeilen(), befunde, List.of());
        }
    }

    private static <M> Ergebnis tabelle(TableResult<M> t) {
        Pruefbericht b = t.bericht();
        Map<String, Long> befunde = new TreeMap<>();
        b.befunde().forEach(x -> befunde.merge(x.regelId(), 1L, Long::sum));
        for (Unterdrueckung u : b.unterdrueckungen()) {
            befunde.merge(u.regelId(), u.anzahl(), Long::sum);
        }
        befunde.keySet().removeIf(id -> id.equals("KATALOG-KENNZAHLEN"));
        List<String> fehler = new ArrayList<>();
        b.technischeFehler().forEach(f -> fehler.add(f.meldungEn()));
        return new Ergebnis(b.datensaetze() - t.abgewieseneZeilen(), b.datensaetze(), t.abgewieseneZeilen(), befunde,
                fehler);
    }

    /** The bare table reader over the status columns, counting rows without keeping them. */
    private static Ergebnis roh(InputStream in) {
        Map<String, Long> befunde = new TreeMap<>();
        List<String> fehler = new ArrayList<>();
        Consumer<Befund> zaehle = b -> befunde.merge(b.regelId(), 1L, Long::sum);
        TableReader.Listener zaehler = TableReader.Listener.of(zaehle, zaehle, f -> fehler.add(f.meldungEn()));
        long n = 0;
        try (TableReader<Statusspalte> r = TableReader.open(in, Statusspalte.class, CsvReadOptions.defaults(), null,
                zaehler)) {
            while (r.hasNext()) {
                r.next();
                n++;
            }
            return new Ergebnis(n, r.records(), r.rejected(), befunde, fehler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The columns the bare reader is opened with: those of the status export's short header. */
    enum Statusspalte implements TableColumn {
        @Declared("leika_key") LEIKA_KEY,
        @Declared("ars") ARS,
        @Declared("online_status") ONLINE_STATUS,
        @Declared("datenstand") DATENSTAND,
        @Declared("reifegrad") REIFEGRAD
    }

    /** The findings of the table rules, whose ids start with {@code CSV-}. */
    private static Map<String, Long> csv(Ergebnis e) {
        Map<String, Long> m = new TreeMap<>(e.befunde());
        m.keySet().removeIf(id -> !id.startsWith("CSV-"));
        return m;
    }

    private static long befunde(Ergebnis e, String regelId) {
        return e.befunde().getOrDefault(regelId, 0L);
    }

    @Test
    void fourHundredThousandValidRowsWithoutTheirTrailingCell() {
        Ergebnis status = zweimal(Leser.STATUS, datei("status-400k"));
        assertEquals(new Ergebnis(VIELE, VIELE, 0, Map.of(TableRules.ZU_WENIGE_ZELLEN, (long) VIELE), List.of()), status);
        Ergebnis roh = zweimal(Leser.TABELLE, datei("status-400k"));
        assertEquals(new Ergebnis(VIELE, VIELE, 0, Map.of(), List.of()), roh);
        Ergebnis katalog = lies(Leser.KATALOG, datei("katalog-kurz").get());
        assertEquals(WENIGER, katalog.datensaetze());
        assertEquals(WENIGER, katalog.zeilen());
        assertEquals(WENIGER, befunde(katalog, TableRules.ZU_WENIGE_ZELLEN));
        assertEquals(WENIGER - 1, befunde(katalog, "KATALOG-DUPLIKAT"));
        Ergebnis gebiete = lies(Leser.GEBIETE, datei("gebiete-kurz").get());
        assertEquals(WENIGER, gebiete.datensaetze());
        assertEquals(WENIGER, befunde(gebiete, TableRules.ZU_WENIGE_ZELLEN));
        assertEquals(WENIGER - 1, befunde(gebiete, "GEBIET-DOPPELT"));
    }

    @Test
    void one200MegabyteLineOfCellsIsOneRejectedRecord() {
        for (Leser l : Leser.values()) {
            Ergebnis e = l == Leser.TABELLE ? zweimal(l, riesenzeile(l)) : lies(l, riesenzeile(l).get());
            assertEquals(2, e.datensaetze(), l::toString);
            assertEquals(1, e.abgewiesen(), l::toString);
            assertEquals(1, e.zeilen(), l::toString);
            assertEquals(Map.of(TableRules.DATENSATZ_ZU_BREIT, 1L), csv(e), l::toString);
        }
    }

    @Test
    void aQuotedCellOfStatusLinesOverTheLimitIsOneRejectedRecordAndReadingGoesOnAfterIt() {
        for (Leser l : new Leser[] {Leser.STATUS, Leser.KATALOG, Leser.GEBIETE}) {
            String name = (l == Leser.STATUS ? "status" : l == Leser.KATALOG ? "katalog" : "gebiete") + "-zelle";
            Ergebnis e = zweimal(l, datei(name));
            assertEquals(3, e.datensaetze(), l::toString);
            assertEquals(1, e.abgewiesen(), l::toString);
            assertEquals(Map.of(TableRules.ZELLE_ZU_LANG, 1L), csv(e), l::toString);
        }
        Ergebnis roh = zweimal(Leser.TABELLE, datei("status-zelle"));
        assertEquals(new Ergebnis(2, 3, 1, Map.of(TableRules.ZELLE_ZU_LANG, 1L), List.of()), roh);
    }

    @Test
    void anUnclosedQuoteFollowedByMegabytesOfLinesIsOneFinding() {
        for (Leser l : Leser.values()) {
            Ergebnis e = zweimal(l, datei(l + "-offen"));
            assertEquals(2, e.datensaetze(), l::toString);
            assertEquals(1, e.abgewiesen(), l::toString);
            assertEquals(Map.of(TableRules.OFFENES_ANFUEHRUNGSZEICHEN, 1L), csv(e), l::toString);
        }
    }

    @Test
    void twoMillionBlankLinesAreNoRecords() {
        for (Leser l : Leser.values()) {
            Ergebnis e = zweimal(l, datei(l + "-leer"));
            assertEquals(2, e.datensaetze(), l::toString);
            assertEquals(0, e.abgewiesen(), l::toString);
            assertEquals(Map.of(), csv(e), l::toString);
        }
    }

    @Test
    void aHundredThousandMalformedRecordsAreCountedAndReportedOneByOne() {
        for (Leser l : Leser.values()) {
            Ergebnis e = l == Leser.TABELLE ? zweimal(l, datei(l + "-kaputt")) : lies(l, datei(l + "-kaputt").get());
            assertEquals(KAPUTT + 1, e.datensaetze(), l::toString);
            assertEquals(KAPUTT, e.abgewiesen(), l::toString);
            assertEquals(Map.of(TableRules.FEHLERHAFTE_ZEILE, (long) KAPUTT), csv(e), l::toString);
            assertEquals(1, e.zeilen(), l::toString);
        }
    }

    @Test
    void aHeaderOfFiftyThousandColumnsEndsTheReadingWithOneFinding() {
        for (Leser l : Leser.values()) {
            Ergebnis e = zweimal(l, datei(l + "-breiter-kopf"));
            assertEquals(0, e.datensaetze(), l::toString);
            assertEquals(Map.of(TableRules.DATENSATZ_ZU_BREIT, 1L), e.befunde(), l::toString);
        }
    }
}
