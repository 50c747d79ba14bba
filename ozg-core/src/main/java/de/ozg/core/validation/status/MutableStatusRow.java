package de.ozg.core.validation.status;

import de.ozg.core.id.Ars;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Flaechendeckung;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Fundstelle;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link StatusRow} a reader fills, field by field, and hands to a {@link StatusCheck}: JSON
 * Lines, JSON arrays and the dashboard's CSV export all fill it. Each field is converted the moment
 * it is set (identifiers shared per distinct text, dates parsed once per distinct text) and
 * remembered as a value, as absent, or as the text that did not convert; a reader adds what it saw
 * beyond the fields (unknown and repeated field names, a syntax or encoding
 * {@linkplain StatusDefect defect}).
 *
 * <p><b>Reused</b>: a reader fills one instance record after record ({@link #beginRecord} clears
 * it), so that checking costs no object per row. Rules see the row only as {@link StatusRow}, which
 * has no way to change it. Mutable and not thread-safe.
 */
public final class MutableStatusRow implements StatusRow {

    /** What a reader found wrong with the bytes, with the details its message needs. */
    record Defekt(StatusDefect art, long zahl, String detail, String detailDe, boolean beendet) {
    }

    /** How many unknown or repeated field names of one record are kept for the findings. */
    static final int MAX_UNKNOWN = Feldnamen.MAX;

    private static final StatusField[] FIELDS = StatusField.values();

    private final boolean csv;
    private final String[] names = new String[FIELDS.length];
    private final Feldwerte felder;
    private final Feldnamen namen = new Feldnamen();

    // ---- the current record ----
    private boolean datensatz;
    private long zeile;
    private String pointer;
    private int probleme;
    private Defekt defekt;
    private Befund tabellenbefund;
    private boolean verworfen;

    private MutableStatusRow(boolean csv, boolean teilen) {
        this.csv = csv;
        this.felder = new Feldwerte(csv, teilen);
    }

    /**
     * A row for JSON input: fields are named and located by their JSON names. Identifiers are shared
     * per distinct text (a few hundred kilobytes of caches once filled), which pays from a few
     * hundred rows on.
     *
     * @return a fresh row
     */
    public static MutableStatusRow forJson() {
        return json(true);
    }

    /** @return a fresh row for one JSON value read on its own, without caches */
    public static MutableStatusRow forSingleJson() {
        return json(false);
    }

    private static MutableStatusRow json(boolean teilen) {
        MutableStatusRow r = new MutableStatusRow(false, teilen);
        for (StatusField f : FIELDS) {
            r.names[f.ordinal()] = f.jsonName() == null ? f.csvName() : f.jsonName();
        }
        return r;
    }

    /**
     * A row for the dashboard's CSV export: a blank cell is an absent field, {@code online_status}
     * is {@code ok}/{@code nicht ok}, {@code aktiv} is {@code ja}/{@code nein}/{@code true}/{@code
     * false}, dates may also be {@code dd.mm.yyyy}; fields are located by the column names as the
     * file's header spells them.
     *
     * @param spalten the header name of each column present, by field; fields without a column are
     *                always absent
     * @return a fresh row
     */
    public static MutableStatusRow forCsv(Map<StatusField, String> spalten) {
        MutableStatusRow r = new MutableStatusRow(true, true);
        Objects.requireNonNull(spalten, "spalten").forEach((f, name) -> r.names[f.ordinal()] = name);
        return r;
    }

    /**
     * Sets the Stichtag of records that give none, as a status document's header does.
     *
     * @param stichtag the Stichtag, or null to require one in every record
     */
    public void setDefaultStichtag(LocalDate stichtag) {
        felder.vorgabeStichtag(stichtag);
    }

    // ---- filling -------------------------------------------------------------------------------

    /**
     * Starts a data record.
     *
     * @param zeile   the physical line where it begins, 1-based; 0 when unknown
     * @param pointer the JSON Pointer of the record ({@code ""} for a JSON Lines row, {@code /zeilen/17}
     *                in a document); null for CSV, whose fields are located by column
     */
    public void beginRecord(long zeile, String pointer) {
        begin(true, zeile, pointer);
    }

    /**
     * Starts the frame of a status document (its header, or what follows its rows): not a record.
     *
     * @param zeile   the line, 0 when unknown
     * @param pointer the JSON Pointer of the document, {@code ""}
     */
    public void beginDocument(long zeile, String pointer) {
        begin(false, zeile, pointer);
    }

    private void begin(boolean record, long line, String ptr) {
        datensatz = record;
        zeile = line;
        pointer = ptr;
        probleme = 0;
        felder.leeren();
        namen.leeren();
        defekt = null;
        tabellenbefund = null;
        verworfen = false;
    }

    /**
     * Sets a field from text: a JSON string, or a CSV cell. A second occurrence is recorded as a
     * duplicate and otherwise ignored.
     *
     * @param field the field
     * @param text  the text, not null
     */
    public void setText(StatusField field, CharSequence text) {
        probleme |= felder.text(field, felder.dekoder().zeichen(text));
    }

    /**
     * Sets a field from characters in a buffer, such as a JSON parser's, without copying them when
     * they convert.
     *
     * @param field  the field
     * @param chars  the buffer
     * @param offset the first character
     * @param length the number of characters
     */
    public void setText(StatusField field, char[] chars, int offset, int length) {
        probleme |= felder.text(field, felder.dekoder().zeichen(chars, offset, length));
    }

    /**
     * Sets a field from text given as single-byte characters (ISO-8859-1: for ASCII, such as a plain
     * JSON string in UTF-8, what every decoding gives), with the result of {@link #setText(StatusField,
     * char[], int, int)} for those characters. Identifiers, dates, the Reifegrad and the
     * Flächendeckung are converted from the bytes without making characters first. Each byte is one
     * character: give text that is not ASCII as characters, since UTF-8 would be read as several.
     *
     * @param field  the field
     * @param bytes  the buffer
     * @param offset the first byte
     * @param length the number of bytes
     * @throws IndexOutOfBoundsException when the range is not within the buffer
     */
    public void setText(StatusField field, byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        probleme |= felder.text(field, bytes, offset, length);
    }

    /**
     * Sets {@code online} or {@code aktiv} from a JSON boolean.
     *
     * @param field {@link StatusField#ONLINE} or {@link StatusField#AKTIV}
     * @param value the value
     * @throws IllegalArgumentException for another field
     */
    public void setBoolean(StatusField field, boolean value) {
        if (field != StatusField.ONLINE && field != StatusField.AKTIV) {
            throw new IllegalArgumentException(field + " is not a yes/no field");
        }
        probleme |= felder.bool(field, value);
    }

    /**
     * Sets a field to JSON {@code null}: absent for an optional field, a wrong type for a required one.
     *
     * @param field the field
     */
    public void setNull(StatusField field) {
        if (field.isRequired()) {
            setWrongType(field, JsonType.NULL, null);
        } else {
            probleme |= felder.nul(field);
        }
    }

    /**
     * Records a value of the wrong JSON type, such as a number where a key belongs.
     *
     * @param field the field
     * @param type  the type found
     * @param text  the value's text for scalars, null for objects and arrays
     */
    public void setWrongType(StatusField field, JsonType type, String text) {
        probleme |= felder.falscherTyp(field, Objects.requireNonNull(type, "type"), text);
    }

    /**
     * Records a field name the format does not know; a name given twice is also a duplicate.
     *
     * @param name the name as given
     */
    public void addUnknownField(String name) {
        Objects.requireNonNull(name, "name");
        probleme |= StatusRules.P_UNBEKANNT;
        if (!namen.unbekannt(name)) {
            addDuplicateField(name);
        }
    }

    /**
     * Records a field name given twice that is not one of the {@link StatusField}s, such as
     * {@code format} in a document header.
     *
     * @param name the name as given
     */
    public void addDuplicateField(String name) {
        addDuplicatePointer("/" + Fundstelle.escapePointerSegment(Objects.requireNonNull(name, "name")));
    }

    /**
     * Records a field given twice somewhere inside the record, such as in an object that is the
     * value of an unknown field.
     *
     * @param pointer the JSON Pointer of the repeated field relative to the record, e.g. {@code /x/a}
     */
    public void addDuplicatePointer(String pointer) {
        Objects.requireNonNull(pointer, "pointer");
        namen.doppelt(pointer);
        probleme |= StatusRules.P_DOPPELT;
    }

    /**
     * Records what made the record or document unreadable; a record with a defect is rejected, and
     * whatever was set on it before is discarded (fields read before a syntax error are no evidence).
     *
     * @param defect   the defect
     * @param zahl     its number (column, limit), see {@link StatusDefect}; 0 for none
     * @param detail   the technical detail in English (a parser's message), or null
     * @param detailDe the detail in German, or null (only the CSV layer has one)
     * @param beendet  whether reading stops here
     */
    public void setDefect(StatusDefect defect, long zahl, String detail, String detailDe, boolean beendet) {
        begin(datensatz, zeile, pointer);
        this.defekt = new Defekt(Objects.requireNonNull(defect, "defect"), zahl, detail, detailDe, beendet);
        probleme |= StatusRules.P_DEFECT;
    }

    /**
     * Records a finding of the CSV table reader (a rule of {@link de.ozg.core.table.TableRules}) about
     * the record, or about the file on a document frame, for the rule of its id to re-issue with the
     * rule set's severity. A record the reader rejected as broken ({@code verwirft}) is rejected here
     * too, and whatever was set on it before is discarded.
     *
     * @param befund   the reader's finding, with its location
     * @param verwirft whether the reader rejected the record
     */
    public void setTableFinding(Befund befund, boolean verwirft) {
        Objects.requireNonNull(befund, "befund");
        if (verwirft) {
            begin(datensatz, zeile, pointer);
            verworfen = true;
        }
        tabellenbefund = befund;
        probleme |= StatusRules.P_TABELLE;
    }

    @Override
    public Optional<Befund> tableFinding() {
        return Optional.ofNullable(tabellenbefund);
    }

    /** Completes the record's state: missing fields, the Land against the ARS. Called by the check. */
    void abschliessen() {
        if (datensatz && defekt == null && !verworfen) {
            probleme |= felder.abschluss();
        }
    }

    // ---- reading ---------------------------------------------------------------------------

    /** The problems of the record as bits of {@link StatusRules}; 0 when no built-in rule has anything to say. */
    int probleme() {
        return probleme;
    }

    @Override
    public boolean isDatensatz() {
        return datensatz;
    }

    @Override
    public long line() {
        return zeile;
    }

    @Override
    public Fundstelle fundstelle() {
        Fundstelle f = zeile > 0 ? Fundstelle.ofLine(zeile) : Fundstelle.unbekannt();
        return pointer == null || pointer.isEmpty() && datensatz ? f : f.withPointer(pointer);
    }

    @Override
    public Fundstelle fundstelle(StatusField field) {
        return feldstelle(names[field.ordinal()]);
    }

    /** The location of a field by name as given (also for unknown names). */
    Fundstelle feldstelle(String name) {
        Fundstelle f = zeile > 0 ? Fundstelle.ofLine(zeile) : Fundstelle.unbekannt();
        if (pointer == null) {
            return name == null || name.isBlank() ? f : f.withSpalte(name);
        }
        return f.withPointer(pointer + "/" + Fundstelle.escapePointerSegment(name));
    }

    @Override
    public String name(StatusField field) {
        return names[field.ordinal()];
    }

    @Override
    public boolean isCsv() {
        return csv;
    }

    @Override
    public FieldState state(StatusField field) {
        return felder.state(field);
    }

    @Override
    public Optional<String> text(StatusField field) {
        FieldState s = state(field);
        return s == FieldState.INVALID || s == FieldState.WRONG_TYPE ? Optional.ofNullable(felder.roh(field))
                : Optional.empty();
    }

    @Override
    public Optional<JsonType> wrongType(StatusField field) {
        return state(field) == FieldState.WRONG_TYPE ? Optional.of(felder.typ(field)) : Optional.empty();
    }

    @Override
    public boolean isDuplicate(StatusField field) {
        return felder.isDoppelt(field);
    }

    @Override
    public List<String> duplicatePointers() {
        return namen.doppelte();
    }

    @Override
    public long furtherDuplicates() {
        return namen.weitereDoppelte();
    }

    /** The location of a field given by its pointer relative to the record. */
    Fundstelle zeigerstelle(String relativ) {
        Fundstelle f = zeile > 0 ? Fundstelle.ofLine(zeile) : Fundstelle.unbekannt();
        return f.withPointer((pointer == null ? "" : pointer) + relativ);
    }

    @Override
    public List<String> unknownFields() {
        return namen.unbekannte();
    }

    @Override
    public long furtherUnknownFields() {
        return namen.weitereUnbekannte();
    }

    @Override
    public List<StatusField> missingFields() {
        return !datensatz || defekt != null || verworfen ? List.of() : felder.fehlend();
    }

    @Override
    public Optional<StatusDefect> defect() {
        return Optional.ofNullable(defekt == null ? null : defekt.art());
    }

    /** The bundesland cell of the current record as given (only read when it named a Land). */
    String landText() {
        return felder.dekoder().landText();
    }

    /** The defect with its details for the message, or null. */
    Defekt defekt() {
        return defekt;
    }

    @Override
    public Optional<Leistungsschluessel> schluessel() {
        return Optional.ofNullable(felder.schluessel());
    }

    @Override
    public Optional<Ars> ars() {
        return Optional.ofNullable(felder.ars());
    }

    @Override
    public Optional<LocalDate> stichtag() {
        return Optional.ofNullable(felder.stichtag());
    }

    @Override
    public boolean isOnline() {
        return felder.isOnline();
    }

    @Override
    public boolean isAktiv() {
        return felder.isAktiv();
    }

    @Override
    public Optional<Reifegrad> reifegrad() {
        return Optional.ofNullable(felder.reifegrad());
    }

    @Override
    public Optional<String> url() {
        return Optional.ofNullable(felder.url());
    }

    @Override
    public Optional<Flaechendeckung> flaechendeckung() {
        return Optional.ofNullable(felder.klasse());
    }

    @Override
    public Optional<OzgId> ozgId() {
        return Optional.ofNullable(felder.ozgId());
    }

    @Override
    public Optional<Bundesland> bundesland() {
        return Optional.ofNullable(felder.bundesland());
    }

    @Override
    public boolean isConvertible() {
        return datensatz && defekt == null && !verworfen && felder.isVollstaendig();
    }

    @Override
    public Umsetzungsstand toUmsetzungsstand() {
        if (!isConvertible()) {
            throw new IllegalStateException("the record is not convertible: " + this);
        }
        return felder.baue();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("StatusRow[").append(datensatz ? "record" : "document");
        if (zeile > 0) {
            sb.append(", line ").append(zeile);
        }
        if (pointer != null && !pointer.isEmpty()) {
            sb.append(", ").append(pointer);
        }
        if (defekt != null) {
            sb.append(", ").append(defekt.art());
        }
        for (StatusField f : FIELDS) {
            if (felder.isGesetzt(f)) {
                sb.append(", ").append(f.name().toLowerCase(java.util.Locale.ROOT)).append('=')
                        .append(state(f) == FieldState.VALUE ? "ok" : state(f).name());
            }
        }
        return sb.append(']').toString();
    }
}
