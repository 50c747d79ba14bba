package de.ozg.examples.cli;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The converters of option values. A value that does not convert is a usage error whose message
 * names the expected form in the run's language; picocli's own converters would answer in English
 * ("'abc' is not a long").
 */
final class Umwandlung {

    private Umwandlung() {
    }

    /** A value that does not convert, with the reason in words; the option is added by the handler. */
    static final class Fehler extends TypeConversionException {
        private static final long serialVersionUID = 1L;
        private final transient Meldung meldung;

        Fehler(Meldung meldung) {
            super(meldung.de());
            this.meldung = meldung;
        }

        Meldung meldung() {
            return meldung;
        }
    }

    /** A whole number. */
    static final class Ganzzahl implements ITypeConverter<Long> {
        @Override
        public Long convert(String wert) {
            try {
                return Long.parseLong(wert.strip().replace("_", ""));
            } catch (NumberFormatException e) {
                throw new Fehler(Meldung.of("wert.ganzzahl", wert));
            }
        }
    }

    /** A whole number that fits an int. */
    static final class KleineGanzzahl implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String wert) {
            try {
                return Integer.parseInt(wert.strip().replace("_", ""));
            } catch (NumberFormatException e) {
                throw new Fehler(Meldung.of("wert.ganzzahl", wert));
            }
        }
    }

    /**
     * A percentage, with or without the sign, with a decimal point or comma: {@code 20},
     * {@code 0,5 %}, {@code 0.05%}. Never negative.
     */
    static final class Prozent implements ITypeConverter<Double> {
        @Override
        public Double convert(String wert) {
            String t = wert.strip();
            if (t.endsWith("%")) {
                t = t.substring(0, t.length() - 1).strip();
            }
            try {
                BigDecimal d = new BigDecimal(t.replace(',', '.'));
                if (d.signum() < 0) {
                    throw new Fehler(Meldung.of("wert.prozentNegativ", wert));
                }
                return d.doubleValue();
            } catch (NumberFormatException e) {
                throw new Fehler(Meldung.of("wert.prozent", wert));
            }
        }
    }

    /** A date, ISO {@code 2019-12-31} or German {@code 31.12.2019}. */
    static final class Datum implements ITypeConverter<LocalDate> {
        private static final DateTimeFormatter DEUTSCH = DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);

        @Override
        public LocalDate convert(String wert) {
            String t = wert.strip();
            try {
                return t.contains(".") ? LocalDate.parse(t, DEUTSCH) : LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                throw new Fehler(Meldung.of("wert.datum", wert));
            }
        }
    }

    /** A format of {@code --format}. */
    static final class Format implements ITypeConverter<Dateiformat> {
        @Override
        public Dateiformat convert(String wert) {
            return Dateiformat.find(wert).orElseThrow(() -> new Fehler(Meldung.of("wert.format", wert,
                    Dateiformat.kennungen())));
        }
    }

    /** A rule set of {@code ozg regeln --regelwerk}. */
    static final class Regelsatzwert implements ITypeConverter<Regelauswahl.Regelsatz> {
        @Override
        public Regelauswahl.Regelsatz convert(String wert) {
            for (Regelauswahl.Regelsatz s : Regelauswahl.Regelsatz.values()) {
                if (s.name().equalsIgnoreCase(wert.strip())) {
                    return s;
                }
            }
            throw new Fehler(Meldung.of("wert.regelwerk", wert));
        }
    }

    /** The language of {@code --lang}. */
    static final class Sprache implements ITypeConverter<Locale> {
        @Override
        public Locale convert(String wert) {
            String t = wert.strip().toLowerCase(Locale.ROOT);
            if (t.equals("de")) {
                return Locale.GERMAN;
            }
            if (t.equals("en")) {
                return Locale.ENGLISH;
            }
            throw new Fehler(Meldung.of("wert.sprache", wert));
        }
    }

    /**
     * The charset of {@code --charset}; an unknown name gets the usual suspects for German CSV files,
     * not the name of a Java exception.
     */
    static final class Zeichensatz implements ITypeConverter<Charset> {
        @Override
        public Charset convert(String name) {
            try {
                return Charset.forName(name.strip());
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new Fehler(Meldung.of("wert.zeichensatz", name));
            }
        }
    }
}
