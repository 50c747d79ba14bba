package de.ozg.json.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A reader that decodes with {@link CodingErrorAction#REPORT} and, on the first undecodable byte,
 * first hands out every character decoded before it and then fails with {@link EncodingFailure}
 * naming the physical line and byte offset. Lines are counted as LF, CRLF or lone CR, the way the
 * CSV parser counts them.
 */
final class StrictDecodingReader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final Charset charset;
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(16 * 1024);
    /** Absolute offset in the file of {@code bytes} index 0. */
    private long bytesBase;
    private long line = 1;
    private boolean lastWasCr;
    private boolean endOfInput;
    private boolean flushed;
    private EncodingFailure failure;

    StrictDecodingReader(InputStream in, Charset charset, long startOffset) {
        this.in = in;
        this.charset = charset;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.bytesBase = startOffset;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (failure != null) {
                throw failure;
            }
            if (flushed) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    private void fill() throws IOException {
        chars.clear();
        while (chars.position() == 0 && failure == null && !flushed) {
            if (!bytes.hasRemaining() && !endOfInput) {
                readMoreBytes();
            }
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                countLines(0, chars.position());
                int bad = bytes.get(bytes.position()) & 0xFF;
                failure = new EncodingFailure(charset, line, bytesBase + bytes.position(), bad);
                chars.flip();
                return;
            }
            if (result.isUnderflow()) {
                if (endOfInput) {
                    decoder.flush(chars);
                    flushed = true;
                } else if (chars.position() == 0) {
                    readMoreBytes();
                }
            }
        }
        countLines(0, chars.position());
        chars.flip();
    }

    private void readMoreBytes() throws IOException {
        bytesBase += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private void countLines(int from, int to) {
        char[] a = chars.array();
        for (int i = from; i < to; i++) {
            char c = a[i];
            if (c == '\r') {
                line++;
            } else if (c == '\n' && !lastWasCr) {
                line++;
            }
            lastWasCr = c == '\r';
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The decoding failure, carried through the CSV parser as an {@link IOException}. */
    static final class EncodingFailure extends IOException {

        private static final long serialVersionUID = 1L;

        private final transient Charset charset;
        private final long line;
        private final long byteOffset;
        private final int badByte;

        EncodingFailure(Charset charset, long line, long byteOffset, int badByte) {
            super("Invalid " + charset.name() + " at line " + line + ", byte offset " + byteOffset);
            this.charset = charset;
            this.line = line;
            this.byteOffset = byteOffset;
            this.badByte = badByte;
        }

        long line() {
            return line;
        }

        CsvProblem toProblem() {
            String hex = String.format("0x%02X", badByte);
            boolean utf8 = charset.equals(StandardCharsets.UTF_8);
            String de = "Ungültiges " + charset.name() + " in Zeile " + line + " (Byte " + hex + " an Position "
                    + byteOffset + ")."
                    + (utf8 ? " Ist die Datei ISO-8859-1/Windows-1252? Dann mit Zeichensatz-Option lesen."
                            : " Stimmt der Zeichensatz? Sonst mit passender Zeichensatz-Option lesen.")
                    + " Das Lesen endet hier.";
            String en = "Invalid " + charset.name() + " at line " + line + " (byte " + hex + " at offset "
                    + byteOffset + ")."
                    + (utf8 ? " Is the file ISO-8859-1/Windows-1252? Then read it with the charset option."
                            : " Is the charset right? Otherwise read it with the matching charset option.")
                    + " Reading stops here.";
            return CsvProblem.of(CsvProblem.Kind.INVALID_ENCODING, line, null, hex, de, en);
        }
    }
}
