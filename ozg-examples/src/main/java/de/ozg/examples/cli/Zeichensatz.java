package de.ozg.examples.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts the value of {@code --charset}; an unknown name is a user mistake with a plain message and
 * the usual suspects for German CSV files, not the name of a Java exception.
 */
final class Zeichensatz implements ITypeConverter<Charset> {

    @Override
    public Charset convert(String name) {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new TypeConversionException("unbekannter Zeichensatz '" + name
                    + "' (z. B. UTF-8, ISO-8859-1, windows-1252)");
        }
    }
}
