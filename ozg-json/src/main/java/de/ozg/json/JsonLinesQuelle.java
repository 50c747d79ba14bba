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
 *
 * <p>A line of the writer's plain shape is read without a parser ({@link Schnellzeile}); every other
 * line goes to a parser that stands where the parser of a block would stand at that line, so that
 * what is reported about it does not depend on the lines read without one. At a line start, a parser
 * that has read the lines before and one opened just there read the same – unless the line's first
 * four bytes make Jackson guess another encoding or skip a byte order mark, which only a parser
 * opened there does. Such a line is therefore read by a parser opened at an earlier line whose start
 * is plain (the {@linkplain #anker anchor}), skipping the values before it.
 */
final class JsonLinesQuelle extends UmsetzungsstandReader.Quelle {

    private static final int BLOCK = 64 * 1024;

    private final InputStream in;
    private final StatusCheck pruefung;
    private final MutableStatusRow row = MutableStatusRow.forJson();
    private final Zeilenformat format = new Zeilenformat();
    private byte[] buf;
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

    /** Whether plain lines are read without a parser; off only to compare both ways in tests. */
    private final boolean schnellErlaubt;
    private final Schnellzeile schnellzeile = new Schnellzeile();
    /** Whether the lines from {@link #pos} on are read without a parser (while no parser is open). */
    private boolean schnell;
    /** The next line start to read without a parser, and its line number. */
    private int pos;
    private long zeileNr;
    /**
     * A line start at or before {@link #pos}, with its number, where a parser opened anew reads
     * what the block's parser would read from there: its first four bytes are plain, and the lines
     * from it to {@link #pos} hold one value each.
     */
    private int anker;
    private long ankerNr;
    /** Whether the open parser was opened for one line the plain reading refused. */
    private boolean aushilfe;

    JsonLinesQuelle(InputStream in, StatusCheck pruefung) {
        this(in, pruefung, 1);
    }

    /** Reads a part of a file that begins at a line start: {@code ersteZeile} is that line's number. */
    JsonLinesQuelle(InputStream in, StatusCheck pruefung, long ersteZeile) {
        this(in, pruefung, ersteZeile, true, BLOCK);
    }

    /**
     * For tests, which compare both ways of reading over many block boundaries.
     *
     * @param schnell whether plain lines are read without a parser (false: every line by Jackson)
     * @param block   the size of the first block in bytes (it grows for longer lines)
     */
    JsonLinesQuelle(InputStream in, StatusCheck pruefung, long ersteZeile, boolean schnell, int block) {
        this.in = in;
        this.pruefung = pruefung;
        this.basis = ersteZeile;
        this.schnellErlaubt = schnell;
        this.buf = new byte[block];
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
                if (schnell) {
                    if (schnelleZeile()) {
                        return row.toUmsetzungsstand();
                    }
                } else if (!naechsterBlock()) {
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
                if (aushilfe) {
                    zurueck(zeile);
                }
                if (pruefung.check(row)) {
                    return row.toUmsetzungsstand();
                }
            } catch (JsonProcessingException e) {
                long wo = parserBasis + Jsondefekte.zeile(e, parser) - 1;
                long fehlerZeile = start > 0 ? start : wo;
                row.beginRecord(fehlerZeile, "");
                if (wo != fehlerZeile) {
                    // the value went on past its line, and the parser noticed only later
                    row.setDefect(StatusDefect.UNCLOSED_LINE, 0, null, null, false);
                } else {
                    Jsondefekte.setze(row, e, false, parserBasis);
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
     * Reads the line at {@link #pos} without a parser, or opens a parser for it when it is not plain.
     *
     * @return whether the line held a record that passed the check
     */
    private boolean schnelleZeile() throws IOException {
        if (pos >= blockEnde) {
            basis = zeileNr;
            schnell = false;
            return false;
        }
        int von = pos;
        int t = schnellzeile.lies(buf, von, blockEnde);
        if (t < 0) {
            aushelfen();
            return false;
        }
        long nr = zeileNr;
        if (t < blockEnde) {
            pos = buf[t] == '\r' && t + 1 < blockEnde && buf[t + 1] == '\n' ? t + 2 : t + 1;
            zeileNr++;
        } else {
            pos = t;
        }
        if (schnellzeile.isLeer()) {
            return false;
        }
        if (t - von >= 4) {
            anker = von;
            ankerNr = nr;
        }
        schnellzeile.fuelle(buf, row, nr);
        return pruefung.check(row);
    }

    /**
     * Opens a parser for the line at {@link #pos}, standing where the block's parser would stand:
     * at the line itself when its start is plain, else at the anchor, with the values before the
     * line read past (what the parser would have read after the last record, as {@link
     * #zeileEndetHier} does).
     */
    private void aushelfen() throws IOException {
        schnell = false;
        if (falscheKodierung(pos) < 0 && !bom(pos)) {
            oeffne(pos, zeileNr);
            anker = pos;
            ankerNr = zeileNr;
            aushilfe = true;
            return;
        }
        oeffne(anker, ankerNr);
        aushilfe = true;
        try {
            while (true) {
                JsonToken t = parser.nextToken();
                if (t == null || parserBasis + Jsondefekte.tokenZeile(parser) - 1 >= zeileNr) {
                    vorgelesen = t;
                    hatVorgelesen = true;
                    return;
                }
                // a value the block's parser has read already, without an error
                parser.skipChildren();
            }
        } catch (JsonProcessingException e) {
            fehlerVorgelesen = e;
        }
    }

    /** Whether a UTF-8 byte order mark starts at {@code i}, which a parser opened there would skip. */
    private boolean bom(int i) {
        return i + 2 < blockEnde && buf[i] == (byte) 0xEF && buf[i + 1] == (byte) 0xBB && buf[i + 2] == (byte) 0xBF;
    }

    /**
     * After the record at {@code zeile}, read by a parser opened for its line: the lines after it
     * are read without a parser again. The block's parser would go on reading there, so the anchor
     * stays valid and the next line is not treated as the start of a fresh parser.
     */
    private void zurueck(long zeile) {
        schnell = naechsteZeileNach(zeile);
    }

    /**
     * Closes the parser and moves {@link #pos} and {@link #zeileNr} to the line after {@code zeile},
     * counted from the parser's start; false when that line is in the next block ({@link #basis}
     * then holds its number).
     */
    private boolean naechsteZeileNach(long zeile) {
        int p = parserStart;
        long z = parserBasis;
        schliesseParser();
        while (z <= zeile && p < blockEnde) {
            if (zeilenende(p, blockEnde)) {
                z++;
            }
            p++;
        }
        if (p >= blockEnde) {
            basis = z;
            return false;
        }
        pos = p;
        zeileNr = z;
        return true;
    }

    /**
     * Starts reading at a line start where a fresh parser would start: without a parser when
     * allowed and Jackson would not guess another encoding from its first bytes (a UTF-8 byte order
     * mark that a fresh parser skips is left to {@link #aushelfen}, which opens the parser right
     * there), else with the parser as {@link #oeffne} opens it.
     */
    private void beginne(int start, long zeilennummer) {
        if (schnellErlaubt && falscheKodierung(start) < 0) {
            schnell = true;
            pos = start;
            zeileNr = zeilennummer;
            anker = start;
            ankerNr = zeilennummer;
        } else {
            oeffne(start, zeilennummer);
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
            if (parserBasis + Jsondefekte.zeile(e, parser) - 1 == zeile) {
                Jsondefekte.setze(row, e, false, parserBasis);
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
            beginne(ende, naechsteZeile);
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
        if (naechsteZeileNach(fehlerZeile)) {
            beginne(pos, zeileNr);
        }
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
        aushilfe = false;
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
                beginne(0, basis);
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
