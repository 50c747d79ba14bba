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
import java.util.Optional;

/**
 * One record of a status input as a reader decoded it, the one row type the {@link StatusRules}
 * see, whether it came from JSON Lines, a JSON array or the dashboard's CSV export. Every field is
 * there as a converted value, as absent, or as the text that did not convert, together with what
 * the reader saw beyond the fields (unknown and repeated field names, a syntax or encoding
 * {@linkplain StatusDefect defect}). The rules report from this state, and a record that converts
 * and draws no error becomes an {@link Umsetzungsstand} ({@link #toUmsetzungsstand()}).
 *
 * <p>Besides data records a row can stand for the frame of a status document (its header, or what
 * follows the rows); such a row is not {@linkplain #isDatensatz() a record}.
 *
 * <p>A read-only view: readers fill a {@link MutableStatusRow}, rules only read. The row is
 * <b>reused</b> from record to record, so a rule must not keep it, or anything but the immutable
 * values its accessors return, across calls. Sealed because the built-in rules read state that
 * only the reader's row carries.
 */
public sealed interface StatusRow permits MutableStatusRow {

    /** @return the CSV table reader's finding about this record or file, or empty */
    Optional<Befund> tableFinding();

    /** @return whether this is a data record, not a document's frame */
    boolean isDatensatz();

    /** @return the physical line where the record begins, 1-based; 0 when unknown */
    long line();

    /** @return where the record is: its line, and its JSON Pointer for a row of a JSON array */
    Fundstelle fundstelle();

    /**
     * Where a field of the record is: the line with the JSON Pointer of the field, or with the CSV
     * column.
     *
     * @param field the field
     * @return the location
     */
    Fundstelle fundstelle(StatusField field);

    /**
     * The name of a field as the input spells it: the JSON name, or the CSV header's column name.
     *
     * @param field the field
     * @return the name, or null for a CSV column the file does not have
     */
    String name(StatusField field);

    /** @return whether the record comes from a CSV file (else from JSON) */
    boolean isCsv();

    /**
     * The state of a field in this record.
     *
     * @param field the field
     * @return the state
     */
    FieldState state(StatusField field);

    /**
     * The text of a field that did not convert, or of a scalar of the wrong type, exactly as given.
     *
     * @param field the field
     * @return the text, or empty
     */
    Optional<String> text(StatusField field);

    /**
     * The JSON type found for a field in state {@link FieldState#WRONG_TYPE}.
     *
     * @param field the field
     * @return the type, or empty
     */
    Optional<JsonType> wrongType(StatusField field);

    /**
     * Whether a field occurs more than once in the record.
     *
     * @param field the field
     * @return true for a repeated field
     */
    boolean isDuplicate(StatusField field);

    /**
     * The repeated fields that are not {@link StatusField}s (unknown fields, header fields, fields
     * nested in their values), as JSON Pointers relative to the record.
     *
     * @return up to 16 pointers, in order
     */
    List<String> duplicatePointers();

    /**
     * How many repeated fields there were beyond {@link #duplicatePointers()}.
     *
     * @return the count of repetitions not kept
     */
    long furtherDuplicates();

    /** @return the field names the format does not know, as given: up to 16, in order */
    List<String> unknownFields();

    /** @return how many unknown field names there were beyond {@link #unknownFields()} */
    long furtherUnknownFields();

    /**
     * The required fields the record lacks (not given, blank, or {@code null} where allowed).
     *
     * @return the fields, in order
     */
    List<StatusField> missingFields();

    /** @return what a reader found wrong with the bytes of the record or document, or empty */
    Optional<StatusDefect> defect();

    /** @return the LeiKa key, when it converted */
    Optional<Leistungsschluessel> schluessel();

    /** @return the ARS, when it converted */
    Optional<Ars> ars();

    /** @return the Stichtag, when it converted or the document gave one */
    Optional<LocalDate> stichtag();

    /** @return whether the row reports the service online (false unless given as such) */
    boolean isOnline();

    /** @return whether the row is active (true unless given otherwise) */
    boolean isAktiv();

    /** @return the Reifegrad, when given and known */
    Optional<Reifegrad> reifegrad();

    /** @return the URL, when given */
    Optional<String> url();

    /** @return the Flächendeckung class, when given and known */
    Optional<Flaechendeckung> flaechendeckung();

    /** @return the OZG-ID, when it converted */
    Optional<OzgId> ozgId();

    /** @return the Land named by the CSV's bundesland column, when it names one */
    Optional<Bundesland> bundesland();

    /**
     * Whether the record can become an {@link Umsetzungsstand}: a data record without defect whose
     * required fields are present and whose fields all converted. Whether it does also depends on
     * the rules (an error finding rejects it).
     *
     * @return true when convertible
     */
    boolean isConvertible();

    /**
     * The record as a status row.
     *
     * @return the row
     * @throws IllegalStateException unless {@link #isConvertible()}
     */
    Umsetzungsstand toUmsetzungsstand();
}
