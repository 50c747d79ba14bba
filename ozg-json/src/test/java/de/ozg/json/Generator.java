package de.ozg.json;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * An input stream that produces its bytes on demand from a prefix, a repeated unit and a suffix,
 * so that tests can feed hundreds of megabytes without holding them.
 */
final class Generator extends InputStream {

    interface Einheit {
        byte[] bytes(long index);
    }

    private final byte[] prefix;
    private final Einheit einheit;
    private final long anzahl;
    private final byte[] suffix;
    private byte[] aktuell;
    private int pos;
    private long index = -1;

    Generator(String prefix, Einheit einheit, long anzahl, String suffix) {
        this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
        this.einheit = einheit;
        this.anzahl = anzahl;
        this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
        this.aktuell = this.prefix;
    }

    private boolean weiter() {
        while (pos >= aktuell.length) {
            index++;
            if (index < anzahl) {
                aktuell = einheit.bytes(index);
            } else if (index == anzahl) {
                aktuell = suffix;
            } else {
                return false;
            }
            pos = 0;
        }
        return true;
    }

    @Override
    public int read() {
        return weiter() ? aktuell[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len && weiter()) {
            int k = Math.min(len - n, aktuell.length - pos);
            System.arraycopy(aktuell, pos, b, off + n, k);
            pos += k;
            n += k;
        }
        return n == 0 ? -1 : n;
    }
}
