package de.ozg.json.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * A reader that decodes with {@link CodingErrorAction#REPORT} and, on the first undecodable byte,
 * first hands out every character decoded before it and then fails with {@link EncodingFailure}
 * naming the byte and its offset. The caller has then seen every character before the bad byte, so
 * its own line count is the line of the bad byte.
 */
final class StrictDecodingReader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final Charset charset;
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(16 * 1024);
    /** Absolute offset in the file of {@code bytes} index 0. */
    private long bytesBase;
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
                int bad = bytes.get(bytes.position()) & 0xFF;
                failure = new EncodingFailure(charset, bytesBase + bytes.position(), bad);
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

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The decoding failure, carried through the scanner as an {@link IOException}. */
    static final class EncodingFailure extends IOException {

        private static final long serialVersionUID = 1L;

        private final transient Charset charset;
        private final long byteOffset;
        private final int badByte;

        EncodingFailure(Charset charset, long byteOffset, int badByte) {
            super("Invalid " + charset.name() + " at byte offset " + byteOffset);
            this.charset = charset;
            this.byteOffset = byteOffset;
            this.badByte = badByte;
        }

        long byteOffset() {
            return byteOffset;
        }

        /** The undecodable byte as {@code 0xNN}. */
        String badByte() {
            return String.format("0x%02X", badByte);
        }

        Charset charset() {
            return charset;
        }
    }
}
