package de.ozg.core.validation.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import de.ozg.core.ref.Flaechendeckung;
import de.ozg.core.validation.Befund;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Setting a field from bytes gives what setting it from the same characters gives: value, state,
 * text, findings (rule, location, value, both messages), the converted row – for every field, valid
 * and broken texts, every byte value at every place of an identifier and a date, and with the
 * identifier and date caches of a reused row filled by either way in any order.
 */
class BytewegTest {

    private static final StatusField[] FELDER = StatusField.values();

    /** Two rows of one kind, one filled from bytes, one from characters, each with its own check. */
    private static final class Paar {
        final MutableStatusRow bytes;
        final MutableStatusRow zeichen;
        final List<Befund> befundeBytes = new ArrayList<>();
        final List<Befund> befundeZeichen = new ArrayList<>();
        final StatusCheck pruefungBytes;
        final StatusCheck pruefungZeichen;
        final Random zufall;

        Paar(Supplier<MutableStatusRow> art, long seed) {
            bytes = art.get();
            zeichen = art.get();
            pruefungBytes = StatusCheck.start(StatusRules.standard(), befundeBytes::add);
            pruefungZeichen = StatusCheck.start(StatusRules.standard(), befundeZeichen::add);
            zufall = new Random(seed);
        }

        /** One record of the given fields and texts, set both ways and compared. */
        void vergleiche(long zeile, StatusField[] felder, byte[][] texte) {
            befundeBytes.clear();
            befundeZeichen.clear();
            bytes.beginRecord(zeile, "");
            zeichen.beginRecord(zeile, "");
            for (int i = 0; i < felder.length; i++) {
                byte[] t = texte[i];
                // the text inside a larger buffer, sometimes at its very start or end
                int vor = zufall.nextInt(3) == 0 ? 0 : zufall.nextInt(20);
                int nach = zufall.nextInt(3) == 0 ? 0 : zufall.nextInt(20);
                byte[] puffer = new byte[vor + t.length + nach];
                for (int k = 0; k < puffer.length; k++) {
                    puffer[k] = (byte) zufall.nextInt(256);
                }
                System.arraycopy(t, 0, puffer, vor, t.length);
                bytes.setText(felder[i], puffer, vor, t.length);
                char[] c = new char[t.length + 2];
                for (int k = 0; k < t.length; k++) {
                    c[k + 1] = (char) (t[k] & 0xFF);
                }
                zeichen.setText(felder[i], c, 1, t.length);
            }
            String wo = Arrays.toString(felder) + " " + sichtbar(texte);
            boolean a = pruefungBytes.check(bytes);
            boolean b = pruefungZeichen.check(zeichen);
            assertEquals(b, a, wo);
            assertEquals(befundeZeichen, befundeBytes, wo);
            for (StatusField f : FELDER) {
                assertEquals(zeichen.state(f), bytes.state(f), wo + " " + f);
                assertEquals(zeichen.text(f), bytes.text(f), wo + " " + f);
                assertEquals(zeichen.isDuplicate(f), bytes.isDuplicate(f), wo + " " + f);
            }
            assertEquals(zeichen.schluessel(), bytes.schluessel(), wo);
            assertEquals(zeichen.ars(), bytes.ars(), wo);
            assertEquals(zeichen.ozgId(), bytes.ozgId(), wo);
            assertEquals(zeichen.stichtag(), bytes.stichtag(), wo);
            assertEquals(zeichen.reifegrad(), bytes.reifegrad(), wo);
            assertEquals(zeichen.flaechendeckung(), bytes.flaechendeckung(), wo);
            assertEquals(zeichen.url(), bytes.url(), wo);
            assertEquals(zeichen.isOnline(), bytes.isOnline(), wo);
            assertEquals(zeichen.isAktiv(), bytes.isAktiv(), wo);
            assertEquals(zeichen.bundesland(), bytes.bundesland(), wo);
            assertEquals(zeichen.isConvertible(), bytes.isConvertible(), wo);
            if (bytes.isConvertible()) {
                assertEquals(zeichen.toUmsetzungsstand(), bytes.toUmsetzungsstand(), wo);
            }
        }

        void vergleiche(StatusField feld, byte[] text) {
            vergleiche(1, new StatusField[] {feld}, new byte[][] {text});
        }
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static final Map<StatusField, String[]> BEISPIELE = beispiele();

    private static Map<StatusField, String[]> beispiele() {
        Map<StatusField, String[]> m = new EnumMap<>(StatusField.class);
        m.put(StatusField.SCHLUESSEL, new String[] {"99041006013000", "99041006013001", "01033224038000", "00000000000000",
            "99999999999999", "9904100601300", "990410060130000", "0099041006013000", "", "99041006013000 ",
            "nicht im LeiKa", "9904100601300\u00e4"});
        m.put(StatusField.ARS, new String[] {"150020000000", "040110000000", "000000000000", "160000000000",
            "170000000000", "15002000000", "1500200000000", "001500200000", "15002000000O", "-50020000000"});
        m.put(StatusField.OZG_ID, new String[] {"10194", "10001", "00001", "99999", "1019", "101940", "12a45", "",
            "00000", "010194"});
        m.put(StatusField.STICHTAG, new String[] {"2023-05-31", "2024-02-29", "2024-02-30", "2023-02-29",
            "2023-13-01", "2023-00-10", "0000-01-01", "9999-12-31", "31.05.2023", "2023-5-31", "2023-05-31 ",
            "2023\u00ad05-31", ""});
        m.put(StatusField.REIFEGRAD, new String[] {"V1:0", "V1:4", "V2:0", "V2:7", "V1:5", "V2:8", "V3:1",
            "v1:2", "V1:10", "V1:", "1", "", "V1:2 "});
        String[] klassen = new String[Flaechendeckung.values().length * 2 + 5];
        int k = 0;
        for (Flaechendeckung f : Flaechendeckung.values()) {
            klassen[k++] = f.code();
            klassen[k++] = f.bezeichnung();
        }
        klassen[k++] = "irgendwo";
        klassen[k++] = "";
        klassen[k++] = "landesweit_flaechendeckenx";
        klassen[k++] = "mind_einer_kommune";
        klassen[k] = "KREISWEIT_FLAECHENDECKEND";
        m.put(StatusField.FLAECHENDECKUNG, klassen);
        m.put(StatusField.URL, new String[] {"https://example.org/dienst?id=1", "", " ", "x\u00e9"});
        m.put(StatusField.ONLINE, new String[] {"ok", "nicht ok", "OK ", "true", ""});
        m.put(StatusField.AKTIV, new String[] {"ja", "nein", "true", "false", "x", ""});
        m.put(StatusField.BUNDESLAND, new String[] {"Hamburg", "HH", "Niedersachsen", "Bayern", "x", ""});
        return m;
    }

    /** A text for the field: mostly an example, now and then one with a byte replaced, added or removed. */
    private static byte[] text(Random r, StatusField f) {
        String[] beispiele = BEISPIELE.get(f);
        byte[] t = b(beispiele[r.nextInt(beispiele.length)]);
        if (r.nextInt(4) > 0) {
            return t;
        }
        int at = r.nextInt(t.length + 1);
        byte x = r.nextBoolean() ? (byte) r.nextInt(256) : (byte) ('0' + r.nextInt(10));
        switch (r.nextInt(3)) {
            case 0:
                byte[] mehr = new byte[t.length + 1];
                System.arraycopy(t, 0, mehr, 0, at);
                mehr[at] = x;
                System.arraycopy(t, at, mehr, at + 1, t.length - at);
                return mehr;
            case 1:
                if (at == t.length) {
                    return t;
                }
                byte[] weniger = new byte[t.length - 1];
                System.arraycopy(t, 0, weniger, 0, at);
                System.arraycopy(t, at + 1, weniger, at, t.length - at - 1);
                return weniger;
            default:
                if (at < t.length) {
                    t[at] = x;
                }
                return t;
        }
    }

    private static void zufaelligeDatensaetze(Supplier<MutableStatusRow> art, long seed, int anzahl) {
        Paar p = new Paar(art, seed);
        Random r = p.zufall;
        for (int z = 1; z <= anzahl; z++) {
            List<StatusField> felder = new ArrayList<>();
            for (StatusField f : FELDER) {
                if (r.nextInt(5) > 0) {
                    felder.add(f);
                }
            }
            if (r.nextInt(10) == 0 && !felder.isEmpty()) {
                felder.add(felder.get(r.nextInt(felder.size())));
            }
            byte[][] texte = new byte[felder.size()][];
            for (int i = 0; i < texte.length; i++) {
                texte[i] = text(r, felder.get(i));
            }
            p.vergleiche(z, felder.toArray(new StatusField[0]), texte);
        }
    }

    @Test
    void randomRecordsGiveTheSameBothWaysForJson() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> zufaelligeDatensaetze(MutableStatusRow::forJson,
                seed, 40));
    }

    @Test
    void randomRecordsGiveTheSameBothWaysForSingleJsonAndCsv() {
        Map<StatusField, String> spalten = new EnumMap<>(StatusField.class);
        for (StatusField f : FELDER) {
            spalten.put(f, f.csvName());
        }
        qt().withExamples(100).forAll(longs().all(), integers().between(0, 1)).checkAssert((seed, art) ->
                zufaelligeDatensaetze(art == 0 ? MutableStatusRow::forSingleJson : () -> MutableStatusRow.forCsv(spalten),
                        seed, 40));
    }

    @Test
    void everyByteAtEveryPlaceOfAnIdentifierOrDate() {
        String[][] faelle = {{"SCHLUESSEL", "99041006013000"}, {"ARS", "150020000000"}, {"OZG_ID", "10194"},
            {"STICHTAG", "2024-02-28"}, {"REIFEGRAD", "V1:3"}, {"FLAECHENDECKUNG", "kreisweit_flaechendeckend"}};
        Paar p = new Paar(MutableStatusRow::forJson, 13);
        for (String[] fall : faelle) {
            StatusField f = StatusField.valueOf(fall[0]);
            byte[] gut = b(fall[1]);
            for (int at = 0; at < gut.length; at++) {
                for (int x = 0; x < 256; x++) {
                    byte[] t = gut.clone();
                    t[at] = (byte) x;
                    p.vergleiche(f, t);
                    // the good text again, from the cache the broken one may have touched
                    p.vergleiche(f, gut);
                }
            }
        }
    }

    @Test
    void packedDigitsFromBytesEqualThoseFromCharacters() {
        qt().withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            int n = r.nextInt(20);
            byte[] t = new byte[n];
            for (int i = 0; i < n; i++) {
                t[i] = r.nextInt(12) == 0 ? (byte) r.nextInt(256) : (byte) ('0' + r.nextInt(10));
            }
            int vor = r.nextInt(3) == 0 ? 0 : r.nextInt(9);
            byte[] puffer = new byte[vor + n + (r.nextBoolean() ? 0 : r.nextInt(9))];
            System.arraycopy(t, 0, puffer, vor, n);
            char[] c = new char[n];
            for (int i = 0; i < n; i++) {
                c[i] = (char) (t[i] & 0xFF);
            }
            assertEquals(Kennungscache.schluessel(new Zeichenfolge().set(c, 0, n)), Bytefolge.ziffern(puffer, vor, n, 15),
                    () -> sichtbar(new byte[][] {t}));
        });
    }

    @Test
    void byteComparisonIsExact() {
        qt().withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            byte[] ref = new byte[r.nextInt(40)];
            r.nextBytes(ref);
            byte[] t = r.nextInt(3) == 0 ? Arrays.copyOf(ref, r.nextInt(41)) : ref.clone();
            if (t.length > 0 && r.nextBoolean()) {
                t[r.nextInt(t.length)] ^= (byte) (1 << r.nextInt(8));
            }
            int vor = r.nextInt(3) == 0 ? 0 : r.nextInt(9);
            byte[] puffer = new byte[vor + t.length + (r.nextBoolean() ? 0 : r.nextInt(9))];
            System.arraycopy(t, 0, puffer, vor, t.length);
            assertEquals(Arrays.equals(t, ref), Bytefolge.gleich(puffer, vor, t.length, ref));
        });
    }

    @Test
    void rangeOutsideTheBufferIsRefused() {
        MutableStatusRow r = MutableStatusRow.forJson();
        r.beginRecord(1, "");
        byte[] puffer = new byte[4];
        assertThrows(IndexOutOfBoundsException.class, () -> r.setText(StatusField.ARS, puffer, 2, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> r.setText(StatusField.ARS, puffer, -1, 2));
    }

    private static String sichtbar(byte[][] texte) {
        StringBuilder sb = new StringBuilder();
        for (byte[] t : texte) {
            sb.append('[');
            for (byte x : t) {
                int c = x & 0xFF;
                sb.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\x%02X", c));
            }
            sb.append(']');
        }
        return sb.toString();
    }
}
