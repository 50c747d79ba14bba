package de.ozg.core.table;

import java.util.HashMap;
import java.util.Map;

/**
 * The name keys of the columns of one enum, mapped to the column's ordinal. Built per call rather
 * than cached: a header is matched once per file, and no state is shared between reads.
 */
final class ColumnKeys {

    private final Map<String, Integer> ordinals = new HashMap<>();

    private ColumnKeys() {
    }

    static <C extends Enum<C> & TableColumn> ColumnKeys of(Class<C> columns) {
        ColumnKeys keys = new ColumnKeys();
        for (C c : columns.getEnumConstants()) {
            keys.add(c, c.bezeichnung());
            for (String alias : c.aliases()) {
                keys.add(c, alias);
            }
        }
        return keys;
    }

    private void add(Enum<?> column, String name) {
        String key = TableColumn.key(name);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("column name of " + column + " must contain a letter or digit, was '"
                    + name + "'");
        }
        Integer previous = ordinals.putIfAbsent(key, column.ordinal());
        if (previous != null && previous != column.ordinal()) {
            throw new IllegalArgumentException("columns " + column.getDeclaringClass().getEnumConstants()[previous]
                    + " and " + column + " share the name key '" + key + "'");
        }
    }

    /** The ordinal of the column with this key, or -1. */
    int ordinal(String key) {
        Integer i = ordinals.get(key);
        return i == null ? -1 : i;
    }
}
