package de.ozg.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.status.MutableStatusRow;
import de.ozg.core.validation.status.StatusRow;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Skips a value the format does not read — the value of an unknown field, or an object where a
 * string belongs — while still finding field names repeated inside it, so that a document holds no
 * duplicate field anywhere. Only these rare values are walked this way; the rows' own fields are
 * checked by {@link StatusRow}. Memory is bounded: the nesting depth is limited by the parser, and per
 * object the first {@value #MAX_NAMEN} names are remembered.
 */
final class Verschachtelung {

    /** Names remembered per object to recognise a repetition. */
    static final int MAX_NAMEN = 64;

    private Verschachtelung() {
    }

    /** One open object or array: its pointer relative to the record and what was seen in it. */
    private static final class Ebene {
        final String zeiger;
        final Set<String> namen;
        int index;

        Ebene(String zeiger, boolean objekt) {
            this.zeiger = zeiger;
            this.namen = objekt ? new HashSet<>() : null;
        }
    }

    /**
     * Skips the current value; the parser stands on its first token and is left on its last.
     *
     * @param p      the parser
     * @param zeiger the value's JSON Pointer relative to the record, e.g. {@code /x}
     * @param row    receives every repeated field name inside the value
     */
    static void ueberspringe(JsonParser p, String zeiger, MutableStatusRow row) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null || !t.isStructStart()) {
            return;
        }
        Deque<Ebene> offen = new ArrayDeque<>();
        offen.push(new Ebene(zeiger, t == JsonToken.START_OBJECT));
        while (!offen.isEmpty()) {
            JsonToken n = p.nextToken();
            if (n == null) {
                return;
            }
            if (n.isStructEnd()) {
                offen.pop();
                continue;
            }
            Ebene e = offen.peek();
            String segment;
            if (e.namen != null) {
                String name = p.currentName();
                segment = Fundstelle.escapePointerSegment(name);
                if (e.namen.contains(name)) {
                    row.addDuplicatePointer(e.zeiger + "/" + segment);
                } else if (e.namen.size() < MAX_NAMEN) {
                    e.namen.add(name);
                }
                n = p.nextToken();
            } else {
                segment = Integer.toString(e.index++);
            }
            if (n.isStructStart()) {
                offen.push(new Ebene(e.zeiger + "/" + segment, n == JsonToken.START_OBJECT));
            }
        }
    }
}
