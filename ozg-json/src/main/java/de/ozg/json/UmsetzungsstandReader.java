package de.ozg.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.Severity;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads status rows ({@link Umsetzungsstand}) as a stream in constant memory, from JSON Lines, from
 * a JSON array (bare or inside a status document) or from the dashboard's flat CSV export.
 *
 * <p>One Stichtag of the OZG-Dashboard holds a row per LeiKa service and Gemeinde: tens of millions.
 * Such files are never loaded whole and never rejected whole: every bad row is skipped and reported
 * as a {@link Befund} (rule ids in {@link Statusbefunde}) with its place — the physical line for
 * JSON Lines and CSV (plus the field as a JSON Pointer into the row, or the column), the JSON Pointer
 * such as {@code /zeilen/17/ars} (plus the line) for arrays — and reading goes on with the next row.
 * A JSON Lines row that is not even well-formed JSON costs only its own line. Inside a JSON array a
 * syntax error or an exceeded limit ends the reading with one finding, because the rest of the array
 * cannot be found reliably; everything before it has been delivered. Failures of the input stream
 * itself are thrown as {@link UncheckedIOException}.
 *
 * <pre>{@code
 * List<Befund> befunde = new ArrayList<>();
 * try (UmsetzungsstandReader reader = UmsetzungsstandReader.jsonLines(in, befunde::add)) {
 *     reader.forEachRemaining(aggregation::add);
 * }
 * }</pre>
 *
 * <p>The JSON readers parse fields straight from Jackson's token stream (no tree per row), check
 * identifiers on the parser's buffer before parsing them, share one instance per distinct
 * identifier text (so the rows of a file refer to a few thousand key and ARS objects, not millions)
 * and per Reifegrad, and parse each distinct Stichtag once. A reader is a single-use cursor and not thread-safe; the rows it yields
 * are immutable.
 */
public final class UmsetzungsstandReader implements Iterator<Umsetzungsstand>, AutoCloseable {

    /** The value of {@code format} in a status document. */
    public static final String FORMAT = "ozg-umsetzungsstand";
    /** The longest JSON Lines row accepted, in bytes; longer lines are reported and skipped. */
    public static final int MAX_ZEILENLAENGE = 2 * OzgJson.MAX_STRING_LENGTH;

    private final Quelle quelle;
    private final Consumer<Befund> befunde;
    private Umsetzungsstand naechste;
    private boolean fertig;
    private long zeilen;
    private long fehlerhaft;

    private UmsetzungsstandReader(Quelle quelle, Consumer<Befund> befunde) {
        this.quelle = quelle;
        this.befunde = befunde;
        quelle.reader = this;
    }

    /**
     * Reads JSON Lines: one row object per line (UTF-8, LF or CRLF; blank lines are ignored; a byte
     * order mark at the start is skipped). Each row needs its {@code stichtag}.
     *
     * @param in      the input, closed by {@link #close()}
     * @param befunde receives a finding for every bad row
     * @return the reader
     */
    public static UmsetzungsstandReader jsonLines(InputStream in, Consumer<Befund> befunde) {
        return new UmsetzungsstandReader(new JsonLinesQuelle(Objects.requireNonNull(in, "in")),
                Objects.requireNonNull(befunde, "befunde"));
    }

    /**
     * Reads a top-level JSON array of row objects, or a status document
     * {@code {"format":"ozg-umsetzungsstand","version":1,"stichtag":…,"zeilen":[…]}} whose rows may
     * leave out their Stichtag (they then have the document's). In a document, {@code format},
     * {@code version} and {@code stichtag} must come before {@code zeilen}, as this library writes
     * them, so that the rows can be streamed.
     *
     * @param in      the input, closed by {@link #close()}
     * @param befunde receives a finding for every bad row
     * @return the reader
     */
    public static UmsetzungsstandReader jsonArray(InputStream in, Consumer<Befund> befunde) {
        return new UmsetzungsstandReader(new JsonArrayQuelle(Objects.requireNonNull(in, "in")),
                Objects.requireNonNull(befunde, "befunde"));
    }

    /**
     * Reads the dashboard's flat CSV export, see {@link UmsetzungsstandCsv} for the columns and values.
     *
     * @param in      the input, closed by {@link #close()}
     * @param befunde receives a finding for every bad row and every structural problem of the file
     * @return the reader
     * @throws UncheckedIOException when the first bytes cannot be read
     */
    public static UmsetzungsstandReader csv(InputStream in, Consumer<Befund> befunde) {
        return csv(in, java.nio.charset.StandardCharsets.UTF_8, befunde);
    }

    /**
     * Reads the dashboard's flat CSV export in another charset, for exports saved as ISO-8859-1 or
     * windows-1252. A byte order mark still wins over the charset given.
     *
     * @param in          the input, closed by {@link #close()}
     * @param zeichensatz the charset of the file
     * @param befunde     receives a finding for every bad row and every structural problem of the file
     * @return the reader
     * @throws UncheckedIOException when the first bytes cannot be read
     */
    public static UmsetzungsstandReader csv(InputStream in, java.nio.charset.Charset zeichensatz,
            Consumer<Befund> befunde) {
        return new UmsetzungsstandReader(new UmsetzungsstandCsv.Leser(Objects.requireNonNull(in, "in"),
                Objects.requireNonNull(zeichensatz, "zeichensatz")), Objects.requireNonNull(befunde, "befunde"));
    }

    @Override
    public boolean hasNext() {
        if (naechste == null && !fertig) {
            try {
                naechste = quelle.naechste();
            } catch (IOException e) {
                close();
                throw new UncheckedIOException(e);
            }
            if (naechste == null) {
                fertig = true;
            }
        }
        return naechste != null;
    }

    @Override
    public Umsetzungsstand next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more rows");
        }
        Umsetzungsstand s = naechste;
        naechste = null;
        return s;
    }

    /**
     * The remaining rows as a sequential stream; closing the stream closes this reader.
     *
     * @return the stream
     */
    public Stream<Umsetzungsstand> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false)
                .onClose(this::close);
    }

    /**
     * The number of rows met so far, good and bad.
     *
     * @return the count
     */
    public long zeilen() {
        return zeilen;
    }

    /**
     * The number of rows skipped because of an error so far.
     *
     * @return the count
     */
    public long fehlerhafteZeilen() {
        return fehlerhaft;
    }

    /**
     * The Stichtag of the status document, once its header has been read.
     *
     * @return the document's Stichtag; empty for JSON Lines, CSV and bare arrays
     */
    public Optional<LocalDate> stichtag() {
        return Optional.ofNullable(quelle.stichtag);
    }

    /** Closes the input. I/O failures while closing are ignored. */
    @Override
    public void close() {
        fertig = true;
        naechste = null;
        try {
            quelle.close();
        } catch (IOException e) {
            // all data has been read or abandoned on purpose
        }
    }

    void zeile(boolean gut) {
        zeilen++;
        if (!gut) {
            fehlerhaft++;
        }
    }

    void melde(String regel, Severity severity, Fundstelle wo, String wert, String de, String en) {
        befunde.accept(Befund.builder().regelId(regel).severity(severity).fundstelle(wo).wert(wert)
                .meldung(de, en).build());
    }

    /** One input form. */
    abstract static class Quelle {
        UmsetzungsstandReader reader;
        LocalDate stichtag;

        /** The next good row, or null at the end. */
        abstract Umsetzungsstand naechste() throws IOException;

        abstract void close() throws IOException;
    }

    static String regel(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return Statusbefunde.GRENZE;
        }
        String m = String.valueOf(e.getOriginalMessage());
        if (e.getCause() instanceof CharConversionException || m.contains("Invalid UTF-8")
                || m.contains("Invalid UTF8")) {
            return Statusbefunde.KODIERUNG;
        }
        return Statusbefunde.JSON_SYNTAX;
    }

    static String deutsch(String regel) {
        switch (regel) {
            case Statusbefunde.GRENZE:
                return "Sicherheitsgrenze überschritten";
            case Statusbefunde.KODIERUNG:
                return "Ungültiges UTF-8";
            default:
                return "Kein wohlgeformtes JSON";
        }
    }

    /** JSON Lines: the input is cut into blocks of whole lines, each parsed by one parser. */
    static final class JsonLinesQuelle extends Quelle {
        private static final int BLOCK = 64 * 1024;

        private final InputStream in;
        private final Zeilenformat format = new Zeilenformat(false, true);
        private byte[] buf = new byte[BLOCK];
        private int end;
        private boolean eof;
        /** The line number of buf[0]. */
        private long basis = 1;
        private JsonParser parser;
        private int parserStart;
        private long parserBasis;
        /** Whether the region at parserStart begins with bytes of another encoding: reported before any parsing. */
        private boolean frisch;
        private int blockEnde;
        private long zeile;

        JsonLinesQuelle(InputStream in) {
            this.in = in;
        }

        private final Zeilenformat.Meldung meldung = (regel, art, feld, wert, de, en) -> reader.melde(regel,
                Severity.ERROR, Fundstelle.zeile(zeile).withPointer("/" + Fundstelle.escapePointerSegment(feld)),
                wert, "Zeile " + zeile + ": " + de, "Line " + zeile + ": " + en);

        @Override
        Umsetzungsstand naechste() throws IOException {
            while (true) {
                zeile = -1;
                if (frisch) {
                    frisch = false;
                    int falsch = falscheKodierung();
                    // Jackson guesses UTF-16 or UTF-32 from NUL bytes or a byte order mark in the
                    // first four bytes and would then decode the rest of the block as garbage. The
                    // format is UTF-8 only: the line is reported and skipped. Lines before it in
                    // those four bytes are at most three bytes long and can never be a row.
                    long z = zeileVon(falsch);
                    reader.zeile(false);
                    reader.melde(Statusbefunde.KODIERUNG, Severity.ERROR, Fundstelle.zeile(z), null,
                            "Zeile " + z + ": Ungültiges UTF-8: ein NUL-Byte oder eine UTF-16/32-Bytereihenfolgemarke",
                            "Line " + z + ": invalid UTF-8: a NUL byte or a UTF-16/32 byte order mark");
                    neustartNach(z);
                    continue;
                }
                if (parser == null) {
                    if (!naechsterBlock()) {
                        return null;
                    }
                    continue;
                }
                try {
                    JsonToken t = parser.nextToken();
                    if (t == null) {
                        basis = parserBasis + parser.currentLocation().getLineNr() - 1;
                        schliesseParser();
                        continue;
                    }
                    zeile = parserBasis + parser.currentTokenLocation().getLineNr() - 1;
                    if (t != JsonToken.START_OBJECT) {
                        reader.zeile(false);
                        reader.melde(Statusbefunde.ZEILE_KEIN_OBJEKT, Severity.ERROR, Fundstelle.zeile(zeile), null,
                                "Zeile " + zeile + ": die Zeile ist kein JSON-Objekt",
                                "Line " + zeile + ": the row is not a JSON object");
                        parser.skipChildren();
                        continue;
                    }
                    Umsetzungsstand s = format.lese(parser, meldung);
                    reader.zeile(s != null);
                    if (s != null) {
                        return s;
                    }
                } catch (JsonProcessingException e) {
                    long fehlerZeile = zeile > 0 ? zeile
                            : parserBasis + (e.getLocation() == null ? 1 : e.getLocation().getLineNr()) - 1;
                    reader.zeile(false);
                    String regel = regel(e);
                    reader.melde(regel, Severity.ERROR, Fundstelle.zeile(fehlerZeile), null,
                            "Zeile " + fehlerZeile + ": " + deutsch(regel) + ": " + e.getOriginalMessage(),
                            "Line " + fehlerZeile + ": " + e.getOriginalMessage());
                    neustartNach(fehlerZeile);
                } catch (CharConversionException e) {
                    // a decoding failure outside Jackson's own exceptions: never seen after the check
                    // above, kept so that an encoding problem can only ever cost its line
                    long fehlerZeile = zeile > 0 ? zeile : parserBasis;
                    reader.zeile(false);
                    reader.melde(Statusbefunde.KODIERUNG, Severity.ERROR, Fundstelle.zeile(fehlerZeile), null,
                            "Zeile " + fehlerZeile + ": Ungültiges UTF-8: " + e.getMessage(),
                            "Line " + fehlerZeile + ": invalid UTF-8: " + e.getMessage());
                    neustartNach(fehlerZeile);
                }
            }
        }

        /** The position of a NUL byte or UTF-16 byte order mark in the parser's first four bytes, or -1. */
        private int falscheKodierung() {
            int bis = Math.min(parserStart + 4, blockEnde);
            if (bis - parserStart >= 2 && (buf[parserStart] == (byte) 0xFE && buf[parserStart + 1] == (byte) 0xFF
                    || buf[parserStart] == (byte) 0xFF && buf[parserStart + 1] == (byte) 0xFE)) {
                return parserStart;
            }
            for (int i = parserStart; i < bis; i++) {
                if (buf[i] == 0) {
                    return i;
                }
            }
            return -1;
        }

        /** The line number of a position in the parser's region. */
        private long zeileVon(int position) {
            long z = parserBasis;
            for (int i = parserStart; i < position; i++) {
                if (buf[i] == '\n' || buf[i] == '\r' && !(i + 1 < blockEnde && buf[i + 1] == '\n')) {
                    z++;
                }
            }
            return z;
        }

        /** Continues with a fresh parser at the line after {@code fehlerZeile}. */
        private void neustartNach(long fehlerZeile) {
            schliesseParser();
            int pos = parserStart;
            long z = parserBasis;
            while (z <= fehlerZeile && pos < blockEnde) {
                byte b = buf[pos++];
                if (b == '\n') {
                    z++;
                } else if (b == '\r') {
                    if (pos < blockEnde && buf[pos] == '\n') {
                        pos++;
                    }
                    z++;
                }
            }
            if (pos >= blockEnde) {
                basis = z;
                return;
            }
            oeffne(pos, z);
        }

        private void oeffne(int start, long zeilennummer) {
            parserStart = start;
            parserBasis = zeilennummer;
            if (falscheKodierung() >= 0) {
                // no parser: Jackson would already fail or guess another encoding while opening
                frisch = true;
                return;
            }
            try {
                parser = OzgJson.streamFactory().createParser(buf, start, blockEnde - start);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }

        }

        private void schliesseParser() {
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
                if (buf.length < MAX_ZEILENLAENGE) {
                    buf = java.util.Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_ZEILENLAENGE));
                    continue;
                }
                reader.zeile(false);
                reader.melde(Statusbefunde.GRENZE, Severity.ERROR, Fundstelle.zeile(basis), null,
                        "Zeile " + basis + " ist länger als " + MAX_ZEILENLAENGE + " Bytes und wird übersprungen",
                        "Line " + basis + " is longer than " + MAX_ZEILENLAENGE + " bytes and is skipped");
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

    /** A bare array or a status document, read by one parser over the whole input. */
    static final class JsonArrayQuelle extends Quelle {
        private final InputStream in;
        private final Zeilenformat format = new Zeilenformat(false, true);
        private JsonParser parser;
        private boolean begonnen;
        private boolean ende;
        private boolean dokument;
        private String praefix = "";
        private long zeile;

        JsonArrayQuelle(InputStream in) {
            this.in = in;
        }

        private final Zeilenformat.Meldung meldung = (regel, art, feld, wert, de, en) -> {
            String ptr = zeilenPointer() + "/" + Fundstelle.escapePointerSegment(feld);
            reader.melde(regel, Severity.ERROR, Fundstelle.pointer(ptr).withZeile(zeile), wert,
                    ptr + ": " + de, ptr + ": " + en);
        };

        private int index;

        private String zeilenPointer() {
            return praefix + "/" + index;
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
                }
                while (true) {
                    JsonToken t = parser.nextToken();
                    if (t == JsonToken.END_ARRAY) {
                        beende();
                        ende = true;
                        return null;
                    }
                    if (t == null) {
                        throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected end of input");
                    }
                    index = parser.getParsingContext().getCurrentIndex();
                    zeile = parser.currentTokenLocation().getLineNr();
                    if (t != JsonToken.START_OBJECT) {
                        reader.zeile(false);
                        String ptr = zeilenPointer();
                        reader.melde(Statusbefunde.ZEILE_KEIN_OBJEKT, Severity.ERROR,
                                Fundstelle.pointer(ptr).withZeile(zeile), null,
                                ptr + ": die Zeile ist kein JSON-Objekt", ptr + ": the row is not a JSON object");
                        parser.skipChildren();
                        continue;
                    }
                    index = parser.getParsingContext().getParent().getCurrentIndex();
                    Umsetzungsstand s = format.lese(parser, meldung);
                    reader.zeile(s != null);
                    if (s != null) {
                        return s;
                    }
                }
            } catch (CharConversionException e) {
                // decoding failed outside Jackson's own exceptions (after the check in beginne, only
                // possible in a document Jackson took for UTF-16 or UTF-32): reading stops, as for syntax
                ende = true;
                String ptr = parser == null ? "" : JsonFelder.pointer(parser);
                reader.melde(Statusbefunde.KODIERUNG, Severity.ERROR, Fundstelle.pointer(ptr).withZeile(1), null,
                        "Ungültiges UTF-8; das Lesen endet hier: " + e.getMessage(),
                        "invalid UTF-8: " + e.getMessage() + "; reading stops here");
                return null;
            } catch (JsonProcessingException e) {
                ende = true;
                String regel = regel(e);
                long z = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
                String ptr = parser == null ? "" : JsonFelder.pointer(parser);
                reader.melde(regel, Severity.ERROR, Fundstelle.pointer(ptr).withZeile(z), null,
                        "Zeile " + z + ": " + deutsch(regel) + "; das Lesen endet hier: " + e.getOriginalMessage(),
                        "Line " + z + ": " + e.getOriginalMessage() + "; reading stops here");
                return null;
            }
        }

        /** Reads up to the first row; false when there are no rows to read. */
        private boolean beginne() throws IOException {
            // Jackson would guess UTF-16 or UTF-32 from NUL bytes or a UTF-16 byte order mark in the
            // first four bytes; the format is UTF-8 only, so such input is refused before parsing.
            java.io.BufferedInputStream gepuffert = new java.io.BufferedInputStream(in);
            gepuffert.mark(4);
            byte[] kopf = gepuffert.readNBytes(4);
            gepuffert.reset();
            boolean fremd = kopf.length >= 2 && (kopf[0] == (byte) 0xFE && kopf[1] == (byte) 0xFF
                    || kopf[0] == (byte) 0xFF && kopf[1] == (byte) 0xFE);
            for (byte b : kopf) {
                fremd |= b == 0;
            }
            if (fremd) {
                reader.melde(Statusbefunde.KODIERUNG, Severity.ERROR, Fundstelle.pointer("").withZeile(1), null,
                        "Ungültiges UTF-8: ein NUL-Byte oder eine UTF-16/32-Bytereihenfolgemarke am Anfang; das Lesen endet hier",
                        "invalid UTF-8: a NUL byte or a UTF-16/32 byte order mark at the start; reading stops here");
                return false;
            }
            parser = OzgJson.streamFactory().createParser(gepuffert);
            JsonToken t = parser.nextToken();
            if (t == JsonToken.START_ARRAY) {
                return true;
            }
            if (t != JsonToken.START_OBJECT) {
                dokumentFehler(t == null ? "die Eingabe ist leer" : "erwartet ein JSON-Array oder ein Statusdokument",
                        t == null ? "the input is empty" : "expected a JSON array or a status document");
                return false;
            }
            dokument = true;
            praefix = "/zeilen";
            String fmt = null;
            boolean version = false;
            String name;
            while ((name = parser.nextFieldName()) != null) {
                JsonToken v = parser.nextToken();
                switch (name) {
                    case "format":
                        fmt = v == JsonToken.VALUE_STRING ? parser.getText() : "";
                        if (!FORMAT.equals(fmt)) {
                            dokumentFehler("format muss '" + FORMAT + "' sein", "format must be '" + FORMAT + "'");
                            return false;
                        }
                        break;
                    case "version":
                        if (v != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT
                                || parser.getIntValue() != Modellformen.VERSION) {
                            dokumentFehler("version muss " + Modellformen.VERSION + " sein (diese Bibliothek liest Version 1)",
                                    "version must be " + Modellformen.VERSION + " (this library reads version 1)");
                            return false;
                        }
                        version = true;
                        break;
                    case "stichtag":
                        stichtag = v == JsonToken.VALUE_STRING ? Datumscache.parse(parser.getText(), false) : null;
                        if (stichtag == null) {
                            dokumentFehler("stichtag muss ein ISO-8601-Datum JJJJ-MM-TT sein",
                                    "stichtag must be an ISO-8601 date yyyy-mm-dd");
                            return false;
                        }
                        break;
                    case "zeilen":
                        if (fmt == null || !version || stichtag == null) {
                            dokumentFehler("format, version und stichtag müssen vor zeilen stehen",
                                    "format, version and stichtag must come before zeilen");
                            return false;
                        }
                        if (v != JsonToken.START_ARRAY) {
                            dokumentFehler("zeilen muss ein JSON-Array sein", "zeilen must be a JSON array");
                            return false;
                        }
                        format.vorgabeStichtag(stichtag);
                        return true;
                    default:
                        unbekannt(name);
                        parser.skipChildren();
                }
            }
            dokumentFehler("das Feld zeilen fehlt", "the field zeilen is missing");
            return false;
        }

        /** After the rows: the rest of the document and the end of the input. */
        private void beende() throws IOException {
            if (dokument) {
                String name;
                while ((name = parser.nextFieldName()) != null) {
                    parser.nextToken();
                    unbekannt(name);
                    parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                long z = parser.currentTokenLocation().getLineNr();
                reader.melde(Statusbefunde.JSON_SYNTAX, Severity.ERROR, Fundstelle.zeile(z), null,
                        "Zeile " + z + ": nach dem Ende des Dokuments folgt weiterer Inhalt",
                        "Line " + z + ": content follows the end of the document");
            }
        }

        private void unbekannt(String name) {
            String ptr = "/" + Fundstelle.escapePointerSegment(name);
            reader.melde(Statusbefunde.FELD_UNBEKANNT, Severity.ERROR, Fundstelle.pointer(ptr), null,
                    ptr + ": unbekanntes Feld des Statusdokuments (erlaubt: format, version, stichtag, zeilen)",
                    ptr + ": unknown field of the status document (allowed: format, version, stichtag, zeilen)");
        }

        private void dokumentFehler(String de, String en) {
            String ptr = JsonFelder.pointer(parser);
            reader.melde(Statusbefunde.DOKUMENT_FORMAT, Severity.ERROR, Fundstelle.pointer(ptr), null,
                    "Kein Statusdokument: " + de, "Not a status document: " + en);
        }

        @Override
        void close() throws IOException {
            if (parser != null) {
                parser.close();
            }
            in.close();
        }
    }
}
