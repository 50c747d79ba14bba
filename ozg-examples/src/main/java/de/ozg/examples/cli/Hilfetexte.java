package de.ozg.examples.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import picocli.CommandLine;

/**
 * The help texts of the commands in German or English ({@code hilfe_de.properties},
 * {@code hilfe_en.properties}), handed to picocli per command: a key {@code validate.usage.description}
 * of the file is the key {@code usage.description} of the command {@code validate}, and keys without a
 * command prefix (section headings, shared options such as {@code lang}) serve every command.
 * Picocli renders help before a command runs, so the language comes from the arguments themselves
 * ({@link #sprache(String[])}), not from the parsed options.
 */
final class Hilfetexte extends ResourceBundle {

    static final String BUNDLE = "de.ozg.examples.cli.hilfe";

    private static final ResourceBundle.Control OHNE_RUECKFALL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle basis;
    private final String praefix;

    private Hilfetexte(ResourceBundle basis, String befehl) {
        this.basis = basis;
        this.praefix = befehl + ".";
    }

    /** The bundle of one language, German for {@code de} and English for everything else. */
    static ResourceBundle basis(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, "de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH,
                Hilfetexte.class.getClassLoader(), OHNE_RUECKFALL);
    }

    /**
     * Sets the help texts of a language on the root command and every subcommand.
     *
     * @param cl     the root command line
     * @param locale the language
     */
    static void setze(CommandLine cl, Locale locale) {
        ResourceBundle basis = basis(locale);
        cl.setResourceBundle(new Hilfetexte(basis, cl.getCommandName()));
        // setResourceBundle passes the root's bundle down; each subcommand then gets its own section
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.setResourceBundle(new Hilfetexte(basis, sub.getCommandName()));
        }
    }

    /**
     * The language named by {@code --lang} in the raw arguments, for what is printed before or
     * instead of running a command: help and usage errors. German unless {@code en} is named.
     *
     * @param args the command line
     * @return {@link Locale#ENGLISH} or {@link Locale#GERMAN}
     */
    static Locale sprache(String[] args) {
        String wert = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ("--".equals(a)) {
                break;
            }
            if ("--lang".equals(a) && i + 1 < args.length) {
                wert = args[i + 1];
            } else if (a.startsWith("--lang=")) {
                wert = a.substring("--lang=".length());
            }
        }
        return wert != null && "en".equalsIgnoreCase(wert.strip()) ? Locale.ENGLISH : Locale.GERMAN;
    }

    @Override
    protected Object handleGetObject(String key) {
        if (basis.containsKey(praefix + key)) {
            return basis.getObject(praefix + key);
        }
        return basis.containsKey(key) ? basis.getObject(key) : null;
    }

    @Override
    protected Set<String> handleKeySet() {
        Set<String> keys = new HashSet<>();
        for (String k : basis.keySet()) {
            keys.add(k);
            if (k.startsWith(praefix)) {
                keys.add(k.substring(praefix.length()));
            }
        }
        return keys;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(handleKeySet());
    }
}
