package de.ozg.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import de.ozg.core.OzgException;
import de.ozg.core.id.Ars;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Flaechendeckung;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.ReifegradModell;
import java.io.IOException;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The JSON form of one status row ({@link Umsetzungsstand}), read straight from the token stream.
 *
 * <p>This is the hot path of the streaming readers, so it allocates as little as possible: field
 * names come canonicalised from the parser, identifiers are checked with {@code isValid} on the
 * parser's character buffer before they are parsed (bad input never costs an exception) and then
 * shared per distinct text ({@link Kennungscache}), dates are parsed once per distinct text, and
 * Reifegrad and Flächendeckung resolve to shared instances.
 * Every problem of a row is reported, not only the first; a row with a problem yields null.
 * Not thread-safe: one per reader.
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

    private static final String FELDER = "schluessel, ars, stichtag, online, aktiv, reifegrad, url, "
            + "flaechendeckung, ozgId";
    private static final int B_SCHLUESSEL = 1;
    private static final int B_ARS = 2;
    private static final int B_STICHTAG = 4;
    private static final int B_ONLINE = 8;
    private static final int B_AKTIV = 16;
    private static final int B_REIFEGRAD = 32;
    private static final int B_URL = 64;
    private static final int B_FLAECHENDECKUNG = 128;
    private static final int B_OZG_ID = 256;

    /** The field names in the writer's order, so that field {@code i} has the bit {@code 1 << i}. */
    private static final SerializedString[] NAMEN = {new SerializedString(SCHLUESSEL), new SerializedString(ARS),
        new SerializedString(STICHTAG), new SerializedString(ONLINE), new SerializedString(AKTIV),
        new SerializedString(REIFEGRAD), new SerializedString(URL), new SerializedString(FLAECHENDECKUNG),
        new SerializedString(OZG_ID)};

    private static final Flaechendeckung[] KLASSEN = Flaechendeckung.values();
    /** The codes of {@link #KLASSEN} as characters, compared with the parser's buffer in one go. */
    private static final char[][] KLASSEN_CODES = codes();

    /** Receives the problems of a row. */
    interface Meldung {
        void melde(String regelId, JsonViolation art, String feld, String wert, String meldungDe, String meldungEn);
    }

    private final Zeichenfolge zeichen = new Zeichenfolge();
    private final Datumscache daten = new Datumscache(false);
    private final Kennungscache<Leistungsschluessel> schluesselCache;
    private final Kennungscache<Ars> arsCache;
    private final Kennungscache<OzgId> ozgIdCache;
    private int letzteKlasse;
    private final boolean unbekannteIgnorieren;
    private LocalDate vorgabeStichtag;

    /** For a single row: identifiers are checked and parsed, not cached. */
    Zeilenformat(boolean unbekannteIgnorieren) {
        this(unbekannteIgnorieren, false);
    }

    /**
     * @param unbekannteIgnorieren whether unknown fields are skipped silently
     * @param teilen               whether identifiers are shared per distinct text, for readers of
     *                             many rows (some hundred kilobytes of caches once filled)
     */
    Zeilenformat(boolean unbekannteIgnorieren, boolean teilen) {
        this.unbekannteIgnorieren = unbekannteIgnorieren;
        this.schluesselCache = new Kennungscache<>(teilen ? 4096 : 0, Leistungsschluessel::isValid,
                Leistungsschluessel::parse);
        this.arsCache = new Kennungscache<>(teilen ? 8192 : 0, Ars::isValid, Ars::parse);
        this.ozgIdCache = new Kennungscache<>(teilen ? 1024 : 0, OzgId::isValid, OzgId::parse);
    }

    /** The Stichtag of rows that give none (the status document's), or null to require it. */
    void vorgabeStichtag(LocalDate stichtag) {
        this.vorgabeStichtag = stichtag;
    }

    /**
     * Reads one row; the parser stands on its {@code START_OBJECT} and is left on the matching
     * {@code END_OBJECT}.
     *
     * @return the row, or null when a problem was reported
     */
    Umsetzungsstand lese(JsonParser p, Meldung m) throws IOException {
        int gesehen = 0;
        boolean fehler = false;
        Leistungsschluessel schluessel = null;
        Ars ars = null;
        LocalDate stichtag = vorgabeStichtag;
        boolean online = false;
        boolean aktiv = true;
        Reifegrad reifegrad = null;
        String url = null;
        Flaechendeckung klasse = null;
        OzgId ozgId = null;
        int erwartet = 0;
        while (true) {
            String name;
            int bit;
            // the writer's field order is predicted: a match is a byte comparison, with no lookup
            // of the name in the parser's symbol table
            if (erwartet < NAMEN.length && p.nextFieldName(NAMEN[erwartet])) {
                name = NAMEN[erwartet].getValue();
                bit = 1 << erwartet;
            } else if (erwartet < NAMEN.length && p.currentToken() != JsonToken.FIELD_NAME) {
                break;
            } else {
                name = erwartet < NAMEN.length ? p.currentName() : p.nextFieldName();
                if (name == null) {
                    break;
                }
                bit = bit(name);
            }
            if (bit != 0) {
                erwartet = Integer.numberOfTrailingZeros(bit) + 1;
            }
            JsonToken t = p.nextToken();
            if (bit == 0) {
                if (!unbekannteIgnorieren) {
                    m.melde(Statusbefunde.FELD_UNBEKANNT, JsonViolation.UNKNOWN_FIELD, name, null,
                            "Unbekanntes Feld '" + name + "'; das Format kennt " + FELDER,
                            "Unknown field '" + name + "'; the format knows " + FELDER);
                    fehler = true;
                }
                p.skipChildren();
                continue;
            }
            if ((gesehen & bit) != 0) {
                m.melde(Statusbefunde.FELD_DOPPELT, JsonViolation.DUPLICATE_FIELD, name, null,
                        "Das Feld '" + name + "' kommt in der Zeile mehrfach vor",
                        "Field '" + name + "' occurs more than once in the row");
                fehler = true;
                p.skipChildren();
                continue;
            }
            gesehen |= bit;
            if (t == JsonToken.VALUE_NULL && (bit & (B_AKTIV | B_REIFEGRAD | B_URL | B_FLAECHENDECKUNG | B_OZG_ID)) != 0) {
                continue;
            }
            switch (bit) {
                case B_SCHLUESSEL:
                    schluessel = id(p, t, m, SCHLUESSEL, "99041006013000", Statusbefunde.SCHLUESSEL_FORMAT,
                            schluesselCache, Leistungsschluessel::parse);
                    fehler |= schluessel == null;
                    break;
                case B_ARS:
                    ars = id(p, t, m, ARS, "150020000000", Statusbefunde.ARS_FORMAT, arsCache, Ars::parse);
                    fehler |= ars == null;
                    break;
                case B_OZG_ID:
                    ozgId = id(p, t, m, OZG_ID, "10000", Statusbefunde.OZGID_FORMAT, ozgIdCache, OzgId::parse);
                    fehler |= ozgId == null;
                    break;
                case B_STICHTAG:
                    stichtag = stichtag(p, t, m);
                    fehler |= stichtag == null;
                    break;
                case B_ONLINE:
                    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                        online = t == JsonToken.VALUE_TRUE;
                    } else {
                        typ(p, t, m, ONLINE, "true or false");
                        fehler = true;
                    }
                    break;
                case B_AKTIV:
                    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                        aktiv = t == JsonToken.VALUE_TRUE;
                    } else {
                        typ(p, t, m, AKTIV, "true or false");
                        fehler = true;
                    }
                    break;
                case B_REIFEGRAD:
                    reifegrad = reifegrad(p, t, m);
                    fehler |= reifegrad == null;
                    break;
                case B_URL:
                    if (t == JsonToken.VALUE_STRING) {
                        url = p.getText();
                    } else {
                        typ(p, t, m, URL, "a JSON string");
                        fehler = true;
                    }
                    break;
                default:
                    klasse = flaechendeckung(p, t, m);
                    fehler |= klasse == null;
                    break;
            }
        }
        if ((gesehen & B_SCHLUESSEL) == 0) {
            fehlt(m, SCHLUESSEL);
            fehler = true;
        }
        if ((gesehen & B_ARS) == 0) {
            fehlt(m, ARS);
            fehler = true;
        }
        if ((gesehen & B_ONLINE) == 0) {
            fehlt(m, ONLINE);
            fehler = true;
        }
        if (stichtag == null && (gesehen & B_STICHTAG) == 0) {
            fehlt(m, STICHTAG);
            fehler = true;
        }
        if (fehler) {
            return null;
        }
        return Umsetzungsstand.builder().schluessel(schluessel).ars(ars).stichtag(stichtag).online(online)
                .aktiv(aktiv).reifegrad(reifegrad).url(url).flaechendeckung(klasse).ozgId(ozgId).build();
    }

    private static char[][] codes() {
        char[][] codes = new char[KLASSEN.length][];
        for (int i = 0; i < KLASSEN.length; i++) {
            codes[i] = KLASSEN[i].code().toCharArray();
        }
        return codes;
    }

    private static int bit(String name) {
        // Jackson hands out interned field names, so the known ones are recognised by identity in
        // the order the writer uses; the switch is only for names that are not interned
        if (name == SCHLUESSEL) {
            return B_SCHLUESSEL;
        } else if (name == ARS) {
            return B_ARS;
        } else if (name == STICHTAG) {
            return B_STICHTAG;
        } else if (name == ONLINE) {
            return B_ONLINE;
        } else if (name == AKTIV) {
            return B_AKTIV;
        } else if (name == REIFEGRAD) {
            return B_REIFEGRAD;
        } else if (name == URL) {
            return B_URL;
        } else if (name == FLAECHENDECKUNG) {
            return B_FLAECHENDECKUNG;
        } else if (name == OZG_ID) {
            return B_OZG_ID;
        }
        switch (name) {
            case SCHLUESSEL: return B_SCHLUESSEL;
            case ARS: return B_ARS;
            case STICHTAG: return B_STICHTAG;
            case ONLINE: return B_ONLINE;
            case AKTIV: return B_AKTIV;
            case REIFEGRAD: return B_REIFEGRAD;
            case URL: return B_URL;
            case FLAECHENDECKUNG: return B_FLAECHENDECKUNG;
            case OZG_ID: return B_OZG_ID;
            default: return 0;
        }
    }

    private Zeichenfolge zeichen(JsonParser p) throws IOException {
        return zeichen.set(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    }

    private <T> T id(JsonParser p, JsonToken t, Meldung m, String feld, String beispiel, String regel,
            Kennungscache<T> cache, Function<CharSequence, T> parse) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            typ(p, t, m, feld, "a JSON string such as \"" + beispiel + "\"");
            return null;
        }
        Zeichenfolge z = zeichen(p);
        T id = cache.get(z);
        if (id != null) {
            return id;
        }
        String wert = z.toString();
        try {
            parse.apply(wert);
        } catch (OzgException e) {
            m.melde(regel, JsonViolation.INVALID_VALUE, feld, wert,
                    "Feld '" + feld + "': ungültiger Wert " + OzgException.quote(wert) + " (erwartet: "
                            + e.expectedForm() + ")",
                    "Field '" + feld + "': " + e.getMessage());
        }
        return null;
    }

    private LocalDate stichtag(JsonParser p, JsonToken t, Meldung m) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            typ(p, t, m, STICHTAG, "an ISO-8601 date string such as \"2023-05-31\"");
            return null;
        }
        Zeichenfolge z = zeichen(p);
        LocalDate d = daten.get(z);
        if (d == null) {
            String wert = z.toString();
            m.melde(Statusbefunde.STICHTAG_FORMAT, JsonViolation.INVALID_VALUE, STICHTAG, wert,
                    "Feld 'stichtag': " + OzgException.quote(wert) + " ist kein gültiges Datum (erwartet: JJJJ-MM-TT)",
                    "Field 'stichtag' must be an ISO-8601 date yyyy-mm-dd, was " + OzgException.quote(wert));
        }
        return d;
    }

    private Reifegrad reifegrad(JsonParser p, JsonToken t, Meldung m) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            typ(p, t, m, REIFEGRAD, "a JSON string such as \"V1:3\"");
            return null;
        }
        Zeichenfolge z = zeichen(p);
        if (z.length() == 4 && z.charAt(0) == 'V' && z.charAt(2) == ':') {
            ReifegradModell modell = z.charAt(1) == '1' ? ReifegradModell.V1
                    : z.charAt(1) == '2' ? ReifegradModell.V2 : null;
            int stufe = z.charAt(3) - '0';
            if (modell != null && stufe >= modell.minStufe() && stufe <= modell.maxStufe()) {
                return Reifegrad.of(modell, stufe);
            }
        }
        String wert = z.toString();
        try {
            return Reifegrad.parse(wert);
        } catch (OzgException e) {
            m.melde(Statusbefunde.REIFEGRAD_UNBEKANNT, JsonViolation.INVALID_VALUE, REIFEGRAD, wert,
                    "Feld 'reifegrad': unbekannter Reifegrad " + OzgException.quote(wert) + " (erwartet: "
                            + e.expectedForm() + ")",
                    "Field 'reifegrad': " + e.getMessage());
            return null;
        }
    }

    private Flaechendeckung flaechendeckung(JsonParser p, JsonToken t, Meldung m) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            typ(p, t, m, FLAECHENDECKUNG, "a JSON string such as \"landesweit_flaechendeckend\"");
            return null;
        }
        Zeichenfolge z = zeichen(p);
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
        String wert = z.toString();
        Flaechendeckung f = Flaechendeckung.find(wert).orElse(null);
        if (f == null) {
            m.melde(Statusbefunde.FLAECHENDECKUNG_UNBEKANNT, JsonViolation.INVALID_VALUE, FLAECHENDECKUNG, wert,
                    "Feld 'flaechendeckung': unbekannte Klasse " + OzgException.quote(wert),
                    "Field 'flaechendeckung' must be a dashboard class such as 'landesweit_flaechendeckend', was "
                            + OzgException.quote(wert));
        }
        return f;
    }

    private static void typ(JsonParser p, JsonToken t, Meldung m, String feld, String erwartet) throws IOException {
        String wert = t.isScalarValue() ? p.getText() : null;
        String was = art(t) + (wert == null ? "" : " " + wert);
        String hinweis = t == JsonToken.VALUE_NUMBER_INT && erwartet.startsWith("a JSON string such as")
                ? " (keys are never numbers: a number loses its leading zeros)" : "";
        m.melde(Statusbefunde.FELD_TYP, JsonViolation.WRONG_TYPE, feld, wert,
                "Feld '" + feld + "' hat den falschen JSON-Typ (erwartet: " + erwartet + "), war " + was,
                "Field '" + feld + "' must be " + erwartet + ", was " + was + hinweis);
        if (t.isStructStart()) {
            p.skipChildren();
        }
    }

    private static String art(JsonToken t) {
        switch (t) {
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "boolean";
            case VALUE_NULL:
                return "null";
            case START_OBJECT:
                return "object";
            case START_ARRAY:
                return "array";
            default:
                return "string";
        }
    }

    private static void fehlt(Meldung m, String feld) {
        m.melde(Statusbefunde.FELD_FEHLT, JsonViolation.MISSING_FIELD, feld, null,
                "Pflichtfeld '" + feld + "' fehlt", "Required field '" + feld + "' is missing");
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
