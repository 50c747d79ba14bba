package de.ozg.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The file formats {@code ozg} understands, and their detection from the first bytes of a file:
 * the header line of a CSV file, the first JSON token, and — only where the content is ambiguous —
 * the file name's extension.
 */
enum Dateiformat {
    /** The OZG-Umsetzungskatalog, one row per LeiKa service. */
    UMSETZUNGSKATALOG_CSV("umsetzungskatalog-csv"),
    /** The Destatis Gemeindeverzeichnis (GV-ISys "Auszug"). */
    GEMEINDEVERZEICHNIS_CSV("gemeindeverzeichnis-csv"),
    /** The dashboard's flat status export. */
    STATUS_CSV("status-csv"),
    /** Status rows, one JSON object per line. */
    STATUS_JSONL("status-jsonl"),
    /** Status rows as a top-level JSON array or an {@code ozg-umsetzungsstand} document. */
    STATUS_JSON("status-json"),
    /** An {@code ozg-katalog} JSON document. */
    KATALOG_JSON("katalog-json");

    private final String kennung;

    Dateiformat(String kennung) {
        this.kennung = kennung;
    }

    /** @return the stable name shown in reports and in {@code --json} output */
    String kennung() {
        return kennung;
    }

    /**
     * Detects the format of a file.
     *
     * @param datei the file
     * @return the format
     * @throws IOException when the file cannot be read
     * @throws UnbekanntesFormatException when the content matches no format
     */
    static Dateiformat erkenne(Path datei) throws IOException {
        byte[] kopf;
        try (InputStream in = Files.newInputStream(datei)) {
            kopf = in.readNBytes(64 * 1024);
        }
        String text = new String(kopf, StandardCharsets.ISO_8859_1);
        int start = text.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        String name = datei.getFileName().toString().toLowerCase(Locale.ROOT);
        if (start < text.length() && (text.charAt(start) == '{' || text.charAt(start) == '[')) {
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                return STATUS_JSONL;
            }
            if (text.charAt(start) == '[') {
                return STATUS_JSON;
            }
            String ersteZeile = zeile(text, start);
            if (text.contains("\"ozg-katalog\"")) {
                return KATALOG_JSON;
            }
            if (text.contains("\"ozg-umsetzungsstand\"")) {
                return STATUS_JSON;
            }
            if (ersteZeile.endsWith("}") && ersteZeile.contains("\"schluessel\"")) {
                return STATUS_JSONL;
            }
            throw new UnbekanntesFormatException(datei, "JSON ohne bekanntes \"format\" (ozg-katalog, ozg-umsetzungsstand)");
        }
        String header = zeile(text, start).toLowerCase(Locale.ROOT).replace("ü", "ue").replace("\u00c3\u00bc", "ue");
        if (header.contains("satzart")) {
            return GEMEINDEVERZEICHNIS_CSV;
        }
        if (header.contains("leika_key") && header.contains("ars")) {
            return STATUS_CSV;
        }
        if (header.contains("themenfeld") && (header.contains("ozg-id") || header.contains("ozg_id")
                || header.contains("ozgid"))) {
            return UMSETZUNGSKATALOG_CSV;
        }
        throw new UnbekanntesFormatException(datei, "weder Umsetzungskatalog, Gemeindeverzeichnis noch Status-Export "
                + "(Kopfzeile: " + abgekuerzt(zeile(text, start)) + ")");
    }

    private static String zeile(String text, int start) {
        int ende = start;
        while (ende < text.length() && text.charAt(ende) != '\n' && text.charAt(ende) != '\r') {
            ende++;
        }
        return text.substring(start, ende).strip();
    }

    private static String abgekuerzt(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "…" : s;
    }

    /** The content of a file matches none of the formats: a user mistake, exit code 2. */
    static final class UnbekanntesFormatException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnbekanntesFormatException(Path datei, String warum) {
            super("unbekanntes Format von " + datei + ": " + warum);
        }
    }
}
