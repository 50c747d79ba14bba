package de.ozg.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.validation.status.StatusCheck;
import de.ozg.core.validation.status.StatusDefect;
import de.ozg.core.validation.status.JsonType;
import de.ozg.core.validation.status.MutableStatusRow;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * JSON Lines: every line that holds more than whitespace is one record, and a record is one JSON
 * object that begins and ends on its line. The input is cut into blocks of whole lines, each parsed
 * by one parser; after a broken line a fresh parser starts at the next line, so a broken line costs
 * only itself. Line numbers follow the parser's count (LF, CR LF, and a lone CR each end a line).
 */
final class JsonLinesQuelle extends UmsetzungsstandReader.Quelle {

    private static final int BLOCK = 64 * 1024;

    private final InputStream in;
    private final StatusCheck pruefung;
    private final MutableStatusRow row = MutableStatusRow.forJson();
    private final Zeilenformat format = new Zeilenformat();
    private byte[] buf = new byte[BLOCK];
    /** The number of bytes in {@link #buf}. */
    private int end;
    private boolean eof;
    /** The line number of {@code buf[0]} once the next block is loaded. */
    private long basis = 1;
    /** The end of the current block: just after its last line break. */
    private int blockEnde;
    private JsonParser parser;
    private int parserStart;
    private int parserEnde;
    /** The line number of {@code buf[parserStart]}. */
    private long parserBasis;
    /** Whether the line at {@link #parserStart} is in another encoding: reported before any parsing. */
    private boolean fremd;
    /** The token read after a record, to see whether its line held more; consumed by the next call. */
    private JsonToken vorgelesen;
    private boolean hatVorgelesen;
    private JsonProcessingException fehlerVorgelesen;

    JsonLinesQuelle(InputStream in, StatusCheck pruefung) {
        this(in, pruefung, 1);
    }

    /** Reads a part of a file that begins at a line start: {@code ersteZeile} is that line's number. */
    JsonLinesQuelle(InputStream in, StatusCheck pruefung, long ersteZeile) {
        this.in = in;
        this.pruefung = pruefung;
        this.basis = ersteZeile;
    }

    @Override
    Umsetzungsstand naechste() throws IOException {
        while (true) {
            if (fremd) {
                // Jackson would guess UTF-16 or UTF-32 from NUL bytes or a byte order mark in the
                // first four bytes and decode the rest of the block as garbage: the line is refused
                fremd = false;
                defekt(parserBasis, StatusDefect.FOREIGN_ENCODING, 0, null);
                neustartNach(parserBasis);
                continue;
            }
            if (parser == null) {
                if (!naechsterBlock()) {
                    return null;
                }
                continue;
            }
            long start = 0;
            try {
                JsonToken t;
                if (fehlerVorgelesen != null) {
                    JsonProcessingException e = fehlerVorgelesen;
                    fehlerVorgelesen = null;
                    throw e;
                }
                if (hatVorgelesen) {
                    hatVorgelesen = false;
                    t = vorgelesen;
                } else {
                    t = parser.nextToken();
                }
                if (t == null) {
                    regionEnde();
                    continue;
                }
                start = parserBasis + Jsondefekte.tokenZeile(parser) - 1;
                row.beginRecord(start, "");
                JsonType art = null;
                if (t == JsonToken.START_OBJECT) {
                    format.lese(parser, row);
                } else {
                    art = Jsondefekte.typ(t);
                    parser.skipChildren();
                }
                long ende = parserBasis + Jsondefekte.tokenZeile(parser) - 1;
                long zeile = start;
                start = 0;
                if (ende != zeile) {
                    defekt(zeile, StatusDefect.UNCLOSED_LINE, 0, null);
                    neustartNach(zeile);
                    continue;
                }
                if (!zeileEndetHier(zeile)) {
                    continue;
                }
                if (art != null) {
                    row.setDefect(StatusDefect.NOT_AN_OBJECT, 0, art.name(), null, false);
                }
                if (pruefung.check(row)) {
                    return row.toUmsetzungsstand();
                }
            } catch (JsonProcessingException e) {
                long fehlerZeile = start > 0 ? start : parserBasis + Jsondefekte.zeile(e) - 1;
                row.beginRecord(fehlerZeile, "");
                if (parserBasis + Jsondefekte.zeile(e) - 1 != fehlerZeile) {
                    // the value went on past its line, and the parser noticed only later
                    row.setDefect(StatusDefect.UNCLOSED_LINE, 0, null, null, false);
                } else {
                    Jsondefekte.setze(row, e, false);
                }
                pruefung.check(row);
                neustartNach(fehlerZeile);
            } catch (CharConversionException e) {
                // a decoding failure outside Jackson's own exceptions: it costs only its line
                long fehlerZeile = start > 0 ? start : parserBasis;
                defekt(fehlerZeile, StatusDefect.ENCODING, 0, e.getMessage());
                neustartNach(fehlerZeile);
            }
        }
    }

    /**
     * Reads the token after a record; false when it shows that the record's line holds more (the
     * record is then reported and reading goes on with the next line).
     */
    private boolean zeileEndetHier(long zeile) throws IOException {
        try {
            vorgelesen = parser.nextToken();
            hatVorgelesen = true;
        } catch (JsonProcessingException e) {
            if (parserBasis + Jsondefekte.zeile(e) - 1 == zeile) {
                Jsondefekte.setze(row, e, false);
                pruefung.check(row);
                neustartNach(zeile);
                return false;
            }
            fehlerVorgelesen = e;
            return true;
        }
        if (vorgelesen != null && parserBasis + Jsondefekte.tokenZeile(parser) - 1 == zeile) {
            row.setDefect(StatusDefect.SECOND_VALUE, 0, null, null, false);
            pruefung.check(row);
            neustartNach(zeile);
            return false;
        }
        return true;
    }

    private void defekt(long zeile, StatusDefect defect, long zahl, String detail) {
        row.beginRecord(zeile, "");
        row.setDefect(defect, zahl, detail, null, false);
        pruefung.check(row);
    }

    /** The parser reached the end of its region: go on behind it, in this block or the next. */
    private void regionEnde() {
        long naechsteZeile = parserBasis + parser.currentLocation().getLineNr() - 1;
        int ende = parserEnde;
        schliesseParser();
        if (ende < blockEnde) {
            oeffne(ende, naechsteZeile);
        } else {
            basis = naechsteZeile;
        }
    }

    /** Whether the byte at {@code i} ends a line, as Jackson counts lines. */
    private boolean zeilenende(int i, int bis) {
        return buf[i] == '\n' || buf[i] == '\r' && !(i + 1 < bis && buf[i + 1] == '\n');
    }

    /** Continues with a fresh parser at the line after {@code fehlerZeile}. */
    private void neustartNach(long fehlerZeile) {
        int pos = parserStart;
        long z = parserBasis;
        schliesseParser();
        while (z <= fehlerZeile && pos < blockEnde) {
            if (zeilenende(pos, blockEnde)) {
                z++;
            }
            pos++;
        }
        if (pos >= blockEnde) {
            basis = z;
            return;
        }
        oeffne(pos, z);
    }

    /**
     * Opens a parser at {@code start}. Jackson guesses the encoding from the first four bytes, so a
     * NUL byte or UTF-16 byte order mark among them is kept out of the parser's region: lines
     * before it are parsed on their own, its own line is refused.
     */
    private void oeffne(int start, long zeilennummer) {
        parserStart = start;
        parserBasis = zeilennummer;
        int falsch = falscheKodierung(start);
        int regionEnde = blockEnde;
        if (falsch >= 0) {
            int anfang = falsch;
            while (anfang > start && buf[anfang - 1] != '\n' && buf[anfang - 1] != '\r') {
                anfang--;
            }
            if (anfang == start) {
                fremd = true;
                return;
            }
            regionEnde = anfang;
        }
        parserEnde = regionEnde;
        try {
            parser = OzgJson.streamFactory().createParser(buf, start, regionEnde - start);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The position of a NUL byte or UTF-16 byte order mark in the first four bytes from {@code start}, or -1. */
    private int falscheKodierung(int start) {
        int bis = Math.min(start + 4, blockEnde);
        if (bis - start >= 2 && (buf[start] == (byte) 0xFE && buf[start + 1] == (byte) 0xFF
                || buf[start] == (byte) 0xFF && buf[start + 1] == (byte) 0xFE)) {
            return start;
        }
        for (int i = start; i < bis; i++) {
            if (buf[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private void schliesseParser() {
        hatVorgelesen = false;
        vorgelesen = null;
        fehlerVorgelesen = null;
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // a parser over a byte array holds no resource
            }
            parser = null;
        }
    }

    /** Moves to the next block of whole lines; false at the end of the input. */
    private boolean naechsterBlock() throws IOException {
        int rest = end - blockEnde;
        System.arraycopy(buf, blockEnde, buf, 0, rest);
        end = rest;
        blockEnde = 0;
        while (true) {
            while (end < buf.length && !eof) {
                int n = in.read(buf, end, buf.length - end);
                if (n < 0) {
                    eof = true;
                } else {
                    end += n;
                }
            }
            if (end == 0) {
                return false;
            }
            int letzte = end - 1;
            while (letzte >= 0 && buf[letzte] != '\n') {
                letzte--;
            }
            if (letzte >= 0 || eof) {
                blockEnde = letzte >= 0 ? letzte + 1 : end;
                oeffne(0, basis);
                return true;
            }
            if (buf.length < UmsetzungsstandReader.MAX_ZEILENLAENGE) {
                buf = Arrays.copyOf(buf, Math.min(buf.length * 2, UmsetzungsstandReader.MAX_ZEILENLAENGE));
                continue;
            }
            defekt(basis, StatusDefect.LINE_TOO_LONG, UmsetzungsstandReader.MAX_ZEILENLAENGE, null);
            ueberspringeZeile();
            basis++;
        }
    }

    /** Discards the buffered part of an over-long line and reads on to its end, in constant memory. */
    private void ueberspringeZeile() throws IOException {
        end = 0;
        while (true) {
            int n = in.read(buf, 0, buf.length);
            if (n < 0) {
                eof = true;
                return;
            }
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    System.arraycopy(buf, i + 1, buf, 0, n - i - 1);
                    end = n - i - 1;
                    return;
                }
            }
        }
    }

    @Override
    void close() throws IOException {
        schliesseParser();
        in.close();
    }
}
