package de.ozg.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.status.StatusCheck;
import de.ozg.core.validation.status.StatusField;
import de.ozg.core.validation.status.JsonType;
import de.ozg.core.validation.status.MutableStatusRow;
import de.ozg.core.validation.status.StatusRow;
import de.ozg.core.validation.status.StatusRules;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of one status row ({@link Umsetzungsstand}), read straight from the token stream
 * into a {@link StatusRow}, which converts each value as it comes and on which the
 * {@link StatusRules} then run.
 *
 * <p>This is the hot path of the streaming readers, so it allocates nothing per row: the writer's
 * field order is predicted (a match is a byte comparison, no symbol-table lookup), string values are
 * handed over as the parser's character buffer, and identifiers, dates, Reifegrad and
 * Flächendeckung resolve to shared instances inside the row. This class only knows the JSON types;
 * every check of content is a rule. Not thread-safe: one per reader.
 */
final class Zeilenformat {

    static final String SCHLUESSEL = "schluessel";
    static final String ARS = "ars";
    static final String STICHTAG = "stichtag";
    static final String ONLINE = "online";
    static final String AKTIV = "aktiv";
    static final String REIFEGRAD = "reifegrad";
    static final String URL = "url";
    static final String FLAECHENDECKUNG = "flaechendeckung";
    static final String OZG_ID = "ozgId";

    /** The fields in the writer's order: field {@code i} of {@link #NAMEN} is {@code FELDER[i]}. */
    static final StatusField[] FELDER = {StatusField.SCHLUESSEL, StatusField.ARS, StatusField.STICHTAG,
        StatusField.ONLINE, StatusField.AKTIV, StatusField.REIFEGRAD, StatusField.URL, StatusField.FLAECHENDECKUNG,
        StatusField.OZG_ID};
    private static final SerializedString[] NAMEN = {new SerializedString(SCHLUESSEL), new SerializedString(ARS),
        new SerializedString(STICHTAG), new SerializedString(ONLINE), new SerializedString(AKTIV),
        new SerializedString(REIFEGRAD), new SerializedString(URL), new SerializedString(FLAECHENDECKUNG),
        new SerializedString(OZG_ID)};

    /** Receives the problems of a single row read by {@link #lese(JsonParser, Meldung)}. */
    interface Meldung {
        void report(String regelId, JsonViolation art, String feld, String wert, String meldungDe, String meldungEn);
    }

    private final boolean unbekannteIgnorieren;
    private MutableStatusRow einzeln;

    /** For the readers: unknown fields are recorded on the row, for the rules to judge. */
    Zeilenformat() {
        this(false);
    }

    /**
     * For a single row read by the Jackson binding.
     *
     * @param unbekannteIgnorieren whether unknown fields are skipped without a trace
     */
    Zeilenformat(boolean unbekannteIgnorieren) {
        this.unbekannteIgnorieren = unbekannteIgnorieren;
    }

    /**
     * Reads the fields of one row object into {@code row}, which the caller has begun; the parser
     * stands on the object's {@code START_OBJECT} and is left on the matching {@code END_OBJECT}.
     * Only JSON syntax errors throw; everything else is recorded on the row.
     */
    void lese(JsonParser p, MutableStatusRow row) throws IOException {
        int erwartet = 0;
        while (true) {
            String name = null;
            int index;
            if (erwartet < NAMEN.length && p.nextFieldName(NAMEN[erwartet])) {
                index = erwartet;
            } else if (erwartet < NAMEN.length && p.currentToken() != JsonToken.FIELD_NAME) {
                break;
            } else {
                name = erwartet < NAMEN.length ? p.currentName() : p.nextFieldName();
                if (name == null) {
                    break;
                }
                index = index(name);
            }
            JsonToken t = p.nextToken();
            if (index < 0) {
                if (unbekannteIgnorieren) {
                    p.skipChildren();
                } else {
                    row.addUnknownField(name);
                    Verschachtelung.ueberspringe(p, "/" + Fundstelle.escapePointerSegment(name), row);
                }
                continue;
            }
            erwartet = index + 1;
            StatusField f = FELDER[index];
            switch (t) {
                case VALUE_STRING:
                    if (f == StatusField.ONLINE || f == StatusField.AKTIV) {
                        row.setWrongType(f, JsonType.STRING, p.getText());
                    } else {
                        row.setText(f, p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                    }
                    break;
                case VALUE_TRUE:
                case VALUE_FALSE:
                    if (f == StatusField.ONLINE || f == StatusField.AKTIV) {
                        row.setBoolean(f, t == JsonToken.VALUE_TRUE);
                    } else {
                        row.setWrongType(f, JsonType.BOOLEAN, p.getText());
                    }
                    break;
                case VALUE_NULL:
                    row.setNull(f);
                    break;
                case START_OBJECT:
                    row.setWrongType(f, JsonType.OBJECT, null);
                    Verschachtelung.ueberspringe(p, "/" + f.jsonName(), row);
                    break;
                case START_ARRAY:
                    row.setWrongType(f, JsonType.ARRAY, null);
                    Verschachtelung.ueberspringe(p, "/" + f.jsonName(), row);
                    break;
                default:
                    row.setWrongType(f, JsonType.NUMBER, p.getText());
                    break;
            }
        }
    }

    /** The index of a known field name in {@link #NAMEN}, or -1. */
    private static int index(String name) {
        // Jackson hands out interned field names, so the known ones are recognised by identity; the
        // switch is only for names that are not interned
        for (int i = 0; i < NAMEN.length; i++) {
            if (name == NAMEN[i].getValue()) {
                return i;
            }
        }
        switch (name) {
            case SCHLUESSEL: return 0;
            case ARS: return 1;
            case STICHTAG: return 2;
            case ONLINE: return 3;
            case AKTIV: return 4;
            case REIFEGRAD: return 5;
            case URL: return 6;
            case FLAECHENDECKUNG: return 7;
            case OZG_ID: return 8;
            default: return -1;
        }
    }

    /**
     * Reads one row on its own, for the Jackson binding: the parser stands on its
     * {@code START_OBJECT} and is left on the matching {@code END_OBJECT}; every problem goes to
     * {@code m}.
     *
     * @return the row, or null when a problem was reported
     */
    Umsetzungsstand lese(JsonParser p, Meldung m) throws IOException {
        if (einzeln == null) {
            einzeln = MutableStatusRow.forSingleJson();
        }
        einzeln.beginRecord(0, "");
        lese(p, einzeln);
        List<Befund> befunde = new ArrayList<>(2);
        if (StatusCheck.start(StatusRules.standard(), befunde::add).check(einzeln)) {
            return einzeln.toUmsetzungsstand();
        }
        for (Befund b : befunde) {
            List<String> pfad = Fundstelle.pointerSegments(b.fundstelle().pointer().orElse(""));
            m.report(b.regelId(), art(b.regelId()), pfad.isEmpty() ? "" : pfad.get(pfad.size() - 1),
                    b.wert().orElse(null), b.meldungDe(), b.meldungEn());
        }
        return null;
    }

    private static JsonViolation art(String regelId) {
        switch (regelId) {
            case StatusRules.FELD_UNBEKANNT: return JsonViolation.UNKNOWN_FIELD;
            case StatusRules.FELD_DOPPELT: return JsonViolation.DUPLICATE_FIELD;
            case StatusRules.FELD_TYP: return JsonViolation.WRONG_TYPE;
            case StatusRules.FELD_FEHLT: return JsonViolation.MISSING_FIELD;
            default: return JsonViolation.INVALID_VALUE;
        }
    }

    /**
     * Writes one row; the Stichtag is left out when it equals {@code vorgabe} (the document's).
     */
    static void schreibe(JsonGenerator g, Umsetzungsstand s, LocalDate vorgabe) throws IOException {
        g.writeStartObject();
        g.writeStringField(SCHLUESSEL, s.schluessel().toString());
        g.writeStringField(ARS, s.ars().toString());
        if (!s.stichtag().equals(vorgabe)) {
            g.writeStringField(STICHTAG, s.stichtag().toString());
        }
        g.writeBooleanField(ONLINE, s.isOnline());
        g.writeBooleanField(AKTIV, s.isAktiv());
        Reifegrad r = s.reifegradOrNull();
        if (r != null) {
            g.writeStringField(REIFEGRAD, r.toString());
        }
        if (s.url().isPresent()) {
            g.writeStringField(URL, s.url().get());
        }
        if (s.flaechendeckung().isPresent()) {
            g.writeStringField(FLAECHENDECKUNG, s.flaechendeckung().get().code());
        }
        if (s.ozgId().isPresent()) {
            g.writeStringField(OZG_ID, s.ozgId().get().toString());
        }
        g.writeEndObject();
    }
}
