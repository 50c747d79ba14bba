package de.ozg.json.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The forms of plain JSON values: text, boolean, date, counts. */
final class Skalare {

    private Skalare() {
    }

    static final Form<String> TEXT = new Form<>(String.class, "text") {
        @Override
        public String lese(Leser in, String wo) {
            if (in.art() != Leser.Art.STRING) {
                throw Lesen.falscherTyp(in, String.class, wo, "a JSON string");
            }
            return in.text();
        }

        @Override
        public void schreibe(String value, Schreiber out) {
            out.text(value);
        }
    };

    static final Form<Boolean> WAHR = new Form<>(Boolean.class, "boolean") {
        @Override
        public Boolean lese(Leser in, String wo) {
            switch (in.art()) {
                case TRUE:
                    return Boolean.TRUE;
                case FALSE:
                    return Boolean.FALSE;
                default:
                    throw Lesen.falscherTyp(in, Boolean.class, wo, "true or false");
            }
        }

        @Override
        public void schreibe(Boolean value, Schreiber out) {
            out.wahr(value);
        }
    };

    static final Form<LocalDate> DATUM = new Form<>(LocalDate.class, "date") {
        @Override
        public LocalDate lese(Leser in, String wo) {
            String text = TEXT.lese(in, wo);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw Lesen.ungueltig(in, LocalDate.class, text, wo, "an ISO-8601 date yyyy-mm-dd such as '2023-05-31'");
            }
        }

        @Override
        public void schreibe(LocalDate value, Schreiber out) {
            out.text(value.toString());
        }
    };

    /** A count: a non-negative JSON integer. */
    static final Form<Long> ANZAHL = new Form<>(Long.class, "count") {
        @Override
        public Long lese(Leser in, String wo) {
            if (in.art() != Leser.Art.INT || !in.isLong() || in.longValue() < 0) {
                throw Lesen.falscherTyp(in, Long.class, wo, "a non-negative JSON integer");
            }
            return in.longValue();
        }

        @Override
        public void schreibe(Long value, Schreiber out) {
            out.zahl(value.longValue());
        }
    };

    /** A share or ratio, written with at most six decimals; results only. */
    static final Form<Double> ANTEIL = new Form<>(Double.class, "decimal") {
        @Override
        public Double lese(Leser in, String wo) {
            throw Lesen.nurSchreiben(in, Double.class);
        }

        @Override
        public void schreibe(Double value, Schreiber out) {
            out.zahl(Math.round(value * 1e6) / 1e6);
        }

        @Override
        public boolean isLesbar() {
            return false;
        }
    };
}
