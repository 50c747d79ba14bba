package de.ozg.json.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One column a CSV format declares: its canonical name, the other names it is known by, and whether
 * a file without it is incomplete.
 *
 * <p>OZG sources rename columns between exports ("Lebenslage" / "Lage", "Rechtsgrundlage(n)" /
 * "Rechtsgrundlagen", "LeiKa-Schlüssel" / "Leistungsschlüssel"). A format reader declares each column
 * once with its aliases; header cells are compared through {@link Spaltenname#normalize}, so the
 * aliases need not list case, umlaut or punctuation variants.
 *
 * <p>Immutable and thread-safe; equal when name, aliases and required flag are equal.
 */
public final class Spalte {

    private final String name;
    private final List<String> aliases;
    private final boolean required;
    private final List<String> keys;

    private Spalte(String name, boolean required, String... aliases) {
        this.name = Objects.requireNonNull(name, "name");
        this.required = required;
        this.aliases = List.of(aliases);
        List<String> k = new ArrayList<>(aliases.length + 1);
        addKey(k, name);
        for (String alias : this.aliases) {
            addKey(k, alias);
        }
        this.keys = Collections.unmodifiableList(k);
    }

    private static void addKey(List<String> keys, String text) {
        String key = Spaltenname.normalize(text);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("column name must contain a letter or digit, was "
                    + de.ozg.core.OzgException.quote(text));
        }
        if (!keys.contains(key)) {
            keys.add(key);
        }
    }

    /**
     * @param name    the canonical name, as the format documents it
     * @param aliases other names of the same column
     * @return a column that must be present
     */
    public static Spalte required(String name, String... aliases) {
        return new Spalte(name, true, aliases);
    }

    /**
     * @param name    the canonical name, as the format documents it
     * @param aliases other names of the same column
     * @return a column that may be absent
     */
    public static Spalte optional(String name, String... aliases) {
        return new Spalte(name, false, aliases);
    }

    /** @return the canonical name */
    public String name() {
        return name;
    }

    /** @return the other names, unmodifiable */
    public List<String> aliases() {
        return aliases;
    }

    /** @return whether a header without this column is reported */
    public boolean isRequired() {
        return required;
    }

    /** @return the normalised keys of name and aliases, unmodifiable */
    List<String> keys() {
        return keys;
    }

    /**
     * @param headerCell a header cell as written
     * @return whether it names this column (by name or alias, tolerantly)
     */
    public boolean matches(String headerCell) {
        return keys.contains(Spaltenname.normalize(headerCell));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Spalte)) {
            return false;
        }
        Spalte s = (Spalte) o;
        return name.equals(s.name) && aliases.equals(s.aliases) && required == s.required;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, aliases, required);
    }

    @Override
    public String toString() {
        return name + (required ? " (required)" : " (optional)") + (aliases.isEmpty() ? "" : " aka " + aliases);
    }
}
