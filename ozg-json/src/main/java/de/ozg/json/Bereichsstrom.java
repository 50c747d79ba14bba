package de.ozg.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** The bytes {@code [start, end)} of a file, read with positional reads; closing closes the channel. */
final class Bereichsstrom extends InputStream {

    private final FileChannel kanal;
    private final long end;
    private long pos;

    Bereichsstrom(FileChannel kanal, long start, long end) {
        this.kanal = kanal;
        this.pos = start;
        this.end = end;
    }

    @Override
    public int read() throws IOException {
        byte[] b = new byte[1];
        return read(b, 0, 1) < 0 ? -1 : b[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pos >= end) {
            return -1;
        }
        int n = kanal.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - pos)), pos);
        if (n < 0) {
            throw new java.io.EOFException("the file ended at byte " + pos + ", before byte " + end);
        }
        pos += n;
        return n;
    }

    @Override
    public int available() {
        return (int) Math.min(Integer.MAX_VALUE, end - pos);
    }

    @Override
    public void close() throws IOException {
        kanal.close();
    }
}
