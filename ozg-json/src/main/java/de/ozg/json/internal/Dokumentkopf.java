package de.ozg.json.internal;

/**
 * The header fields {@code format} and {@code version} of the document formats: written as
 * constants, read strictly, because a document of another format or a newer version must not be
 * taken for one this library understands.
 */
final class Dokumentkopf {

    /** The format version this library writes and reads. */
    static final int VERSION = 1;

    private Dokumentkopf() {
    }

    /** The field {@code format} with one allowed value. */
    static Form<String> format(String format) {
        return new Form<>(String.class, "format") {
            @Override
            public String lese(Leser in, String wo) {
                String text = Skalare.TEXT.lese(in, "format");
                if (!format.equals(text)) {
                    throw Lesen.fremdesFormat(in, String.class, text, "format must be '" + format + "', was "
                            + de.ozg.core.SafeText.quote(text), "'" + format + "'");
                }
                return text;
            }

            @Override
            public void schreibe(String value, Schreiber out) {
                out.text(format);
            }
        };
    }

    /** The field {@code version}: the JSON integer {@value #VERSION}. */
    static final Form<Integer> VERSION_FORM = new Form<>(Integer.class, "version") {
        @Override
        public Integer lese(Leser in, String wo) {
            if (in.art() != Leser.Art.INT) {
                throw Lesen.falscherTyp(in, Integer.class, "version", "the JSON integer " + VERSION);
            }
            if (!in.isLong() || in.longValue() != VERSION) {
                throw Lesen.fremdesFormat(in, Integer.class, in.text(), "version " + in.text()
                        + " is not supported, this library reads version " + VERSION, String.valueOf(VERSION));
            }
            return VERSION;
        }

        @Override
        public void schreibe(Integer value, Schreiber out) {
            out.zahl(VERSION);
        }
    };
}
