package de.ozg.json;

import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.table.TableColumn;
import de.ozg.core.table.TableHeader;
import de.ozg.core.table.TableRow;
import de.ozg.core.table.TableRules;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Severity;
import de.ozg.core.validation.TechnischerFehler;
import de.ozg.core.validation.status.StatusCheck;
import de.ozg.core.validation.status.StatusDefect;
import de.ozg.core.validation.status.StatusField;
import de.ozg.core.validation.status.MutableStatusRow;
import de.ozg.core.validation.status.StatusRow;
import de.ozg.json.csv.CsvReadOptions;
import de.ozg.json.csv.internal.TableReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The OZG-Dashboard's flat CSV export of status rows: one row per LeiKa key × ARS, read by
 * {@link UmsetzungsstandReader#csv} and written by {@link UmsetzungsstandWriter#csv}.
 *
 * <p>Columns (header names are matched tolerantly, any order, {@code ,} {@code ;} or TAB, with or
 * without a UTF-8 byte order mark): {@code leika_key}, {@code ars}, {@code online_status},
 * {@code datenstand} are required; {@code leika_name}, {@code ars_name}, {@code bundesland},
 * {@code ozgid}, {@code ozg_bezeichnung}, {@code url}, {@code aktiv}, {@code art_flaechendeckung}
 * are optional, and {@code reifegrad} ({@code V1:3}) is this library's addition, since the dashboard
 * export has no Reifegrad. Values: {@code online_status} is {@code ok} or {@code nicht ok};
 * {@code aktiv} is {@code ja}/{@code nein} (written) or {@code true}/{@code false} (also read), any
 * case, and an empty cell or missing column means active; {@code datenstand} is ISO
 * {@code yyyy-mm-dd} (written) or German {@code dd.mm.yyyy} (also read); {@code art_flaechendeckung}
 * is the dashboard text or its code. Keys are read strictly as text — {@code 1001000} is not the
 * ARS of Flensburg. The name columns are not part of {@link Umsetzungsstand}: they are ignored on
 * reading and written empty; {@code bundesland} is checked against the ARS (a warning) and written
 * as the Land's name.
 *
 * <p>The records are read by the library's one table reader: lines that are empty or hold only
 * blanks and tabs (and rows of empty cells) are skipped and not counted, as in JSON Lines; a record
 * broken by its syntax or over the reader's limits (an unclosed quote, text after a closing quote, a
 * cell of more than a million characters) is skipped with one finding of a {@code CSV-…} rule of
 * {@link TableRules} and counted among the rows read and the bad rows, and reading goes on after it.
 * Header problems and rows with fewer or more cells than the header are reported with the same rule
 * ids; undecodable bytes end the reading with a {@code STATUS-KODIERUNG} finding, and the record they
 * sit in counts as rejected. A blank cell is an absent value. The values are checked by the
 * {@link de.ozg.core.validation.status.StatusRules}, as for JSON, and all of these rules, the
 * {@code CSV-…} ones included, can be switched off or re-rated in the status rule set.
 *
 * <p>Constants only; immutable and thread-safe.
 */
public final class UmsetzungsstandCsv {

    /** The columns in the order {@link UmsetzungsstandWriter#csv} writes them. */
    public static final List<String> SPALTEN = List.of("leika_key", "leika_name", "ars", "ars_name", "bundesland",
            "ozgid", "ozg_bezeichnung", "url", "online_status", "aktiv", "art_flaechendeckung", "datenstand",
            "reifegrad");

    /** The key columns, always quoted when written so that importers keep them as text. */
    static final String[] SCHLUESSELSPALTEN = {"leika_key", "ars", "ozgid"};

    /** The columns of the export, with the other names exports give them. */
    enum Spalte implements TableColumn {
        LEIKA_KEY("leika_key", true, "leika_schluessel", "LeiKa-Schlüssel", "Leistungsschlüssel"),
        LEIKA_NAME("leika_name", false),
        ARS("ars", true, "Regionalschlüssel", "ars_schluessel"),
        ARS_NAME("ars_name", false),
        BUNDESLAND("bundesland", false, "land"),
        OZGID("ozgid", false, "ozg_id", "OZG-ID"),
        OZG_BEZEICHNUNG("ozg_bezeichnung", false),
        URL("url", false, "link"),
        ONLINE("online_status", true, "online"),
        AKTIV("aktiv", false),
        KLASSE("art_flaechendeckung", false, "flaechendeckung"),
        DATENSTAND("datenstand", true, "stichtag"),
        REIFEGRAD("reifegrad", false);

        private final String bezeichnung;
        private final boolean pflicht;
        private final List<String> aliases;

        Spalte(String bezeichnung, boolean pflicht, String... aliases) {
            this.bezeichnung = bezeichnung;
            this.pflicht = pflicht;
            this.aliases = List.of(aliases);
        }

        @Override
        public String bezeichnung() {
            return bezeichnung;
        }

        @Override
        public List<String> aliases() {
            return aliases;
        }

        @Override
        public boolean isRequired() {
            return pflicht;
        }
    }

    private UmsetzungsstandCsv() {
    }

    /** The field of a status row each column fills; the name columns fill none. */
    private static StatusField feld(Spalte spalte) {
        switch (spalte) {
            case LEIKA_KEY: return StatusField.SCHLUESSEL;
            case ARS: return StatusField.ARS;
            case BUNDESLAND: return StatusField.BUNDESLAND;
            case OZGID: return StatusField.OZG_ID;
            case URL: return StatusField.URL;
            case ONLINE: return StatusField.ONLINE;
            case AKTIV: return StatusField.AKTIV;
            case KLASSE: return StatusField.FLAECHENDECKUNG;
            case DATENSTAND: return StatusField.STICHTAG;
            case REIFEGRAD: return StatusField.REIFEGRAD;
            default: return null;
        }
    }

    /**
     * The CSV form as an input of {@link UmsetzungsstandReader}: the records come from the table
     * reader, which finds syntax problems and rejects broken records; every cell of a record fills a
     * {@link StatusRow}, and the status rules check it — the reader's findings included, so that
     * each {@code CSV-…} rule can be switched off or re-rated in the status rule set too.
     */
    static final class Leser extends UmsetzungsstandReader.Quelle implements TableReader.Listener {
        private static final Spalte[] SPALTEN_ALLE = Spalte.values();

        private final InputStream in;
        private final CsvReadOptions options;
        private final StatusCheck pruefung;
        /** For what the reader finds outside the records and before the header is known. */
        private final MutableStatusRow rahmen = MutableStatusRow.forCsv(Map.of());
        private MutableStatusRow row;
        private StatusField[] felder;
        private TableReader<Spalte> csv;
        private boolean kopfGelesen;

        /** For a part of a file after its header row: where it begins, and what the start of the file said. */
        private final StatusSplit.Fortsetzung fortsetzung;

        Leser(InputStream in, CsvReadOptions options, StatusCheck pruefung) {
            this(in, options, pruefung, null);
        }

        Leser(InputStream in, CsvReadOptions options, StatusCheck pruefung, StatusSplit.Fortsetzung fortsetzung) {
            this.in = in;
            this.options = options;
            this.pruefung = pruefung;
            this.fortsetzung = fortsetzung;
        }

        @Override
        Umsetzungsstand naechste() throws IOException {
            if (csv == null && fortsetzung != null) {
                // the header was read and checked with the start of the file
                TableHeader<Spalte> kopf = TableHeader.of(Spalte.class, fortsetzung.kopfzeile())
                        .withLine(fortsetzung.kopfzeilenNummer());
                csv = TableReader.openAt(in, kopf, fortsetzung.dialekt(options.charset()), options, null, this,
                        fortsetzung.byteOffset(), fortsetzung.ersteZeile());
                kopfGelesen = true;
                zuordnen(kopf);
            } else if (csv == null) {
                csv = TableReader.open(in, Spalte.class, options, null,
                        this);
                kopfGelesen = true;
                if (csv.header().isEmpty()) {
                    return null;
                }
                TableHeader<Spalte> kopf = csv.header().get();
                TableRules.checkHeader(kopf, this::report);
                if (!kopf.missingRequired().isEmpty()) {
                    csv.close();
                    return null;
                }
                zuordnen(kopf);
            }
            while (csv.hasNext()) {
                TableRow<Spalte> r = csv.next();
                row.beginRecord(r.line(), null);
                for (Spalte s : SPALTEN_ALLE) {
                    StatusField f = felder[s.ordinal()];
                    String zelle = f == null ? null : r.rawCell(s);
                    if (zelle != null) {
                        row.setText(f, zelle);
                    }
                }
                TableRules.checkCells(r, Severity.WARNING, b -> row.setTableFinding(b, false));
                if (pruefung.check(row)) {
                    return row.toUmsetzungsstand();
                }
            }
            return null;
        }

        private void zuordnen(TableHeader<Spalte> kopf) {
            Map<StatusField, String> namen = new EnumMap<>(StatusField.class);
            felder = new StatusField[SPALTEN_ALLE.length];
            for (Spalte s : SPALTEN_ALLE) {
                StatusField f = feld(s);
                if (f != null && kopf.has(s)) {
                    namen.put(f, kopf.columnName(s));
                    felder[s.ordinal()] = f;
                }
            }
            row = MutableStatusRow.forCsv(namen);
        }

        /** A finding about the file (header, empty file): a frame, not a record. */
        @Override
        public void report(Befund befund) {
            rahmen.beginDocument(befund.fundstelle().line().orElse(0), null);
            rahmen.setTableFinding(befund, false);
            pruefung.check(rahmen);
        }

        /** A record the reader could not read: counted and rejected. */
        @Override
        public void reject(Befund befund) {
            rahmen.beginRecord(befund.fundstelle().line().orElse(0), null);
            rahmen.setTableFinding(befund, true);
            pruefung.check(rahmen);
        }

        /**
         * Undecodable bytes end the reading. After the header they sit in a record, which is counted
         * as rejected: the rest of the file is unread, and the count says so.
         */
        @Override
        public void report(TechnischerFehler fehler) {
            long zeile = fehler.fundstelle().line().orElse(0);
            if (kopfGelesen) {
                rahmen.beginRecord(zeile, null);
            } else {
                rahmen.beginDocument(zeile, null);
            }
            rahmen.setDefect(StatusDefect.CSV_ENCODING, 0, fehler.meldungEn(), fehler.meldungDe(), true);
            pruefung.check(rahmen);
        }

        @Override
        void close() throws IOException {
            if (csv != null) {
                csv.close();
            }
            in.close();
        }
    }
}
