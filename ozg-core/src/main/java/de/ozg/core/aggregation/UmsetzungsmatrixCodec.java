package de.ozg.core.aggregation;

import de.ozg.core.model.Gebiet;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.CRC32C;

/**
 * The binary form of an {@link Umsetzungsmatrix}'s partial state, so that partial results can
 * travel between the workers of a distributed engine — Spark's {@code Aggregator} buffer, Flink's
 * {@code AggregateFunction} accumulator, Beam's {@code CombineFn} accumulator coder — and be merged
 * where they arrive. Decoding gives a matrix that merges and reads exactly as the one encoded.
 *
 * <p>The form, version {@value #VERSION} (all integers unsigned LEB128 varints unless said otherwise):
 * <ol>
 * <li>the magic bytes {@code OZGM}, the format version (one byte) and flags (one byte; bit 0: the
 *     rule combines by the worst Reifegrad, so a second set of bitsets follows);</li>
 * <li>the setup's fingerprint (8 bytes, big-endian): a hash of the catalogue's LeiKa keys and their
 *     relevance, the Gemeinden's ARS in index order and the counting rule — a matrix decodes only
 *     into the same setup;</li>
 * <li>the number of keys and of Gemeinden; the counts of rows read, online, offline, inactive and
 *     not ok; per reason of {@link NichtZugeordnet.Grund} its count and its examples;</li>
 * <li>the level codes that are not 0, as (index gap, code byte) pairs;</li>
 * <li>the bitsets of the keys that have one, as (index gap, runs), a run being {@code length << 2 |
 *     kind} for words that are all 0 (kind 0) or all 1 (kind 1), or followed by that many literal
 *     64-bit words, little-endian (kind 2); for the worst-Reifegrad rule the second set likewise;</li>
 * <li>a CRC-32C of everything before it (4 bytes, big-endian).</li>
 * </ol>
 * A national Stichtag (5,000 services over 11,000 Gemeinden) takes some hundred kilobytes; a
 * partition's partial matrix over few services takes a few.
 *
 * <p>Bytes of another format version are refused ({@link AggregationViolation#UNSUPPORTED_FORMAT}),
 * so are altered or cut-off bytes ({@link AggregationViolation#CORRUPT_STATE}) and a state of
 * another setup ({@link AggregationViolation#INCOMPATIBLE_ACCUMULATORS}); never a wrong figure.
 *
 * <p>Immutable and thread-safe; build one per setup and reuse it.
 */
public final class UmsetzungsmatrixCodec {

    /** The format version written, and the only one read. */
    public static final int VERSION = 1;

    private static final byte[] MAGIC = {'O', 'Z', 'G', 'M'};
    private static final int KOPF = MAGIC.length + 2 + 8;

    private final Rahmen rahmen;
    private final boolean schlechtester;
    private final long fingerabdruck;
    /** Words of a Gemeinde bitset. */
    private final int worte;

    private UmsetzungsmatrixCodec(Umsetzungsmatrix setup) {
        // the setup only: reading the matrix's state would place its waiting rows
        this.rahmen = setup.rahmen();
        this.schlechtester = rahmen.schlechtester;
        this.fingerabdruck = fingerabdruck(rahmen);
        this.worte = Bits.neu(rahmen.gemeinden).length;
    }

    /**
     * The codec for matrices over the setup of the given one (catalogue, Gebiete, counting rule).
     *
     * @param setup any matrix over the setup, e.g. a zero
     * @return the codec
     */
    public static UmsetzungsmatrixCodec of(Umsetzungsmatrix setup) {
        return new UmsetzungsmatrixCodec(Objects.requireNonNull(setup, "setup"));
    }

    /** @return the fingerprint of the setup, as written into every encoded state */
    public long fingerprint() {
        return fingerabdruck;
    }

    /**
     * A fresh zero over the setup, sharing its index.
     *
     * @return the zero
     */
    public Umsetzungsmatrix zero() {
        return new Umsetzungsmatrix(rahmen);
    }

    /**
     * Encodes a matrix's partial state. The matrix stays unchanged.
     *
     * @param matrix a matrix over this codec's setup
     * @return the bytes
     * @throws AggregationException with {@link AggregationViolation#INCOMPATIBLE_ACCUMULATORS} for a
     *                              matrix over another setup
     */
    public byte[] toBytes(Umsetzungsmatrix matrix) {
        Matrixzustand z = matrix.zustand();
        if (!rahmen.isVertraeglich(z.rahmen())) {
            throw new AggregationException(AggregationViolation.INCOMPATIBLE_ACCUMULATORS, "UmsetzungsmatrixCodec",
                    z.rahmen().regel.toString(), "a matrix over the codec's catalogue, Gebiete and rule ("
                            + rahmen.regel + ")");
        }
        Puffer p = new Puffer();
        p.bytes(MAGIC);
        p.byte1(VERSION);
        p.byte1(schlechtester ? 1 : 0);
        p.long8(fingerabdruck);
        p.varint(rahmen.anzahlSchluessel());
        p.varint(rahmen.gemeinden);
        for (long c : z.zaehler()) {
            p.varint(c);
        }
        p.varint(z.nichtZugeordnet().length);
        for (int g = 0; g < z.nichtZugeordnet().length; g++) {
            p.varint(z.nichtZugeordnet()[g]);
            long[] beispiele = z.beispiele()[g].werte();
            p.varint(beispiele.length);
            long vorher = 0;
            for (long v : beispiele) {
                p.varint(v - vorher);
                vorher = v;
            }
        }
        byte[] stufen = z.stufen();
        int besetzt = 0;
        for (byte s : stufen) {
            besetzt += s != 0 ? 1 : 0;
        }
        p.varint(besetzt);
        int vorher = -1;
        for (int i = 0; i < stufen.length; i++) {
            if (stufen[i] != 0) {
                p.varint(i - vorher);
                p.byte1(stufen[i]);
                vorher = i;
            }
        }
        bitsets(p, z.erfuellt());
        if (schlechtester) {
            bitsets(p, z.verfehlt());
        }
        CRC32C crc = new CRC32C();
        crc.update(p.b, 0, p.n);
        p.int4((int) crc.getValue());
        return Arrays.copyOf(p.b, p.n);
    }

    private static void bitsets(Puffer p, long[][] bits) {
        int anzahl = 0;
        for (long[] b : bits) {
            anzahl += b != null ? 1 : 0;
        }
        p.varint(anzahl);
        int vorher = -1;
        for (int k = 0; k < bits.length; k++) {
            long[] w = bits[k];
            if (w == null) {
                continue;
            }
            p.varint(k - vorher);
            vorher = k;
            int i = 0;
            while (i < w.length) {
                int j = i;
                if (w[i] == 0 || w[i] == -1L) {
                    while (j < w.length && w[j] == w[i]) {
                        j++;
                    }
                    p.varint((long) (j - i) << 2 | (w[i] == 0 ? 0 : 1));
                } else {
                    while (j < w.length && w[j] != 0 && w[j] != -1L) {
                        j++;
                    }
                    p.varint((long) (j - i) << 2 | 2);
                    for (int x = i; x < j; x++) {
                        p.long8le(w[x]);
                    }
                }
                i = j;
            }
        }
    }

    /**
     * Decodes a partial state into a fresh matrix over this codec's setup, which merges and reads as
     * the matrix encoded.
     *
     * @param bytes the bytes of {@link #toBytes}
     * @return the matrix
     * @throws AggregationException with {@link AggregationViolation#UNSUPPORTED_FORMAT} for bytes of
     *                              another form or version, {@link AggregationViolation#CORRUPT_STATE}
     *                              for altered or cut-off bytes, and
     *                              {@link AggregationViolation#INCOMPATIBLE_ACCUMULATORS} for the
     *                              state of another setup
     */
    public Umsetzungsmatrix fromBytes(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length < MAGIC.length || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new AggregationException(AggregationViolation.UNSUPPORTED_FORMAT, "UmsetzungsmatrixCodec.magic",
                    hex(bytes, MAGIC.length), "the bytes " + new String(MAGIC, StandardCharsets.US_ASCII));
        }
        if (bytes.length < MAGIC.length + 1 || bytes[MAGIC.length] != VERSION) {
            throw new AggregationException(AggregationViolation.UNSUPPORTED_FORMAT, "UmsetzungsmatrixCodec.version",
                    bytes.length > MAGIC.length ? Integer.toString(bytes[MAGIC.length] & 0xFF) : null,
                    "format version " + VERSION);
        }
        if (bytes.length < KOPF + 4) {
            throw korrupt("length", Integer.toString(bytes.length), "at least " + (KOPF + 4) + " bytes");
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        Leser l = new Leser(bytes, bytes.length - 4);
        int gespeichert = (bytes[bytes.length - 4] & 0xFF) << 24 | (bytes[bytes.length - 3] & 0xFF) << 16
                | (bytes[bytes.length - 2] & 0xFF) << 8 | bytes[bytes.length - 1] & 0xFF;
        if (gespeichert != (int) crc.getValue()) {
            throw korrupt("checksum", Integer.toHexString(gespeichert), "CRC-32C " + Integer.toHexString(
                    (int) crc.getValue()) + " of the bytes before it");
        }
        l.pos = MAGIC.length + 1;
        boolean flag = (l.byte1() & 1) != 0;
        long fp = l.long8();
        long schluessel = l.varint();
        long gemeinden = l.varint();
        if (flag != schlechtester || fp != fingerabdruck || schluessel != rahmen.anzahlSchluessel()
                || gemeinden != rahmen.gemeinden) {
            throw new AggregationException(AggregationViolation.INCOMPATIBLE_ACCUMULATORS,
                    "UmsetzungsmatrixCodec.fingerprint", Long.toHexString(fp) + " (" + schluessel + " keys, "
                            + gemeinden + " Gemeinden)", "the state of a matrix over this setup: "
                            + Long.toHexString(fingerabdruck) + " (" + rahmen.anzahlSchluessel() + " keys, "
                            + rahmen.gemeinden + " Gemeinden, " + rahmen.regel + ")");
        }
        Umsetzungsmatrix m = new Umsetzungsmatrix(rahmen);
        Matrixzustand z = m.zustand();
        // as many counters as toBytes writes: those of the state
        long[] zaehler = new long[z.zaehler().length];
        for (int i = 0; i < zaehler.length; i++) {
            zaehler[i] = l.varint();
        }
        m.setzeZaehler(zaehler);
        l.gleich(z.nichtZugeordnet().length, "reasons of unassigned rows");
        for (int g = 0; g < z.nichtZugeordnet().length; g++) {
            z.nichtZugeordnet()[g] = l.varint();
            long n = l.bis(Stichprobe.GROESSE, "examples");
            long v = 0;
            for (int i = 0; i < n; i++) {
                v += l.varint();
                z.beispiele()[g].add(v);
            }
        }
        byte[] stufen = z.stufen();
        long besetzt = l.bis(stufen.length, "level codes");
        int i = -1;
        for (long x = 0; x < besetzt; x++) {
            i += (int) l.luecke(stufen.length - 1 - i, "level index gap");
            int code = l.byte1();
            if (code < 1 || code > 2 + 15) {
                throw korrupt("level code", Integer.toString(code), "1 to 17");
            }
            stufen[i] = (byte) code;
        }
        lies(l, z.erfuellt());
        if (schlechtester) {
            lies(l, z.verfehlt());
        }
        if (l.pos != l.ende) {
            throw korrupt("length", Integer.toString(bytes.length), "no bytes after the bitsets, found "
                    + (l.ende - l.pos));
        }
        return m;
    }

    private void lies(Leser l, long[][] bits) {
        long anzahl = l.bis(bits.length, "bitsets");
        int k = -1;
        for (long x = 0; x < anzahl; x++) {
            k += (int) l.luecke(bits.length - 1 - k, "bitset index gap");
            long[] w = new long[worte];
            int i = 0;
            while (i < worte) {
                long lauf = l.varint();
                long laenge = lauf >>> 2;
                int art = (int) (lauf & 3);
                if (laenge < 1 || laenge > worte - i || art == 3) {
                    throw korrupt("bitset run", Long.toString(lauf), "a run of 1 to " + (worte - i) + " words");
                }
                for (int j = 0; j < laenge; j++) {
                    w[i + j] = art == 0 ? 0 : art == 1 ? -1L : l.long8le();
                }
                i += (int) laenge;
            }
            if ((rahmen.gemeinden & 63) != 0 && (w[worte - 1] >>> (rahmen.gemeinden & 63)) != 0) {
                throw korrupt("bitset", "bits beyond Gemeinde " + rahmen.gemeinden, "no bit past the last Gemeinde");
            }
            bits[k] = w;
        }
    }

    /** A stable hash of what bit and slot positions mean: keys, relevance, Gemeinden, rule. */
    private static long fingerabdruck(Rahmen r) {
        long h = 0xcbf29ce484222325L;
        for (int k = 0; k < r.schluessel.length; k++) {
            h = mische(h, r.schluessel[k]);
            h = mische(h, r.relevant[k] ? 1 : 0);
        }
        for (Gebiet g : r.verzeichnis.gemeinden()) {
            h = mische(h, g.ars().longValue());
            h = mische(h, g.isKommune() ? 1 : 0);
        }
        byte[] regel = r.regel.toString().getBytes(StandardCharsets.UTF_8);
        for (byte b : regel) {
            h = mische(h, b);
        }
        return h;
    }

    private static long mische(long h, long v) {
        long x = (h ^ v) * 0x9E3779B97F4A7C15L;
        return x ^ (x >>> 29);
    }

    private static String hex(byte[] b, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(n, b.length); i++) {
            sb.append(String.format("%02x", b[i] & 0xFF));
        }
        return sb.toString();
    }

    static AggregationException korrupt(String teil, String wert, String erwartet) {
        return new AggregationException(AggregationViolation.CORRUPT_STATE, "UmsetzungsmatrixCodec." + teil, wert,
                erwartet);
    }

    /** A growing byte array. */
    private static final class Puffer {
        byte[] b = new byte[256];
        int n;

        void platz(int k) {
            if (n + k > b.length) {
                b = Arrays.copyOf(b, Math.max(b.length * 2, n + k));
            }
        }

        void byte1(int v) {
            platz(1);
            b[n++] = (byte) v;
        }

        void bytes(byte[] v) {
            platz(v.length);
            System.arraycopy(v, 0, b, n, v.length);
            n += v.length;
        }

        void varint(long v) {
            platz(10);
            while ((v & ~0x7FL) != 0) {
                b[n++] = (byte) (v & 0x7F | 0x80);
                v >>>= 7;
            }
            b[n++] = (byte) v;
        }

        void long8(long v) {
            for (int i = 7; i >= 0; i--) {
                byte1((int) (v >>> (8 * i)));
            }
        }

        void long8le(long v) {
            for (int i = 0; i < 8; i++) {
                byte1((int) (v >>> (8 * i)));
            }
        }

        void int4(int v) {
            for (int i = 3; i >= 0; i--) {
                byte1(v >>> (8 * i));
            }
        }
    }

    /** Reads with bounds checks: whatever the bytes, a precise refusal rather than a wrong figure. */
    private static final class Leser {
        final byte[] b;
        final int ende;
        int pos;

        Leser(byte[] b, int ende) {
            this.b = b;
            this.ende = ende;
        }

        int byte1() {
            if (pos >= ende) {
                throw korrupt("length", Integer.toString(ende + 4), "more bytes: cut off at byte " + pos);
            }
            return b[pos++] & 0xFF;
        }

        long long8() {
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = v << 8 | byte1();
            }
            return v;
        }

        long long8le() {
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v |= (long) byte1() << (8 * i);
            }
            return v;
        }

        long varint() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int x = byte1();
                v |= (long) (x & 0x7F) << shift;
                if ((x & 0x80) == 0) {
                    if (v < 0) {
                        throw korrupt("count", Long.toUnsignedString(v), "a count below 2^63");
                    }
                    return v;
                }
            }
            throw korrupt("varint", "more than 10 bytes at byte " + pos, "a varint of at most 10 bytes");
        }

        long bis(long max, String was) {
            long v = varint();
            if (v > max) {
                throw korrupt(was, Long.toString(v), "at most " + max);
            }
            return v;
        }

        /** A gap between ascending indexes: at least 1, at most {@code max}. */
        long luecke(long max, String was) {
            long v = varint();
            if (v < 1 || v > max) {
                throw korrupt(was, Long.toString(v), "1 to " + max);
            }
            return v;
        }

        void gleich(long erwartet, String was) {
            long v = varint();
            if (v != erwartet) {
                throw korrupt(was, Long.toString(v), Long.toString(erwartet));
            }
        }
    }
}
