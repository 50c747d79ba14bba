package de.ozg.core.aggregation;

/**
 * The partial state of an {@link Umsetzungsmatrix} as {@link UmsetzungsmatrixCodec} reads and fills
 * it: the matrix's own arrays, not copies (bitsets per key index, null where no row was placed;
 * level codes per key and Land slot; counters of placed rows, of unassigned rows and their examples).
 * The counters are a copy; decoding sets them back with {@code Umsetzungsmatrix.setzeZaehler}.
 */
record Matrixzustand(Rahmen rahmen, long[][] erfuellt, long[][] verfehlt, byte[] stufen, long[] zaehler,
        long[] nichtZugeordnet, Stichprobe[] beispiele) {
}
