package de.ozg.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.validation.status.StatusCheck;
import de.ozg.core.validation.status.StatusDefect;
import de.ozg.core.validation.status.JsonType;
import de.ozg.core.validation.status.MutableStatusRow;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A bare JSON array of rows, or a status document, read by one parser over the whole input. Every
 * element of the rows array is one record. A syntax error or an exceeded limit inside the array
 * ends the reading: the rest of the array cannot be found reliably, so the element being read (or
 * the unreadable rest after the last complete element) counts as one rejected record. The header
 * of a document and what follows its rows are no records; their fields are checked for unknown and
 * repeated names like a row's.
 */
final class JsonArrayQuelle extends UmsetzungsstandReader.Quelle {

    /** How many distinct field names of a document header are remembered to recognise repetitions. */
    private static final int MAX_KOPFNAMEN = 64;
    private static final String FORMAT = "format";
    private static final String VERSION = "version";
    private static final String STICHTAG = "stichtag";
    private static final String ZEILEN = "zeilen";

    private final InputStream in;
    private final StatusCheck pruefung;
    private final MutableStatusRow row = MutableStatusRow.forJson();
    private final Zeilenformat format = new Zeilenformat();
    private final List<String> kopfnamen = new ArrayList<>();
    private JsonParser parser;
    private boolean begonnen;
    private boolean ende;
    private boolean dokument;
    private boolean imArray;
    private boolean imElement;
    private String praefix = "";
    /** The index of the current element of the rows array. */
    private int index = -1;

    JsonArrayQuelle(InputStream in, StatusCheck pruefung) {
        this.in = in;
        this.pruefung = pruefung;
    }

    private String elementPointer(int i) {
        return praefix + "/" + i;
    }

    @Override
    Umsetzungsstand naechste() throws IOException {
        if (ende) {
            return null;
        }
        try {
            if (!begonnen) {
                begonnen = true;
                if (!beginne()) {
                    ende = true;
                    return null;
                }
                imArray = true;
            }
            while (true) {
                JsonToken t = parser.nextToken();
                if (t == JsonToken.END_ARRAY) {
                    imArray = false;
                    beende();
                    ende = true;
                    return null;
                }
                if (t == null) {
                    throw new JsonParseException(parser, "unexpected end of input inside the array of rows");
                }
                index++;
                imElement = true;
                row.beginRecord(parserZeile(), elementPointer(index));
                if (t == JsonToken.START_OBJECT) {
                    format.lese(parser, row);
                } else {
                    JsonType art = Jsondefekte.typ(t);
                    parser.skipChildren();
                    row.setDefect(StatusDefect.NOT_AN_OBJECT, 0, art.name(), null, false);
                }
                imElement = false;
                if (pruefung.check(row)) {
                    return row.toUmsetzungsstand();
                }
            }
        } catch (JsonProcessingException e) {
            ende = true;
            stelle(Jsondefekte.zeile(e, parser));
            Jsondefekte.setze(row, e, true);
            pruefung.check(row);
            return null;
        } catch (CharConversionException e) {
            // decoding failed outside Jackson's own exceptions (after the check in beginne, only
            // possible in a document Jackson took for UTF-16 or UTF-32): reading stops, as for syntax
            ende = true;
            stelle(1);
            row.setDefect(StatusDefect.ENCODING, 0, e.getMessage(), null, true);
            pruefung.check(row);
            return null;
        }
    }

    /** Begins the unit a fatal problem belongs to: the element being read, the rest of the array, or the document. */
    private void stelle(long zeile) {
        if (imElement) {
            row.beginRecord(zeile, elementPointer(index));
        } else if (imArray) {
            row.beginRecord(zeile, elementPointer(index + 1));
        } else {
            row.beginDocument(zeile, parser == null ? "" : JsonFelder.pointer(parser));
        }
    }

    private long parserZeile() {
        return Jsondefekte.tokenZeile(parser);
    }

    /** Reads up to the first row; false when there are no rows to read. */
    private boolean beginne() throws IOException {
        // Jackson would guess UTF-16 or UTF-32 from NUL bytes or a UTF-16 byte order mark in the
        // first four bytes; the format is UTF-8 only, so such input is refused before parsing.
        BufferedInputStream gepuffert = new BufferedInputStream(in);
        gepuffert.mark(4);
        byte[] kopf = gepuffert.readNBytes(4);
        gepuffert.reset();
        boolean fremd = kopf.length >= 2 && (kopf[0] == (byte) 0xFE && kopf[1] == (byte) 0xFF
                || kopf[0] == (byte) 0xFF && kopf[1] == (byte) 0xFE);
        for (byte b : kopf) {
            fremd |= b == 0;
        }
        if (fremd) {
            dokumentFehler(1, StatusDefect.FOREIGN_ENCODING);
            return false;
        }
        parser = OzgJson.streamFactory().createParser(gepuffert);
        JsonToken t = parser.nextToken();
        if (t == JsonToken.START_ARRAY) {
            return true;
        }
        if (t != JsonToken.START_OBJECT) {
            dokumentFehler(parserZeile(), t == null ? StatusDefect.DOCUMENT_EMPTY : StatusDefect.DOCUMENT_NOT_OBJECT);
            return false;
        }
        dokument = true;
        praefix = "/" + ZEILEN;
        row.beginDocument(parserZeile(), "");
        boolean format = false;
        boolean version = false;
        LocalDate stichtag = null;
        String name;
        while ((name = parser.nextFieldName()) != null) {
            JsonToken v = parser.nextToken();
            if (!kopfname(name)) {
                parser.skipChildren();
                continue;
            }
            String zeiger = "/" + de.ozg.core.validation.Fundstelle.escapePointerSegment(name);
            switch (name) {
                case FORMAT:
                    if (v != JsonToken.VALUE_STRING || !UmsetzungsstandReader.FORMAT.equals(parser.getText())) {
                        return kopfFehler(StatusDefect.DOCUMENT_FORMAT);
                    }
                    format = true;
                    break;
                case VERSION:
                    if (v != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT
                            || parser.getIntValue() != Modellformen.VERSION) {
                        return kopfFehler(StatusDefect.DOCUMENT_VERSION);
                    }
                    version = true;
                    break;
                case STICHTAG:
                    stichtag = v == JsonToken.VALUE_STRING ? datum(parser.getText()) : null;
                    if (stichtag == null) {
                        return kopfFehler(StatusDefect.DOCUMENT_STICHTAG);
                    }
                    break;
                case ZEILEN:
                    if (!format || !version || stichtag == null) {
                        return kopfFehler(StatusDefect.DOCUMENT_ORDER);
                    }
                    if (v != JsonToken.START_ARRAY) {
                        return kopfFehler(StatusDefect.DOCUMENT_ROWS_TYPE);
                    }
                    pruefung.check(row);
                    this.stichtag = stichtag;
                    row.setDefaultStichtag(stichtag);
                    return true;
                default:
                    row.addUnknownField(name);
                    Verschachtelung.ueberspringe(parser, zeiger, row);
            }
        }
        return kopfFehler(StatusDefect.DOCUMENT_ROWS_MISSING);
    }

    /**
     * Remembers a field name of the document header; false when it was given before (then it is
     * recorded as a duplicate, and its value is not read).
     */
    private boolean kopfname(String name) {
        if (kopfnamen.contains(name)) {
            row.addDuplicateField(name);
            return false;
        }
        if (kopfnamen.size() < MAX_KOPFNAMEN || ZEILEN.equals(name) || FORMAT.equals(name) || VERSION.equals(name)
                || STICHTAG.equals(name)) {
            kopfnamen.add(name);
        }
        return true;
    }

    /** Reports the header checked so far, then the defect that ends reading; always false. */
    private boolean kopfFehler(StatusDefect defect) {
        pruefung.check(row);
        dokumentFehler(parserZeile(), defect);
        return false;
    }

    private void dokumentFehler(long zeile, StatusDefect defect) {
        row.beginDocument(zeile, parser == null ? "" : JsonFelder.pointer(parser));
        row.setDefect(defect, 0, null, null, true);
        pruefung.check(row);
    }

    /** After the rows: the rest of the document and the end of the input. */
    private void beende() throws IOException {
        if (dokument) {
            row.beginDocument(parserZeile(), "");
            String name;
            while ((name = parser.nextFieldName()) != null) {
                parser.nextToken();
                if (kopfname(name)) {
                    row.addUnknownField(name);
                    Verschachtelung.ueberspringe(parser, "/" + de.ozg.core.validation.Fundstelle
                            .escapePointerSegment(name), row);
                } else {
                    parser.skipChildren();
                }
            }
            pruefung.check(row);
        }
        if (parser.nextToken() != null) {
            row.beginDocument(parserZeile(), "");
            row.setDefect(StatusDefect.TRAILING_CONTENT, 0, null, null, false);
            pruefung.check(row);
        }
    }

    /** A strict ISO date {@code yyyy-mm-dd}, or null. */
    private static LocalDate datum(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10),
                    Integer.parseInt(s, 8, 10, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }

    @Override
    void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
        in.close();
    }
}
