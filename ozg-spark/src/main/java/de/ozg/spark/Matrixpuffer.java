package de.ozg.spark;

import de.ozg.core.aggregation.Umsetzungsmatrix;
import de.ozg.core.aggregation.UmsetzungsmatrixCodec;
import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

/**
 * The buffer of {@link UmsetzungsmatrixAggregator}: a matrix while it is worked on, and
 * {@link UmsetzungsmatrixCodec}'s bytes on the wire, so that partial results travel between
 * executors in ozg-core's versioned binary form. After deserializing it holds the bytes only; the
 * aggregator, which knows the setup, turns them back into a matrix when it needs one.
 *
 * <p>Mutable; one task uses it at a time.
 */
public final class Matrixpuffer implements Externalizable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BYTES = 1 << 30;

    private transient Umsetzungsmatrix matrix;
    private transient UmsetzungsmatrixCodec codec;
    private byte[] bytes;

    /** For deserialization only. */
    public Matrixpuffer() {
    }

    Matrixpuffer(UmsetzungsmatrixCodec codec, Umsetzungsmatrix matrix) {
        this.codec = codec;
        this.matrix = matrix;
    }

    /** The matrix, decoded with the aggregator's codec when the buffer arrived as bytes. */
    Umsetzungsmatrix matrix(UmsetzungsmatrixCodec c) {
        if (matrix == null) {
            matrix = c.fromBytes(bytes);
            codec = c;
            bytes = null;
        }
        return matrix;
    }

    @Override
    public void writeExternal(ObjectOutput out) throws IOException {
        byte[] b = matrix != null ? codec.toBytes(matrix) : bytes;
        out.writeInt(b.length);
        out.write(b);
    }

    @Override
    public void readExternal(ObjectInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_BYTES) {
            throw new java.io.InvalidObjectException("a matrix state of " + n + " bytes; expected 0 to " + MAX_BYTES);
        }
        bytes = new byte[n];
        in.readFully(bytes);
        matrix = null;
    }
}
