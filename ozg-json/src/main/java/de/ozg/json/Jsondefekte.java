package de.ozg.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import de.ozg.core.validation.status.StatusDefect;
import de.ozg.core.validation.status.JsonType;
import de.ozg.core.validation.status.MutableStatusRow;
import java.io.CharConversionException;

/** Turns what Jackson reports about the bytes into the {@link StatusDefect} of a status record. */
final class Jsondefekte {

    private Jsondefekte() {
    }

    /** Records the defect behind a parser exception on the row, for a parser that began at line 1. */
    static void setze(MutableStatusRow row, JsonProcessingException e, boolean beendet) {
        setze(row, e, beendet, 1);
    }

    /**
     * Records the defect behind a parser exception on the row.
     *
     * @param basis the line where the parser began: the locations Jackson quotes in its message
     *              (where an unclosed object started) are counted from it and are turned into lines
     *              of the input, so that the message does not depend on where a parser was opened
     */
    static void setze(MutableStatusRow row, JsonProcessingException e, boolean beendet, long basis) {
        JsonLocation wo = e.getLocation();
        long spalte = wo == null ? 0 : Math.max(0, wo.getColumnNr());
        String m = ohneVorherigesToken(zeilenDerEingabe(String.valueOf(e.getOriginalMessage()), basis));
        if (e instanceof StreamConstraintsException) {
            if (m.startsWith("String value length")) {
                row.setDefect(StatusDefect.STRING_TOO_LONG, OzgJson.MAX_STRING_LENGTH, m, null, beendet);
            } else if (m.startsWith("Document nesting depth")) {
                row.setDefect(StatusDefect.NESTING_TOO_DEEP, OzgJson.MAX_NESTING_DEPTH, m, null, beendet);
            } else if (m.startsWith("Number value length")) {
                row.setDefect(StatusDefect.NUMBER_TOO_LONG, OzgJson.MAX_NUMBER_LENGTH, m, null, beendet);
            } else if (m.startsWith("Name length")) {
                row.setDefect(StatusDefect.NAME_TOO_LONG, OzgJson.MAX_NAME_LENGTH, m, null, beendet);
            } else {
                row.setDefect(StatusDefect.LIMIT, 0, m, null, beendet);
            }
        } else if (e.getCause() instanceof CharConversionException || m.contains("Invalid UTF-8")
                || m.contains("Invalid UTF8")) {
            row.setDefect(StatusDefect.ENCODING, spalte, m, null, beendet);
        } else {
            row.setDefect(StatusDefect.SYNTAX, spalte, m, null, beendet);
        }
    }

    /** The marker of a location Jackson quotes in a message; the line number follows it. */
    private static final String ORT = "disabled); line: ";

    /** The message with the line numbers of the locations it quotes counted from {@code basis}. */
    static String zeilenDerEingabe(String m, long basis) {
        if (basis == 1 || !m.contains(ORT)) {
            return m;
        }
        StringBuilder sb = new StringBuilder(m.length() + 8);
        int von = 0;
        int i;
        while ((i = m.indexOf(ORT, von)) >= 0) {
            int ziffern = i + ORT.length();
            int bis = ziffern;
            while (bis < m.length() && bis - ziffern < 18 && m.charAt(bis) >= '0' && m.charAt(bis) <= '9') {
                bis++;
            }
            sb.append(m, von, ziffern);
            if (bis > ziffern) {
                sb.append(Long.parseLong(m.substring(ziffern, bis)) + basis - 1);
            }
            von = bis;
        }
        return sb.append(m, von, m.length()).toString();
    }

    /** What Jackson says when the input ends inside a token, followed by the token it read last. */
    private static final String EOF_NACH_TOKEN = "Unexpected end-of-input in ";

    /**
     * The message without the name of the token Jackson read before the error, which it adds when
     * the input ends inside an invalid token: that token belongs to the value before, so the
     * message would name another line's value and differ between a parser opened at the line and
     * one that read the lines before it.
     */
    static String ohneVorherigesToken(String m) {
        if (!m.startsWith(EOF_NACH_TOKEN)) {
            return m;
        }
        String token = m.substring(EOF_NACH_TOKEN.length());
        if (!token.equals("null")) {
            try {
                JsonToken.valueOf(token);
            } catch (IllegalArgumentException e) {
                return m;
            }
        }
        return EOF_NACH_TOKEN.substring(0, EOF_NACH_TOKEN.length() - " in ".length());
    }

    /** The line of a parser exception relative to the parser's input, at least 1. */
    static long zeile(JsonProcessingException e) {
        return e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
    }

    /**
     * The line of a parser exception relative to the parser's input, at least 1; where the
     * exception has no location (a limit exceeded, which Jackson reports without one), the line
     * where the parser that threw it stands (null: not known).
     */
    static long zeile(JsonProcessingException e, JsonParser p) {
        if (e.getLocation() == null && p != null) {
            JsonLocation hier = p.currentLocation();
            return hier == null ? 1 : Math.max(1, hier.getLineNr());
        }
        return zeile(e);
    }

    /** The line of the current token relative to the parser's input, without allocating where Jackson allows. */
    static long tokenZeile(JsonParser p) {
        return p instanceof ParserBase ? ((ParserBase) p).getTokenLineNr() : p.currentTokenLocation().getLineNr();
    }

    /** The JSON type of a value's first token, for a row that is not an object. */
    static JsonType typ(JsonToken t) {
        switch (t) {
            case VALUE_STRING:
                return JsonType.STRING;
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return JsonType.NUMBER;
            case VALUE_TRUE:
            case VALUE_FALSE:
                return JsonType.BOOLEAN;
            case VALUE_NULL:
                return JsonType.NULL;
            case START_ARRAY:
                return JsonType.ARRAY;
            default:
                return JsonType.OBJECT;
        }
    }
}
