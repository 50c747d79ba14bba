package de.ozg.core.table;

import java.util.List;

/** Columns of the tests: two required, one optional with an alias. */
enum Testspalte implements TableColumn {
    OZG_ID("OZG-ID", true),
    THEMENFELD("Themenfeld", true),
    LEBENSLAGE("Lebenslage", false, "Lage");

    private final String bezeichnung;
    private final boolean pflicht;
    private final List<String> aliases;

    Testspalte(String bezeichnung, boolean pflicht, String... aliases) {
        this.bezeichnung = bezeichnung;
        this.pflicht = pflicht;
        this.aliases = List.of(aliases);
    }

    @Override
    public String bezeichnung() {
        return bezeichnung;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @Override
    public boolean isPflicht() {
        return pflicht;
    }
}
