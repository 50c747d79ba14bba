package de.ozg.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells the format of a file from its first 64 KiB: the first JSON token, or the header line of a CSV
 * file decoded in the charset of {@code --charset}, and only where the content is ambiguous the file
 * name's extension. A file it cannot place gets a reason that names what was seen: an empty file, a
 * binary file, UTF-16 or UTF-32 text (with the {@code --charset} to read it), JSON that is not
 * UTF-8, or the header line itself, decoded properly so that {@code Schlüssel} does not turn into
 * {@code SchlÃ¼ssel}.
 */
final class Formaterkennung {

    private static final int KOPF = 64 * 1024;

    private Formaterkennung() {
    }

    /**
     * The outcome: a format, or the reason why none was found.
     *
     * @param format the format, empty when unknown
     * @param grund  why the format is unknown; null when it is known
     */
    record Erkennung(Optional<Dateiformat> format, Meldung grund) {

        static Erkennung als(Dateiformat format) {
            return new Erkennung(Optional.of(format), null);
        }

        static Erkennung unbekannt(String key, Object... argumente) {
            return new Erkennung(Optional.empty(), Meldung.of(key, argumente));
        }
    }

    /**
     * Detects the format of a file.
     *
     * @param datei       the file, readable
     * @param zeichensatz the charset of CSV files ({@code --charset})
     * @return the format or the reason there is none
     * @throws IOException when the file cannot be read
     */
    static Erkennung erkenne(Path datei, Charset zeichensatz) throws IOException {
        byte[] kopf;
        try (InputStream in = Files.newInputStream(datei)) {
            kopf = in.readNBytes(KOPF);
        }
        return erkenne(kopf, datei.getFileName() == null ? "" : datei.getFileName().toString(), zeichensatz);
    }

    static Erkennung erkenne(byte[] kopf, String name, Charset zeichensatz) {
        if (kopf.length == 0) {
            return Erkennung.unbekannt("format.leer");
        }
        boolean breitGewaehlt = isBreit(zeichensatz);
        String breit = breiteKodierung(kopf);
        if (breit != null && !breitGewaehlt) {
            return Erkennung.unbekannt(hatBom(kopf) ? "format.breitBom" : "format.breit", breit,
                    vorschlag(breit, hatBom(kopf)));
        }
        Charset dekodierung = hatUtf8Bom(kopf) ? StandardCharsets.UTF_8 : zeichensatz;
        String text = new String(kopf, dekodierung);
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start == text.length()) {
            return Erkennung.unbekannt("format.nurLeerraum");
        }
        char erstes = text.charAt(start);
        if (erstes == '{' || erstes == '[') {
            if (breit != null || breitGewaehlt) {
                return Erkennung.unbekannt("format.jsonNichtUtf8", breit != null ? breit : zeichensatz.name());
            }
            return json(text, start, name.toLowerCase(Locale.ROOT));
        }
        if (breit == null && isBinaer(kopf)) {
            return Erkennung.unbekannt("format.binaer");
        }
        String zeile = zeile(text, start);
        String header = zeile.toLowerCase(Locale.ROOT).replace("ü", "ue");
        if (header.contains("satzart")) {
            return Erkennung.als(Dateiformat.GEMEINDEVERZEICHNIS_CSV);
        }
        if (header.contains("leika_key") && header.contains("ars")) {
            return Erkennung.als(Dateiformat.STATUS_CSV);
        }
        if (header.contains("themenfeld") && (header.contains("ozg-id") || header.contains("ozg_id")
                || header.contains("ozgid"))) {
            return Erkennung.als(Dateiformat.UMSETZUNGSKATALOG_CSV);
        }
        if (dekodierung.equals(StandardCharsets.UTF_8) && !isGueltigesUtf8(kopf)) {
            // shown as windows-1252, the usual suspect, so that an umlaut reads as one
            String alsAnsi = zeile(new String(kopf, Charset.forName("windows-1252")), 0);
            return Erkennung.unbekannt("format.kopfzeileKeinUtf8", abgekuerzt(alsAnsi));
        }
        return Erkennung.unbekannt("format.kopfzeile", abgekuerzt(zeile));
    }

    private static Erkennung json(String text, int start, String name) {
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Erkennung.als(Dateiformat.STATUS_JSONL);
        }
        if (text.charAt(start) == '[') {
            return Erkennung.als(Dateiformat.STATUS_JSON);
        }
        if (text.contains("\"ozg-katalog\"")) {
            return Erkennung.als(Dateiformat.KATALOG_JSON);
        }
        if (text.contains("\"ozg-umsetzungsstand\"")) {
            return Erkennung.als(Dateiformat.STATUS_JSON);
        }
        String ersteZeile = zeile(text, start);
        if (ersteZeile.endsWith("}") && ersteZeile.contains("\"schluessel\"")) {
            return Erkennung.als(Dateiformat.STATUS_JSONL);
        }
        return Erkennung.unbekannt("format.jsonFremd");
    }

    /** Whether the charset is one of the UTF-16 or UTF-32 family, where ASCII text holds NUL bytes. */
    static boolean isBreit(Charset zeichensatz) {
        String n = zeichensatz.name().toUpperCase(Locale.ROOT);
        return n.startsWith("UTF-16") || n.startsWith("UTF-32") || n.startsWith("X-UTF-16") || n.startsWith("X-UTF-32");
    }

    /**
     * The UTF-16 or UTF-32 variant the first bytes show, by byte order mark or by the NUL bytes
     * ASCII text has in them; null for none.
     */
    static String breiteKodierung(byte[] b) {
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return "UTF-32BE";
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return "UTF-32LE";
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return "UTF-16BE";
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return "UTF-16LE";
        }
        if (b.length >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
            return "UTF-32LE";
        }
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
            return "UTF-32BE";
        }
        if (b.length >= 4 && b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) {
            return "UTF-16LE";
        }
        if (b.length >= 4 && b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0) {
            return "UTF-16BE";
        }
        return null;
    }

    /**
     * The {@code --charset} to suggest: with a byte order mark the name without byte order, whose
     * decoder reads the mark and skips it; without one the name that fixes the order.
     */
    private static String vorschlag(String breit, boolean bom) {
        return bom ? breit.substring(0, 6) : breit;
    }

    private static boolean hatBom(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                || b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF);
    }

    private static boolean hatUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** A text file has no NUL and few other control bytes; a PNG, a ZIP or a PDF has many. */
    private static boolean isBinaer(byte[] b) {
        int n = Math.min(b.length, 1024);
        int steuer = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                steuer++;
            }
        }
        return steuer * 10 > n;
    }

    /** Whether the bytes are UTF-8, allowing a character cut off at the end of the sample. */
    private static boolean isGueltigesUtf8(byte[] b) {
        int ende = b.length;
        // a multi-byte character cut by the 64 KiB limit is no error of the file
        for (int i = 1; i <= 3 && ende - i >= 0; i++) {
            int c = b[ende - i] & 0xFF;
            if (c >= 0xC0) {
                ende -= i;
                break;
            }
            if (c < 0x80) {
                break;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, 0, ende));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String zeile(String text, int start) {
        int ende = start;
        while (ende < text.length() && text.charAt(ende) != '\n' && text.charAt(ende) != '\r') {
            ende++;
        }
        return text.substring(start, ende).strip();
    }

    private static String abgekuerzt(String s) {
        return s.codePointCount(0, s.length()) > 80 ? s.substring(0, s.offsetByCodePoints(0, 77)) + "…" : s;
    }
}
