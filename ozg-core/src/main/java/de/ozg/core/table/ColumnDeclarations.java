package de.ozg.core.table;

import java.util.List;

/**
 * The {@link TableColumn.Declared} annotations of a column enum, read once per enum class. The
 * cache holds derived, immutable metadata of classes only: nothing a read of data could change.
 */
final class ColumnDeclarations {

    /** One constant's declaration. */
    record Declaration(String bezeichnung, boolean isRequired, List<String> aliases) {
    }

    private static final ClassValue<Declaration[]> BY_CLASS = new ClassValue<>() {
        @Override
        protected Declaration[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            if (constants == null) {
                throw new IllegalStateException(type.getName() + " is no enum: a TableColumn is an enum");
            }
            Declaration[] result = new Declaration[constants.length];
            for (Object c : constants) {
                Enum<?> e = (Enum<?>) c;
                TableColumn.Declared d;
                try {
                    d = type.getField(e.name()).getAnnotation(TableColumn.Declared.class);
                } catch (NoSuchFieldException ex) {
                    throw new IllegalStateException("no field for the constant " + e, ex);
                }
                if (d != null) {
                    result[e.ordinal()] = new Declaration(d.value(), d.pflicht(), List.of(d.aliases()));
                }
            }
            return result;
        }
    };

    private ColumnDeclarations() {
    }

    /** The declaration of a constant; fails when there is none. */
    static Declaration of(TableColumn column) {
        Declaration d = find(column);
        if (d == null) {
            Enum<?> e = (Enum<?>) column;
            throw new IllegalStateException("the column " + e.getDeclaringClass().getSimpleName() + "." + e.name()
                    + " is not declared: annotate it with @TableColumn.Declared or override bezeichnung() and"
                    + " isRequired()");
        }
        return d;
    }

    /** The declaration of a constant, or null when it has none. */
    static Declaration find(TableColumn column) {
        if (!(column instanceof Enum)) {
            throw new IllegalStateException(column.getClass().getName() + " is no enum: a TableColumn is an enum");
        }
        Enum<?> e = (Enum<?>) column;
        return BY_CLASS.get(e.getDeclaringClass())[e.ordinal()];
    }
}
