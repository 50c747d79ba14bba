package de.ozg.examples.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The file formats {@code ozg} understands, each with the stable name that reports, {@code --json}
 * output and {@code --format} use. {@link #UNBEKANNT} is no format: it names a file whose format
 * could not be told (or that could not be read at all), so that a batch still reports it.
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
    KATALOG_JSON("katalog-json"),
    /** Not a format: the file could not be read or matches none of the formats. */
    UNBEKANNT("unbekannt");

    private final String kennung;

    Dateiformat(String kennung) {
        this.kennung = kennung;
    }

    /** @return the stable name shown in reports and in {@code --json} output */
    String kennung() {
        return kennung;
    }

    /** @return whether the file holds status rows */
    boolean isStatus() {
        return this == STATUS_CSV || this == STATUS_JSON || this == STATUS_JSONL;
    }

    /** @return whether the format is a catalogue */
    boolean isKatalog() {
        return this == UMSETZUNGSKATALOG_CSV || this == KATALOG_JSON;
    }

    /** @return whether the format is JSON, which is always read as UTF-8 */
    boolean isJson() {
        return this == STATUS_JSON || this == STATUS_JSONL || this == KATALOG_JSON;
    }

    /**
     * The format of a stable name, as given to {@code --format}; {@code unbekannt} is none.
     *
     * @param kennung such as {@code status-csv}, case and surrounding blanks ignored
     * @return the format
     */
    static Optional<Dateiformat> find(String kennung) {
        String k = kennung.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f != UNBEKANNT && f.kennung.equals(k)).findFirst();
    }

    /** @return the names {@code --format} accepts, comma-separated */
    static String kennungen() {
        return Arrays.stream(values()).filter(f -> f != UNBEKANNT).map(Dateiformat::kennung)
                .collect(Collectors.joining(", "));
    }
}
