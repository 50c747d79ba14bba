package de.ozg.core.table;

/** Columns of the tests: two required, one optional with an alias. */
enum Testspalte implements TableColumn {
    @Declared(value = "OZG-ID", pflicht = true)
    OZG_ID,
    @Declared(value = "Themenfeld", pflicht = true)
    THEMENFELD,
    @Declared(value = "Lebenslage", aliases = "Lage")
    LEBENSLAGE
}
