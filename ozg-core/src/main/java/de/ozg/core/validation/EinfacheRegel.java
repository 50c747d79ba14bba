package de.ozg.core.validation;

import java.util.Objects;
import java.util.function.Supplier;

/** The rule behind {@link Regel#perRecord} and {@link Regel#of}; equal only to itself. */
final class EinfacheRegel<T> implements Regel<T> {

    private final String id;
    private final Severity severity;
    private final String beschreibungDe;
    private final String beschreibungEn;
    private final Supplier<? extends Pruefung<T>> pruefungen;

    EinfacheRegel(String id, Severity severity, String beschreibungDe, String beschreibungEn,
            Supplier<? extends Pruefung<T>> pruefungen) {
        this.id = RegelwerkException.requireRegelId(id);
        this.severity = Objects.requireNonNull(severity, "severity");
        this.beschreibungDe = RegelwerkException.requireText(beschreibungDe, "Beschreibung (de)");
        this.beschreibungEn = RegelwerkException.requireText(beschreibungEn, "Beschreibung (en)");
        this.pruefungen = pruefungen;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity standardSeverity() {
        return severity;
    }

    @Override
    public String beschreibungDe() {
        return beschreibungDe;
    }

    @Override
    public String beschreibungEn() {
        return beschreibungEn;
    }

    @Override
    public Pruefung<T> start() {
        return Objects.requireNonNull(pruefungen.get(), "Pruefung of rule " + id);
    }

    @Override
    public String toString() {
        return "Regel[" + id + ", " + severity + "]";
    }
}
