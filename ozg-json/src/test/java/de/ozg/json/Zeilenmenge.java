package de.ozg.json;

import de.ozg.core.aggregation.Accumulator;
import de.ozg.core.model.Umsetzungsstand;
import java.util.HashMap;
import java.util.Map;

/** An accumulator of the rows read, as a multiset: equal for equal rows whatever the order. */
final class Zeilenmenge implements Accumulator<Umsetzungsstand, Zeilenmenge, Map<Umsetzungsstand, Long>> {

    private final Map<Umsetzungsstand, Long> zeilen = new HashMap<>();

    @Override
    public void add(Umsetzungsstand wert) {
        zeilen.merge(wert, 1L, Long::sum);
    }

    @Override
    public Zeilenmenge merge(Zeilenmenge other) {
        other.zeilen.forEach((k, v) -> zeilen.merge(k, v, Long::sum));
        return this;
    }

    @Override
    public Map<Umsetzungsstand, Long> result() {
        return Map.copyOf(zeilen);
    }
}
