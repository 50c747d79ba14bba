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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of a status input as a reader decoded it, the one row type the {@link StatusRules}
 * see: JSON Lines, JSON arrays and the dashboard's CSV export all fill it field by field. Each field
 * is converted the moment it is set — identifiers shared per distinct text, dates parsed once per
 * distinct text — and remembered as a value, as absent, or as the text that did not convert; a
 * reader adds what it saw beyond the fields (unknown and repeated field names, a syntax or encoding
 * {@linkplain StatusDefect defect}). The rules then report from this state, and a record that
 * converts and draws no error becomes an {@link Umsetzungsstand} ({@link #toUmsetzungsstand()}).
 *
 * <p>Besides data records a row can stand for the frame of a status document (its header, or what
 * follows the rows): {@link #beginDocument} marks it, and it never counts as a record.
 *
 * <p><b>Reused</b>: a reader fills one instance record after record ({@link #beginRecord} clears
 * it), so that checking costs no object per row. A rule must not keep the row or its accessors'
 * results across calls beyond the values themselves, which are immutable. Mutable and not
 * thread-safe.
 */
public final class StatusRow {

    /** The state of one field of the current record. */
    public enum FieldState {
        /** Not given (in CSV: the column is missing or the cell is blank). */
        ABSENT,
        /** Given and converted. */
        VALUE,
        /** JSON {@code null} for an optional field: treated as absent. */
        NULL,
        /** Given with the wrong JSON type, such as a number for a key. */
        WRONG_TYPE,
        /** Given as text that does not convert. */
        INVALID
    }

    /** The JSON type of a value, for messages about wrong types and non-object rows. */
    public enum ValueType {
        /** A JSON string. */
        STRING,
        /** A JSON number. */
        NUMBER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** {@code null}. */
        NULL,
        /** A JSON object. */
        OBJECT,
        /** A JSON array. */
        ARRAY
    }

    /** How many unknown field names of one record are kept for the findings and for duplicate detection. */
    static final int MAX_UNKNOWN = 16;

    private static final StatusField[] FIELDS = StatusField.values();
    private static final Flaechendeckung[] KLASSEN = Flaechendeckung.values();
    private static final char[][] KLASSEN_CODES = codes();
    private static final int REQUIRED = StatusField.SCHLUESSEL.bit() | StatusField.ARS.bit()
            | StatusField.STICHTAG.bit() | StatusField.ONLINE.bit();

    private final boolean csv;
    private final String[] names = new String[FIELDS.length];
    private final Zeichenfolge zeichen = new Zeichenfolge();
    private char[] kopie = new char[32];
    private final Datumscache daten;
    private final Kennungscache<Leistungsschluessel> schluesselCache;
    private final Kennungscache<Ars> arsCache;
    private final Kennungscache<OzgId> ozgIdCache;
    private int letzteKlasse;
    private String letzterLandText;
    private Bundesland letztesLand;
    private LocalDate vorgabeStichtag;

    // ---- the current record ----
    private boolean datensatz;
    private long zeile;
    private String pointer;
    /** Per field a bit: given in any form. */
    private int gesehen;
    /** Given as JSON null (optional fields only). */
    private int nullBits;
    /** Given, but not converted: invalid text or wrong type. */
    private int fehlerhaft;
    /** Given with the wrong JSON type. */
    private int falscherTyp;
    private int doppelt;
    private int probleme;
    private final String[] roh = new String[FIELDS.length];
    private final ValueType[] typen = new ValueType[FIELDS.length];
    private final String[] unbekannt = new String[MAX_UNKNOWN];
    private int anzahlUnbekannt;
    private long weitereUnbekannt;
    /** Repeated fields that are no StatusField, as JSON Pointers relative to the record. */
    private final String[] doppelteZeiger = new String[MAX_UNKNOWN];
    private int anzahlDoppelteZeiger;
    private long weitereDoppelte;
    private StatusDefect defect;
    private Befund tabellenbefund;
    private boolean verworfen;
    private long defectZahl;
    private String defectDetail;
    private String defectDetailDe;
    private boolean defectBeendet;

    private Leistungsschluessel schluessel;
    private Ars ars;
    private LocalDate stichtag;
    private boolean online;
    private boolean aktiv;
    private Reifegrad reifegrad;
    private String url;
    private Flaechendeckung klasse;
    private OzgId ozgId;
    private Bundesland bundesland;

    private StatusRow(boolean csv, boolean teilen) {
        this.csv = csv;
        this.daten = new Datumscache(csv);
        this.schluesselCache = new Kennungscache<>(teilen ? 4096 : 0, Leistungsschluessel::isValid,
                Leistungsschluessel::parse);
        this.arsCache = new Kennungscache<>(teilen ? 8192 : 0, Ars::isValid, Ars::parse);
        this.ozgIdCache = new Kennungscache<>(teilen ? 1024 : 0, OzgId::isValid, OzgId::parse);
    }

    /**
     * A row for JSON input: fields are named and located by their JSON names. Identifiers are shared
     * per distinct text (a few hundred kilobytes of caches once filled), which pays from a few
     * hundred rows on.
     *
     * @return a fresh row
     */
    public static StatusRow forJson() {
        StatusRow r = new StatusRow(false, true);
        System.arraycopy(jsonNames(), 0, r.names, 0, r.names.length);
        return r;
    }

    /**
     * A row for one JSON value read on its own: no caches.
     *
     * @return a fresh row
     */
    public static StatusRow forSingleJson() {
        StatusRow r = new StatusRow(false, false);
        System.arraycopy(jsonNames(), 0, r.names, 0, r.names.length);
        return r;
    }

    private static String[] jsonNames() {
        String[] n = new String[FIELDS.length];
        for (StatusField f : FIELDS) {
            n[f.ordinal()] = f.jsonName() == null ? f.csvName() : f.jsonName();
        }
        return n;
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
    public static StatusRow forCsv(Map<StatusField, String> spalten) {
        StatusRow r = new StatusRow(true, true);
        Objects.requireNonNull(spalten, "spalten").forEach((f, name) -> r.names[f.ordinal()] = name);
        return r;
    }

    /**
     * Sets the Stichtag of records that give none, as a status document's header does.
     *
     * @param stichtag the Stichtag, or null to require one in every record
     */
    public void setDefaultStichtag(LocalDate stichtag) {
        this.vorgabeStichtag = stichtag;
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
        gesehen = 0;
        nullBits = 0;
        fehlerhaft = 0;
        falscherTyp = 0;
        doppelt = 0;
        probleme = 0;
        anzahlUnbekannt = 0;
        weitereUnbekannt = 0;
        anzahlDoppelteZeiger = 0;
        weitereDoppelte = 0;
        defect = null;
        tabellenbefund = null;
        verworfen = false;
        aktiv = true;
        online = false;
        stichtag = vorgabeStichtag;
    }

    /**
     * Whether the field was already set in this record (a second occurrence is a duplicate).
     *
     * @param field the field
     * @return true once set, in any state
     */
    public boolean isSet(StatusField field) {
        return (gesehen & field.bit()) != 0;
    }

    /**
     * Sets a field from text: a JSON string, or a CSV cell. A second occurrence is recorded as a
     * duplicate and otherwise ignored.
     *
     * @param field the field
     * @param text  the text, not null
     */
    public void setText(StatusField field, CharSequence text) {
        int n = text.length();
        if (kopie.length < n) {
            kopie = new char[Math.max(n, kopie.length * 2)];
        }
        for (int i = 0; i < n; i++) {
            kopie[i] = text.charAt(i);
        }
        setText(field, kopie, 0, n);
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
        Zeichenfolge z = zeichen.set(chars, offset, length);
        // a blank CSV cell is an absent field; a CSV record has one cell per field, so no duplicate is lost
        if (csv && istLeer(z) || !markiere(field.bit())) {
            return;
        }
        switch (field) {
            case SCHLUESSEL:
                schluessel = schluesselCache.get(z);
                gelesen(field, schluessel != null, z);
                break;
            case ARS:
                ars = arsCache.get(z);
                gelesen(field, ars != null, z);
                break;
            case OZG_ID:
                ozgId = ozgIdCache.get(z);
                gelesen(field, ozgId != null, z);
                break;
            case STICHTAG:
                stichtag = daten.get(z);
                gelesen(field, stichtag != null, z);
                break;
            case ONLINE:
                online = gleich(z, "ok");
                gelesen(field, online || gleich(z, "nicht ok"), z);
                break;
            case AKTIV:
                aktiv = !gleich(z, "nein") && !gleich(z, "false");
                gelesen(field, !aktiv || gleich(z, "ja") || gleich(z, "true"), z);
                break;
            case REIFEGRAD:
                reifegrad = reifegrad(z);
                gelesen(field, reifegrad != null, z);
                break;
            case URL:
                url = z.toString();
                gelesen(field, true, z);
                break;
            case FLAECHENDECKUNG:
                klasse = klasse(z);
                gelesen(field, klasse != null, z);
                break;
            default:
                bundesland = land(z);
                gelesen(field, true, z);
                break;
        }
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
        if (!markiere(field.bit())) {
            return;
        }
        if (field == StatusField.ONLINE) {
            online = value;
        } else {
            aktiv = value;
        }
    }

    /**
     * Sets a field to JSON {@code null}: absent for an optional field, a wrong type for a required one.
     *
     * @param field the field
     */
    public void setNull(StatusField field) {
        if (field.isRequired()) {
            setWrongType(field, ValueType.NULL, null);
        } else if (markiere(field.bit())) {
            nullBits |= field.bit();
        }
    }

    /**
     * Records a value of the wrong JSON type, such as a number where a key belongs.
     *
     * @param field the field
     * @param type  the type found
     * @param text  the value's text for scalars, null for objects and arrays
     */
    public void setWrongType(StatusField field, ValueType type, String text) {
        int bit = field.bit();
        if (!markiere(bit)) {
            return;
        }
        int i = field.ordinal();
        typen[i] = Objects.requireNonNull(type, "type");
        roh[i] = text;
        fehlerhaft |= bit;
        falscherTyp |= bit;
        probleme |= StatusRules.P_TYP;
    }

    /**
     * Records a field name the format does not know; a name given twice is also a duplicate.
     *
     * @param name the name as given
     */
    public void addUnknownField(String name) {
        Objects.requireNonNull(name, "name");
        probleme |= StatusRules.P_UNBEKANNT;
        for (int i = 0; i < anzahlUnbekannt; i++) {
            if (unbekannt[i].equals(name)) {
                addDuplicateField(name);
                return;
            }
        }
        if (anzahlUnbekannt < MAX_UNKNOWN) {
            unbekannt[anzahlUnbekannt++] = name;
        } else {
            weitereUnbekannt++;
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
        if (anzahlDoppelteZeiger < MAX_UNKNOWN) {
            doppelteZeiger[anzahlDoppelteZeiger++] = pointer;
        } else {
            weitereDoppelte++;
        }
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
        this.defect = Objects.requireNonNull(defect, "defect");
        this.defectZahl = zahl;
        this.defectDetail = detail;
        this.defectDetailDe = detailDe;
        this.defectBeendet = beendet;
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

    /**
     * The finding of the CSV table reader about this record or file.
     *
     * @return the finding, or empty
     */
    public Optional<Befund> tableFinding() {
        return Optional.ofNullable(tabellenbefund);
    }

    private boolean markiere(int bit) {
        if ((gesehen & bit) != 0) {
            doppelt |= bit;
            probleme |= StatusRules.P_DOPPELT;
            return false;
        }
        gesehen |= bit;
        return true;
    }

    private void gelesen(StatusField field, boolean gut, Zeichenfolge z) {
        if (!gut) {
            roh[field.ordinal()] = z.toString();
            fehlerhaft |= field.bit();
            probleme |= StatusRules.wertProblem(field);
        }
    }

    /** Completes the record's state: missing fields, the Land against the ARS. Called by the check. */
    void abschliessen() {
        if (!datensatz || defect != null || verworfen) {
            return;
        }
        if ((REQUIRED & ~vorhanden()) != 0) {
            probleme |= StatusRules.P_FEHLT;
        }
        if (bundesland != null && hat(StatusField.BUNDESLAND) && hat(StatusField.ARS)
                && ars.land().isPresent() && ars.land().get() != bundesland) {
            probleme |= StatusRules.P_BUNDESLAND;
        }
    }

    /**
     * The fields given with a value, a wrong type or an invalid text (not: absent, blank or null),
     * and the Stichtag when the document gives one and the record does not.
     */
    private int vorhanden() {
        return gesehen & ~nullBits | vorgabe();
    }

    private int vorgabe() {
        return vorgabeStichtag != null && (gesehen & StatusField.STICHTAG.bit()) == 0 ? StatusField.STICHTAG.bit() : 0;
    }

    /** The fields with a converted value, the document's Stichtag included. */
    private int werte() {
        return gesehen & ~nullBits & ~fehlerhaft | vorgabe();
    }

    private boolean hat(StatusField f) {
        return (werte() & f.bit()) != 0;
    }

    // ---- conversions ---------------------------------------------------------------------------

    private static boolean istLeer(Zeichenfolge z) {
        for (int i = 0; i < z.length(); i++) {
            if (!Character.isWhitespace(z.charAt(i)) && z.charAt(i) != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    /** Whether the text is {@code wort} ignoring case and surrounding blanks (CSV tokens). */
    private static boolean gleich(Zeichenfolge z, String wort) {
        int von = 0;
        int bis = z.length();
        while (von < bis && z.charAt(von) == ' ') {
            von++;
        }
        while (bis > von && z.charAt(bis - 1) == ' ') {
            bis--;
        }
        if (bis - von != wort.length()) {
            return false;
        }
        for (int i = 0; i < wort.length(); i++) {
            if (Character.toLowerCase(z.charAt(von + i)) != wort.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static Reifegrad reifegrad(Zeichenfolge z) {
        if (z.length() == 4 && z.charAt(0) == 'V' && z.charAt(2) == ':') {
            int modell = z.charAt(1) - '0';
            int stufe = z.charAt(3) - '0';
            if (modell == 1 && stufe >= 0 && stufe <= 4 || modell == 2 && stufe >= 0 && stufe <= 7) {
                return Reifegrad.of(modell == 1 ? de.ozg.core.ref.ReifegradModell.V1
                        : de.ozg.core.ref.ReifegradModell.V2, stufe);
            }
        }
        try {
            return Reifegrad.parse(z.toString());
        } catch (de.ozg.core.OzgException e) {
            return null;
        }
    }

    private Flaechendeckung klasse(Zeichenfolge z) {
        // rows of one Ebene follow each other, so the last class usually matches at once
        if (z.contentEquals(KLASSEN_CODES[letzteKlasse])) {
            return KLASSEN[letzteKlasse];
        }
        for (int i = 0; i < KLASSEN.length; i++) {
            if (z.contentEquals(KLASSEN_CODES[i])) {
                letzteKlasse = i;
                return KLASSEN[i];
            }
        }
        return Flaechendeckung.find(z.toString()).orElse(null);
    }

    private Bundesland land(Zeichenfolge z) {
        if (letzterLandText != null && z.contentEquals(letzterLandText)) {
            return letztesLand;
        }
        letzterLandText = z.toString();
        letztesLand = Bundesland.find(letzterLandText).orElse(null);
        return letztesLand;
    }

    private static char[][] codes() {
        char[][] codes = new char[KLASSEN.length][];
        for (int i = 0; i < KLASSEN.length; i++) {
            codes[i] = KLASSEN[i].code().toCharArray();
        }
        return codes;
    }

    // ---- reading, for rules ----------------------------------------------------------------

    /** The problems of the record as bits of {@link StatusRules}; 0 when no built-in rule has anything to say. */
    int probleme() {
        return probleme;
    }

    /**
     * Whether this is a data record, not a document's frame.
     *
     * @return true for a record
     */
    public boolean isDatensatz() {
        return datensatz;
    }

    /**
     * The physical line where the record begins.
     *
     * @return the 1-based line, 0 when unknown
     */
    public long zeile() {
        return zeile;
    }

    /**
     * Where the record is: its line, and its JSON Pointer for a row of a JSON array.
     *
     * @return the location
     */
    public Fundstelle fundstelle() {
        Fundstelle f = zeile > 0 ? Fundstelle.zeile(zeile) : Fundstelle.unbekannt();
        return pointer == null || pointer.isEmpty() && datensatz ? f : f.withPointer(pointer);
    }

    /**
     * Where a field of the record is: the line with the JSON Pointer of the field, or with the CSV
     * column.
     *
     * @param field the field
     * @return the location
     */
    public Fundstelle fundstelle(StatusField field) {
        return feldstelle(names[field.ordinal()]);
    }

    /** The location of a field by name as given (also for unknown names). */
    Fundstelle feldstelle(String name) {
        Fundstelle f = zeile > 0 ? Fundstelle.zeile(zeile) : Fundstelle.unbekannt();
        if (pointer == null) {
            return name == null || name.isBlank() ? f : f.withSpalte(name);
        }
        return f.withPointer(pointer + "/" + Fundstelle.escapePointerSegment(name));
    }

    /**
     * The name of a field as the input spells it: the JSON name, or the CSV header's column name.
     *
     * @param field the field
     * @return the name, or null for a CSV column the file does not have
     */
    public String name(StatusField field) {
        return names[field.ordinal()];
    }

    /**
     * Whether the record comes from a CSV file.
     *
     * @return true for CSV, false for JSON
     */
    public boolean isCsv() {
        return csv;
    }

    /**
     * The state of a field in this record.
     *
     * @param field the field
     * @return the state
     */
    public FieldState state(StatusField field) {
        int bit = field.bit();
        if ((gesehen & bit) == 0) {
            return (vorgabe() & bit) != 0 ? FieldState.VALUE : FieldState.ABSENT;
        }
        if ((nullBits & bit) != 0) {
            return FieldState.NULL;
        }
        if ((falscherTyp & bit) != 0) {
            return FieldState.WRONG_TYPE;
        }
        return (fehlerhaft & bit) != 0 ? FieldState.INVALID : FieldState.VALUE;
    }

    /**
     * The text of a field that did not convert, or of a scalar of the wrong type, exactly as given.
     *
     * @param field the field
     * @return the text, or empty
     */
    public Optional<String> text(StatusField field) {
        FieldState s = state(field);
        return s == FieldState.INVALID || s == FieldState.WRONG_TYPE ? Optional.ofNullable(roh[field.ordinal()])
                : Optional.empty();
    }

    /**
     * The JSON type found for a field in state {@link FieldState#WRONG_TYPE}.
     *
     * @param field the field
     * @return the type, or empty
     */
    public Optional<ValueType> wrongType(StatusField field) {
        return state(field) == FieldState.WRONG_TYPE ? Optional.of(typen[field.ordinal()]) : Optional.empty();
    }

    /**
     * Whether a field occurs more than once in the record.
     *
     * @param field the field
     * @return true for a repeated field
     */
    public boolean isDuplicate(StatusField field) {
        return (doppelt & field.bit()) != 0;
    }

    /**
     * The repeated fields that are not {@link StatusField}s (unknown fields, header fields, fields
     * nested in their values), as JSON Pointers relative to the record.
     *
     * @return up to {@value #MAX_UNKNOWN} pointers, in order
     */
    public List<String> duplicatePointers() {
        return List.of(Arrays.copyOf(doppelteZeiger, anzahlDoppelteZeiger));
    }

    /**
     * How many repeated fields there were beyond {@link #duplicatePointers()}.
     *
     * @return the count of repetitions not kept
     */
    public long furtherDuplicates() {
        return weitereDoppelte;
    }

    /** The location of a field given by its pointer relative to the record. */
    Fundstelle zeigerstelle(String relativ) {
        Fundstelle f = zeile > 0 ? Fundstelle.zeile(zeile) : Fundstelle.unbekannt();
        return f.withPointer((pointer == null ? "" : pointer) + relativ);
    }

    /**
     * The field names the format does not know, as given.
     *
     * @return up to {@value #MAX_UNKNOWN} names, in order
     */
    public List<String> unknownFields() {
        return List.of(Arrays.copyOf(unbekannt, anzahlUnbekannt));
    }

    /**
     * How many unknown field names there were beyond {@link #unknownFields()}.
     *
     * @return the count of names not kept
     */
    public long furtherUnknownFields() {
        return weitereUnbekannt;
    }

    /**
     * The required fields the record lacks (not given, blank, or {@code null} where allowed).
     *
     * @return the fields, in order
     */
    public List<StatusField> missingFields() {
        List<StatusField> fehlend = new ArrayList<>(2);
        if (!datensatz || defect != null || verworfen) {
            return fehlend;
        }
        int v = vorhanden();
        for (StatusField f : FIELDS) {
            if (f.isRequired() && (v & f.bit()) == 0) {
                fehlend.add(f);
            }
        }
        return fehlend;
    }

    /**
     * What a reader found wrong with the bytes of the record or document.
     *
     * @return the defect, or empty
     */
    public Optional<StatusDefect> defect() {
        return Optional.ofNullable(defect);
    }

    /** The bundesland cell of the current record as given (only read when it named a Land). */
    String landText() {
        return letzterLandText;
    }

    long defectZahl() {
        return defectZahl;
    }

    String defectDetail() {
        return defectDetail;
    }

    String defectDetailDe() {
        return defectDetailDe;
    }

    boolean isDefectBeendet() {
        return defectBeendet;
    }

    /** @return the LeiKa key, when it converted */
    public Optional<Leistungsschluessel> schluessel() {
        return Optional.ofNullable(hat(StatusField.SCHLUESSEL) ? schluessel : null);
    }

    /** @return the ARS, when it converted */
    public Optional<Ars> ars() {
        return Optional.ofNullable(hat(StatusField.ARS) ? ars : null);
    }

    /** @return the Stichtag, when it converted or the document gave one */
    public Optional<LocalDate> stichtag() {
        return Optional.ofNullable(hat(StatusField.STICHTAG) ? stichtag : null);
    }

    /** @return whether the row reports the service online (false unless given as such) */
    public boolean isOnline() {
        return hat(StatusField.ONLINE) && online;
    }

    /** @return whether the row is active (true unless given otherwise) */
    public boolean isAktiv() {
        return !hat(StatusField.AKTIV) || aktiv;
    }

    /** @return the Reifegrad, when given and known */
    public Optional<Reifegrad> reifegrad() {
        return Optional.ofNullable(hat(StatusField.REIFEGRAD) ? reifegrad : null);
    }

    /** @return the URL, when given */
    public Optional<String> url() {
        return Optional.ofNullable(hat(StatusField.URL) ? url : null);
    }

    /** @return the Flächendeckung class, when given and known */
    public Optional<Flaechendeckung> flaechendeckung() {
        return Optional.ofNullable(hat(StatusField.FLAECHENDECKUNG) ? klasse : null);
    }

    /** @return the OZG-ID, when it converted */
    public Optional<OzgId> ozgId() {
        return Optional.ofNullable(hat(StatusField.OZG_ID) ? ozgId : null);
    }

    /** @return the Land named by the CSV's bundesland column, when it names one */
    public Optional<Bundesland> bundesland() {
        return Optional.ofNullable(hat(StatusField.BUNDESLAND) ? bundesland : null);
    }

    /**
     * Whether the record can become an {@link Umsetzungsstand}: a data record without defect whose
     * required fields are present and whose fields all converted. Whether it does also depends on
     * the rules (an error finding rejects it).
     *
     * @return true when convertible
     */
    public boolean isConvertible() {
        return datensatz && defect == null && !verworfen && fehlerhaft == 0 && (REQUIRED & ~vorhanden()) == 0;
    }

    /**
     * The record as a status row.
     *
     * @return the row
     * @throws IllegalStateException unless {@link #isConvertible()}
     */
    public Umsetzungsstand toUmsetzungsstand() {
        if (!isConvertible()) {
            throw new IllegalStateException("the record is not convertible: " + this);
        }
        int w = werte();
        return Umsetzungsstand.builder().schluessel(schluessel).ars(ars).stichtag(stichtag).online(online)
                .aktiv((w & StatusField.AKTIV.bit()) == 0 || aktiv)
                .reifegrad((w & StatusField.REIFEGRAD.bit()) == 0 ? null : reifegrad)
                .url((w & StatusField.URL.bit()) == 0 ? null : url)
                .flaechendeckung((w & StatusField.FLAECHENDECKUNG.bit()) == 0 ? null : klasse)
                .ozgId((w & StatusField.OZG_ID.bit()) == 0 ? null : ozgId).build();
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
        if (defect != null) {
            sb.append(", ").append(defect);
        }
        for (StatusField f : FIELDS) {
            if ((gesehen & f.bit()) != 0) {
                sb.append(", ").append(f.name().toLowerCase(java.util.Locale.ROOT)).append('=')
                        .append(state(f) == FieldState.VALUE ? "ok" : state(f).name());
            }
        }
        return sb.append(']').toString();
    }
}
