package de.ozg.core.validation;

import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * A rule that records of type {@code T} must satisfy, such as "an OZG-ID has five digits" or "a
 * LeiKa key belongs to one OZG-Leistung only". A rule has a stable id that users switch off or
 * re-rate by ({@link Regelwerk#without(String)}, {@link Regelwerk#withSeverity(String, Severity)}), a
 * standard severity, and a description in German and English.
 *
 * <p>A rule does not choose the final severity of its findings: it reports through a
 * {@link Kontext}, and the rule set applies its overrides. Per run it creates a fresh
 * {@link Pruefung} that holds any state, so a rule object itself must be immutable and
 * thread-safe and may be shared between rule sets and concurrent runs. Implement this interface
 * for catalogue rules, or use {@link #perRecord} and {@link #of} for small ones.
 *
 * @param <T> the type of the records
 */
public interface Regel<T> {

    /**
     * The stable id, e.g. {@code OZG-ID-FORMAT}; never changes between versions of the library.
     *
     * @return the id, non-blank, without whitespace
     */
    String id();

    /**
     * The severity of the findings unless the rule set overrides it.
     *
     * @return the standard severity
     */
    Severity standardSeverity();

    /**
     * What the rule demands, in German.
     *
     * @return the description, non-blank
     */
    String beschreibungDe();

    /**
     * What the rule demands, in English.
     *
     * @return the description, non-blank
     */
    String beschreibungEn();

    /**
     * The description in the given language: German for language {@code de}, English otherwise.
     *
     * @param locale the language, not null
     * @return the description
     */
    default String beschreibung(Locale locale) {
        return Sprache.waehle(locale, beschreibungDe(), beschreibungEn());
    }

    /**
     * Creates the state for one run. Called once per run by {@link Regelwerk#start()}.
     *
     * @return a fresh check, never shared between runs
     */
    Pruefung<T> start();

    /**
     * A stateless rule that looks at one record at a time, e.g.
     * {@code Regel.perRecord("NAME-LEER", Severity.ERROR, "Name fehlt", "Name missing",
     * (r, ctx) -> { if (r.name().isBlank()) ctx.report("Der Name ist leer.", "The name is blank."); })}.
     *
     * @param <T>            the type of the records
     * @param id             the stable id
     * @param severity       the standard severity
     * @param beschreibungDe the German description
     * @param beschreibungEn the English description
     * @param pruefung       the check of one record; must be thread-safe, as it is shared by all runs
     * @return the rule
     * @throws RegelwerkException if the id or a description is blank
     */
    static <T> Regel<T> perRecord(String id, Severity severity, String beschreibungDe, String beschreibungEn,
            BiConsumer<? super T, Kontext> pruefung) {
        Objects.requireNonNull(pruefung, "pruefung");
        Pruefung<T> zustandslos = pruefung::accept;
        return new EinfacheRegel<>(id, severity, beschreibungDe, beschreibungEn, () -> zustandslos);
    }

    /**
     * A rule with state per run, typically a cross-record rule: the supplier creates a fresh
     * {@link Pruefung} for each run, e.g. {@code DoppelteZeilen::new}.
     *
     * @param <T>            the type of the records
     * @param id             the stable id
     * @param severity       the standard severity
     * @param beschreibungDe the German description
     * @param beschreibungEn the English description
     * @param pruefungen     creates the state of one run
     * @return the rule
     * @throws RegelwerkException if the id or a description is blank
     */
    static <T> Regel<T> of(String id, Severity severity, String beschreibungDe, String beschreibungEn,
            Supplier<? extends Pruefung<T>> pruefungen) {
        return new EinfacheRegel<>(id, severity, beschreibungDe, beschreibungEn, Objects.requireNonNull(pruefungen,
                "pruefungen"));
    }
}
