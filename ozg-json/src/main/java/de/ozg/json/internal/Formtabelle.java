package de.ozg.json.internal;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every JSON form of the library, for the two bindings to register, and the rule for the library's
 * other public types: they have no JSON form, and serializing one must fail with its name instead of
 * writing whatever its getters return.
 *
 * <p>Internal: not part of the API, may change in any release. Immutable and thread-safe.
 */
public final class Formtabelle {

    private static final List<Form<?>> ALLE;

    static {
        List<Form<?>> alle = new ArrayList<>(Kennungsformen.ALLE);
        alle.add(Kennungsformen.PRIORISIERUNG);
        alle.addAll(Katalogformen.ALLE);
        alle.addAll(Nachnutzungsformen.ALLE);
        alle.addAll(Berichtsformen.ALLE);
        alle.addAll(Bildformen.ALLE);
        ALLE = List.copyOf(alle);
    }

    private Formtabelle() {
    }

    /** @return the forms of all types bound, each type once */
    public static List<Form<?>> alle() {
        return ALLE;
    }

    /** @return the string forms that also serve as map keys */
    public static List<Textform<?>> schluessel() {
        return Kennungsformen.SCHLUESSEL;
    }

    /**
     * The form of a type: of the type itself or of the public type it implements (the generated
     * Immutables classes of ozg-core are package-private subclasses).
     *
     * @param type the runtime type
     * @return the form, or empty
     */
    public static Optional<Form<?>> form(Class<?> type) {
        for (Form<?> f : ALLE) {
            if (f.type() == type) {
                return Optional.of(f);
            }
        }
        for (Form<?> f : ALLE) {
            if (f.type().isAssignableFrom(type)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a type is one of this library's own but has no JSON form, so that a binding must
     * refuse it rather than fall back to Jackson's bean or record serialization.
     *
     * @param type the type Jackson asks for
     * @return true for a type of {@code de.ozg.core} or {@code de.ozg.json} without a form
     */
    public static boolean isOhneForm(Class<?> type) {
        if (Throwable.class.isAssignableFrom(type) || type.isAnnotation() || form(type).isPresent()) {
            return false;
        }
        // a generated, package-private class stands for the public type it extends
        Class<?> c = type;
        while (c != null && !Modifier.isPublic(c.getModifiers())) {
            c = c.getSuperclass();
        }
        if (c == null) {
            return false;
        }
        String name = c.getName();
        return name.startsWith("de.ozg.core.") || name.startsWith("de.ozg.json.");
    }

    /**
     * The message for a type without a JSON form.
     *
     * @param type the type
     * @return the message
     */
    public static String ohneFormMeldung(Class<?> type) {
        return type.getName() + " has no JSON form in ozg-json: its getters are no stable format, so it is"
                + " neither written nor read; map it to a type of your own, or use one of the types listed in"
                + " ozg-json's JSON-FORMAT.md";
    }
}
