package de.ozg.core.validation;

/**
 * What a column of a tabular source (the OZG-Umsetzungskatalog, the Destatis Gemeindeverzeichnis)
 * tells about itself: the name the publisher prints in the header, and whether a file must have it.
 * The column enums implement it so that one {@link Kopf header} and one {@link Zeile row}
 * implementation serve every source.
 *
 * <p>Implementations are enums: immutable and thread-safe.
 */
public interface Spaltenart {

    /**
     * The canonical column name as the publisher prints it.
     *
     * @return the name
     */
    String bezeichnung();

    /**
     * Whether a file must have this column.
     *
     * @return true for a required column
     */
    boolean isPflicht();
}
