package de.ozg.json.internal;

import de.ozg.core.OzgException;
import de.ozg.json.JsonViolation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The form of a type written as a JSON object, as a table: one row per field with its name, whether
 * it is required, the form of its value and how the value is taken from the Java object, plus one
 * function that builds the Java object from the values read (through the public factories and
 * builders of ozg-core).
 *
 * <p>Reading is strict for every mapper: an unknown field, a field given twice, a missing required
 * field or a wrong JSON type fails with the JSON Pointer of the place. {@code null} counts as absent
 * for optional fields. Writing leaves out optional fields without value.
 *
 * <p>Internal: not part of the API, may change in any release. Immutable and thread-safe.
 *
 * @param <T> the Java type
 */
public final class Objektform<T> extends Form<T> {

    /** How a field is read and written. */
    enum Art {
        /** Read: required, never null. Written always. */
        PFLICHT,
        /** Read: may be absent or null. Written when it has a value. */
        OPTIONAL,
        /** Read: may be absent (the builder's default), never null. Written always. */
        VORGABE,
        /** Written for people (a message in the writer's language); read: checked and ignored. */
        AUSGABE,
        /** The fields of another object form, written inline when there is a value; never read. */
        EINGEBETTET
    }

    /** One row of the table. */
    static final class Feld<T, V> {
        final String name;
        final Art art;
        final Form<V> form;
        final Function<T, V> wert;

        Feld(String name, Art art, Form<V> form, Function<T, V> wert) {
            this.name = name;
            this.art = art;
            this.form = form;
            this.wert = wert;
        }

        void schreibe(T objekt, Schreiber out) {
            V v = wert.apply(objekt);
            if (v == null) {
                if (art == Art.OPTIONAL || art == Art.EINGEBETTET) {
                    return;
                }
                throw new IllegalStateException("no value for the required JSON field " + name);
            }
            if (art == Art.EINGEBETTET) {
                ((Objektform<V>) form).schreibeFelder(v, out);
                return;
            }
            out.name(name);
            form.schreibe(v, out);
        }
    }

    /** The values of one object as read, by field name. */
    static final class Werte {
        private final Objektform<?> form;
        private final Object[] werte;

        Werte(Objektform<?> form, Object[] werte) {
            this.form = form;
            this.werte = werte;
        }

        /** Whether the field was given (and not null). */
        boolean hat(String name) {
            return werte[form.index(name, true)] != null;
        }

        /** The value of a field, or null when it was not given. */
        @SuppressWarnings("unchecked")
        <V> V get(String name) {
            return (V) werte[form.index(name, true)];
        }

        /** The value of a field, or the default when it was not given. */
        <V> V get(String name, V vorgabe) {
            V v = get(name);
            return v == null ? vorgabe : v;
        }
    }

    private final List<Feld<T, ?>> tabelle;
    private final String[] namen;
    private final Function<Werte, T> bau;
    private final JsonViolation bauFehler;

    private Objektform(Class<T> type, String label, List<Feld<T, ?>> tabelle, Function<Werte, T> bau,
            JsonViolation bauFehler) {
        super(type, label);
        this.tabelle = List.copyOf(tabelle);
        this.namen = tabelle.stream().map(f -> f.name).toArray(String[]::new);
        this.bau = bau;
        this.bauFehler = bauFehler;
    }

    /**
     * Starts the table of a type.
     *
     * @param type  the type
     * @param label its name in messages
     * @param <T>   the type
     * @return the builder
     */
    static <T> Tabelle<T> von(Class<T> type, String label) {
        return new Tabelle<>(type, label);
    }

    /** Builds an {@link Objektform} row by row. */
    static final class Tabelle<T> {
        private final Class<T> type;
        private final String label;
        private final List<Feld<T, ?>> felder = new ArrayList<>();
        private JsonViolation bauFehler = JsonViolation.MODEL_INVARIANT;

        private Tabelle(Class<T> type, String label) {
            this.type = type;
            this.label = label;
        }

        private <V> Tabelle<T> feld(String name, Art art, Form<V> form, Function<T, V> wert) {
            if (felder.size() == Long.SIZE) {
                throw new IllegalStateException("at most 64 fields");
            }
            felder.add(new Feld<>(name, art, Objects.requireNonNull(form, name), wert));
            return this;
        }

        <V> Tabelle<T> pflicht(String name, Form<V> form, Function<T, V> wert) {
            return feld(name, Art.PFLICHT, form, wert);
        }

        <V> Tabelle<T> optional(String name, Form<V> form, Function<T, V> wert) {
            return feld(name, Art.OPTIONAL, form, wert);
        }

        <V> Tabelle<T> vorgabe(String name, Form<V> form, Function<T, V> wert) {
            return feld(name, Art.VORGABE, form, wert);
        }

        <V> Tabelle<T> ausgabe(String name, Form<V> form, Function<T, V> wert) {
            return feld(name, Art.AUSGABE, form, wert);
        }

        <V> Tabelle<T> eingebettet(Objektform<V> form, Function<T, V> wert) {
            return feld("(" + form.label + ")", Art.EINGEBETTET, form, wert);
        }

        /** Failures of the builder are bad values (an open code list's code), not broken invariants. */
        Tabelle<T> bauFehlerSindWerte() {
            bauFehler = JsonViolation.INVALID_VALUE;
            return this;
        }

        Objektform<T> liest(Function<Werte, T> bau) {
            if (felder.stream().anyMatch(f -> f.art == Art.EINGEBETTET || !f.form.isLesbar())) {
                throw new IllegalStateException(label + ": an embedded or write-only field cannot be read");
            }
            return new Objektform<>(type, label, felder, Objects.requireNonNull(bau), bauFehler);
        }

        Objektform<T> nurSchreiben() {
            return new Objektform<>(type, label, felder, null, bauFehler);
        }
    }

    int index(String name, boolean muss) {
        for (int i = 0; i < namen.length; i++) {
            if (namen[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < namen.length; i++) {
            if (namen[i].equals(name)) {
                return i;
            }
        }
        if (muss) {
            throw new IllegalStateException(label + " has no field " + name);
        }
        return -1;
    }

    @Override
    public boolean isLesbar() {
        return bau != null;
    }

    @Override
    public List<String> felder() {
        List<String> l = new ArrayList<>();
        for (Feld<T, ?> f : tabelle) {
            if (f.art == Art.EINGEBETTET) {
                l.addAll(f.form.felder());
            } else {
                l.add(f.name);
            }
        }
        return Collections.unmodifiableList(l);
    }

    @Override
    public T lese(Leser in, String wo) {
        if (bau == null) {
            throw Lesen.nurSchreiben(in, type);
        }
        if (in.art() != Leser.Art.START_OBJECT) {
            throw Lesen.falscherTyp(in, type, label, "a JSON object");
        }
        Object[] werte = new Object[namen.length];
        long gesehen = 0;
        String name;
        while ((name = in.nextName()) != null) {
            int i = index(name, false);
            in.next();
            if (i < 0) {
                throw Lesen.unbekannt(in, type, name, List.of(namen));
            }
            if ((gesehen & (1L << i)) != 0) {
                throw Lesen.doppelt(in, type, name);
            }
            gesehen |= 1L << i;
            Feld<T, ?> f = tabelle.get(i);
            if (in.art() == Leser.Art.NULL && f.art == Art.OPTIONAL) {
                continue;
            }
            werte[i] = f.form.lese(in, label + "." + name);
        }
        if (in.art() != Leser.Art.END_OBJECT) {
            throw Lesen.falscherTyp(in, type, label, "a closed JSON object");
        }
        for (int i = 0; i < namen.length; i++) {
            if (tabelle.get(i).art == Art.PFLICHT && (gesehen & (1L << i)) == 0) {
                throw Lesen.fehlt(in, type, namen[i]);
            }
        }
        try {
            return bau.apply(new Werte(this, werte));
        } catch (OzgException e) {
            throw bauFehler == JsonViolation.INVALID_VALUE ? Lesen.ungueltig(in, type, e.actualValue().orElse(null), e)
                    : Lesen.modell(in, type, e);
        }
    }

    @Override
    public void schreibe(T value, Schreiber out) {
        out.startObject();
        schreibeFelder(value, out);
        out.endObject();
    }

    /**
     * Writes the fields without the braces, for a value unwrapped into an enclosing object.
     *
     * @param value the value
     * @param out   the writer, inside an object
     */
    public void schreibeFelder(T value, Schreiber out) {
        for (Feld<T, ?> f : tabelle) {
            f.schreibe(value, out);
        }
    }
}
