package de.ozg.json;

/**
 * The file forms of status rows that {@link UmsetzungsstandReader} reads, as far as the parallel
 * reading ({@link ParallelStatusReader}, {@link StatusSplitter}) needs to tell them apart.
 */
public enum StatusFormat {
    /** JSON Lines, one row object per line: split at any line end. */
    JSON_LINES,
    /** A JSON array or status document: read by one reader per file, never split. */
    JSON_ARRAY,
    /** The dashboard's CSV export: split at line ends outside quoted cells. */
    CSV
}
