package de.ozg.json.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A JSON array of values of one form.
 *
 * @param <E> the element type
 */
final class Listenform<E> extends Form<List<E>> {

    private final Form<E> element;

    @SuppressWarnings({"unchecked", "rawtypes"})
    Listenform(Form<E> element) {
        super((Class) List.class, "list of " + element.label);
        this.element = element;
    }

    @Override
    public List<E> lese(Leser in, String wo) {
        if (in.art() != Leser.Art.START_ARRAY) {
            throw Lesen.falscherTyp(in, element.type, wo, "a JSON array");
        }
        List<E> list = new ArrayList<>();
        Leser.Art art;
        while ((art = in.next()) != Leser.Art.END_ARRAY) {
            if (art == Leser.Art.ENDE) {
                throw Lesen.falscherTyp(in, element.type, wo, "a closed JSON array");
            }
            list.add(element.lese(in, wo));
        }
        return list;
    }

    @Override
    public void schreibe(List<E> value, Schreiber out) {
        out.startArray();
        for (E e : value) {
            element.schreibe(e, out);
        }
        out.endArray();
    }

    @Override
    public boolean isLesbar() {
        return element.isLesbar();
    }
}
