package de.ozg.core.validation.status;

import de.ozg.core.id.Ars;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Flaechendeckung;
import de.ozg.core.ref.Reifegrad;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of the record a {@link MutableStatusRow} holds: per field a bit for each state, the converted
 * values, the text of what did not convert. Every setter converts at once and returns the problem
 * bits of {@link StatusRules} it found, so that a record without problems needs no rule. Not
 * thread-safe; reused record after record.
 */
final class Feldwerte {

    static final int REQUIRED = StatusField.SCHLUESSEL.bit() | StatusField.ARS.bit() | StatusField.STICHTAG.bit()
            | StatusField.ONLINE.bit();
    private static final StatusField[] FIELDS = StatusField.values();

    private final boolean csv;
    private final Felddekoder dekoder;
    private LocalDate vorgabeStichtag;

    /** Per field a bit: given in any form. */
    private int gesehen;
    /** Given as JSON null (optional fields only). */
    private int nullBits;
    /** Given, but not converted: invalid text or wrong type. */
    private int fehlerhaft;
    /** Given with the wrong JSON type. */
    private int falscherTyp;
    /** Given more than once. */
    private int doppelt;
    private final String[] roh = new String[FIELDS.length];
    private final JsonType[] typen = new JsonType[FIELDS.length];

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
    private final Umsetzungsstand.Builder bauer = Umsetzungsstand.builder();

    Feldwerte(boolean csv, boolean teilen) {
        this.csv = csv;
        this.dekoder = new Felddekoder(csv, teilen);
    }

    Felddekoder dekoder() {
        return dekoder;
    }

    void vorgabeStichtag(LocalDate stichtag) {
        this.vorgabeStichtag = stichtag;
    }

    void leeren() {
        gesehen = 0;
        nullBits = 0;
        fehlerhaft = 0;
        falscherTyp = 0;
        doppelt = 0;
        aktiv = true;
        online = false;
        stichtag = vorgabeStichtag;
    }

    /** Sets a field from text; returns the problem bits. */
    int text(StatusField field, Zeichenfolge z) {
        // a blank CSV cell is an absent field; a CSV record has one cell per field, so no duplicate is lost
        if (csv && Felddekoder.istLeer(z)) {
            return 0;
        }
        if (!markiere(field.bit())) {
            return StatusRules.P_DOPPELT;
        }
        return wert(field, z);
    }

    /** Converts the text of a field marked as given; returns the problem bits. */
    private int wert(StatusField field, Zeichenfolge z) {
        boolean gut;
        switch (field) {
            case SCHLUESSEL:
                schluessel = dekoder.schluessel(z);
                gut = schluessel != null;
                break;
            case ARS:
                ars = dekoder.ars(z);
                gut = ars != null;
                break;
            case OZG_ID:
                ozgId = dekoder.ozgId(z);
                gut = ozgId != null;
                break;
            case STICHTAG:
                stichtag = dekoder.datum(z);
                gut = stichtag != null;
                break;
            case ONLINE:
                online = Felddekoder.gleich(z, "ok");
                gut = online || Felddekoder.gleich(z, "nicht ok");
                break;
            case AKTIV:
                aktiv = !Felddekoder.gleich(z, "nein") && !Felddekoder.gleich(z, "false");
                gut = !aktiv || Felddekoder.gleich(z, "ja") || Felddekoder.gleich(z, "true");
                break;
            case REIFEGRAD:
                reifegrad = Felddekoder.reifegrad(z);
                gut = reifegrad != null;
                break;
            case URL:
                url = z.toString();
                gut = true;
                break;
            case FLAECHENDECKUNG:
                klasse = dekoder.klasse(z);
                gut = klasse != null;
                break;
            default:
                bundesland = dekoder.land(z);
                gut = true;
                break;
        }
        if (gut) {
            return 0;
        }
        return ungueltig(field, z.toString());
    }

    /** Records the text of a field that did not convert; returns the problem bits. */
    private int ungueltig(StatusField field, String text) {
        roh[field.ordinal()] = text;
        fehlerhaft |= field.bit();
        return StatusRules.wertProblem(field);
    }

    /**
     * Sets a field from text given as single-byte characters (ISO-8859-1); returns the problem bits,
     * the same as {@link #text} of those characters. Identifiers, the Stichtag, the Reifegrad and
     * the Flächendeckung are converted from the bytes; characters are made only for a value that
     * does not convert (for its finding), for a URL (kept as text) and for the fields that are
     * seldom text (the CSV cells, yes/no fields given as strings, the Land).
     */
    int text(StatusField field, byte[] b, int off, int n) {
        if (csv) {
            return text(field, dekoder.zeichen(b, off, n));
        }
        if (!markiere(field.bit())) {
            return StatusRules.P_DOPPELT;
        }
        boolean gut;
        switch (field) {
            case SCHLUESSEL:
                schluessel = dekoder.schluessel(b, off, n);
                gut = schluessel != null;
                break;
            case ARS:
                ars = dekoder.ars(b, off, n);
                gut = ars != null;
                break;
            case OZG_ID:
                ozgId = dekoder.ozgId(b, off, n);
                gut = ozgId != null;
                break;
            case STICHTAG:
                stichtag = dekoder.datum(b, off, n);
                gut = stichtag != null;
                break;
            case REIFEGRAD:
                reifegrad = dekoder.reifegrad(b, off, n);
                gut = reifegrad != null;
                break;
            case URL:
                url = new String(b, off, n, StandardCharsets.ISO_8859_1);
                gut = true;
                break;
            case FLAECHENDECKUNG:
                klasse = dekoder.klasse(b, off, n);
                gut = klasse != null;
                break;
            default:
                return wert(field, dekoder.zeichen(b, off, n));
        }
        if (gut) {
            return 0;
        }
        return ungueltig(field, new String(b, off, n, StandardCharsets.ISO_8859_1));
    }

    /** Sets {@code online} or {@code aktiv}; returns the problem bits. */
    int bool(StatusField field, boolean value) {
        if (!markiere(field.bit())) {
            return StatusRules.P_DOPPELT;
        }
        if (field == StatusField.ONLINE) {
            online = value;
        } else {
            aktiv = value;
        }
        return 0;
    }

    /** Sets an optional field to null (absent); returns the problem bits. */
    int nul(StatusField field) {
        if (!markiere(field.bit())) {
            return StatusRules.P_DOPPELT;
        }
        nullBits |= field.bit();
        return 0;
    }

    /** Records a value of the wrong JSON type; returns the problem bits. */
    int falscherTyp(StatusField field, JsonType type, String text) {
        int bit = field.bit();
        if (!markiere(bit)) {
            return StatusRules.P_DOPPELT;
        }
        typen[field.ordinal()] = type;
        roh[field.ordinal()] = text;
        fehlerhaft |= bit;
        falscherTyp |= bit;
        return StatusRules.P_TYP;
    }

    private boolean markiere(int bit) {
        if ((gesehen & bit) != 0) {
            doppelt |= bit;
            return false;
        }
        gesehen |= bit;
        return true;
    }

    /** The problems only the whole record shows: required fields missing, a Land against the ARS. */
    int abschluss() {
        int p = (REQUIRED & ~vorhanden()) != 0 ? StatusRules.P_FEHLT : 0;
        if (bundesland != null && hat(StatusField.BUNDESLAND) && hat(StatusField.ARS) && ars.land().isPresent()
                && ars.land().get() != bundesland) {
            p |= StatusRules.P_BUNDESLAND;
        }
        return p;
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

    boolean hat(StatusField f) {
        return (werte() & f.bit()) != 0;
    }

    boolean isGesetzt(StatusField f) {
        return (gesehen & f.bit()) != 0;
    }

    boolean isDoppelt(StatusField f) {
        return (doppelt & f.bit()) != 0;
    }

    /** Whether every field converted and the required ones are present. */
    boolean isVollstaendig() {
        return fehlerhaft == 0 && (REQUIRED & ~vorhanden()) == 0;
    }

    FieldState state(StatusField field) {
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

    String roh(StatusField field) {
        return roh[field.ordinal()];
    }

    JsonType typ(StatusField field) {
        return typen[field.ordinal()];
    }

    List<StatusField> fehlend() {
        List<StatusField> fehlend = new ArrayList<>(2);
        int v = vorhanden();
        for (StatusField f : FIELDS) {
            if (f.isRequired() && (v & f.bit()) == 0) {
                fehlend.add(f);
            }
        }
        return fehlend;
    }

    Leistungsschluessel schluessel() {
        return hat(StatusField.SCHLUESSEL) ? schluessel : null;
    }

    Ars ars() {
        return hat(StatusField.ARS) ? ars : null;
    }

    LocalDate stichtag() {
        return hat(StatusField.STICHTAG) ? stichtag : null;
    }

    boolean isOnline() {
        return hat(StatusField.ONLINE) && online;
    }

    boolean isAktiv() {
        return !hat(StatusField.AKTIV) || aktiv;
    }

    Reifegrad reifegrad() {
        return hat(StatusField.REIFEGRAD) ? reifegrad : null;
    }

    String url() {
        return hat(StatusField.URL) ? url : null;
    }

    Flaechendeckung klasse() {
        return hat(StatusField.FLAECHENDECKUNG) ? klasse : null;
    }

    OzgId ozgId() {
        return hat(StatusField.OZG_ID) ? ozgId : null;
    }

    Bundesland bundesland() {
        return hat(StatusField.BUNDESLAND) ? bundesland : null;
    }

    /** The row; only when {@link #isVollstaendig()}. */
    Umsetzungsstand baue() {
        int w = werte();
        // one builder per reader, every field set each time: no builder object per row
        return bauer.schluessel(schluessel).ars(ars).stichtag(stichtag).online(online)
                .aktiv((w & StatusField.AKTIV.bit()) == 0 || aktiv)
                .reifegrad((w & StatusField.REIFEGRAD.bit()) == 0 ? null : reifegrad)
                .url((w & StatusField.URL.bit()) == 0 ? null : url)
                .flaechendeckung((w & StatusField.FLAECHENDECKUNG.bit()) == 0 ? null : klasse)
                .ozgId((w & StatusField.OZG_ID.bit()) == 0 ? null : ozgId).build();
    }
}
