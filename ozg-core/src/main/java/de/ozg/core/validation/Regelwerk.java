package de.ozg.core.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A configured set of {@link Regel}s for records of type {@code T}: the library's catalogue or
 * Gebietsverzeichnis rules as shipped, adjusted by the user. Rules can be switched off
 * ({@link #without(String)}), re-rated ({@link #withSeverity(String, Severity)}) and supplemented by
 * own rules ({@link #with(Regel)}); every such method returns a new rule set. A run over the data
 * ({@link #start()}, or {@link #check(Iterable)} in one go) yields a {@link Pruefbericht}.
 *
 * <p>By default every finding is stored. {@link #withMaxBefundeProRegel(int)} caps the stored
 * findings per rule id so that millions of bad rows do not exhaust memory; the counts in the report
 * stay exact and the report says how many findings were suppressed.
 *
 * <p>Immutable and thread-safe; one rule set may run on several threads at once, each run having
 * its own {@link Pruefer}. Two rule sets are equal when they hold equal rules in the same order
 * with the same configuration (rules made by {@link Regel#perRecord} and {@link Regel#of} are
 * equal only to themselves).
 *
 * @param <T> the type of the records
 */
public final class Regelwerk<T> {

    /** The default of {@link #maxBefundeProRegel()}: no limit. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    private final Map<String, Regel<T>> regeln;
    private final Set<String> abgeschaltet;
    private final Map<String, Severity> severities;
    private final int maxBefundeProRegel;

    private Regelwerk(Map<String, Regel<T>> regeln, Set<String> abgeschaltet, Map<String, Severity> severities,
            int maxBefundeProRegel) {
        this.regeln = Collections.unmodifiableMap(regeln);
        this.abgeschaltet = Collections.unmodifiableSet(abgeschaltet);
        this.severities = Collections.unmodifiableMap(severities);
        this.maxBefundeProRegel = maxBefundeProRegel;
    }

    /**
     * A rule set of the given rules, all active with their standard severity.
     *
     * @param <T>    the type of the records
     * @param regeln the rules, in the order they run
     * @return the rule set
     * @throws RegelwerkException if two rules have the same id, or a rule has an invalid id
     */
    @SafeVarargs
    public static <T> Regelwerk<T> of(Regel<T>... regeln) {
        List<Regel<T>> liste = new ArrayList<>(regeln.length);
        for (Regel<T> regel : regeln) {
            liste.add(regel);
        }
        return of(liste);
    }

    /**
     * A rule set of the given rules, all active with their standard severity.
     *
     * @param <T>    the type of the records
     * @param regeln the rules, in the order they run
     * @return the rule set
     * @throws RegelwerkException if two rules have the same id, or a rule has an invalid id
     */
    public static <T> Regelwerk<T> of(Collection<? extends Regel<T>> regeln) {
        Map<String, Regel<T>> map = new LinkedHashMap<>();
        for (Regel<T> regel : regeln) {
            hinzufuegen(map, regel);
        }
        return new Regelwerk<>(map, new TreeSet<>(), new TreeMap<>(), UNLIMITED);
    }

    private static <T> void hinzufuegen(Map<String, Regel<T>> map, Regel<T> regel) {
        Objects.requireNonNull(regel, "regel");
        String id = RegelwerkException.requireRegelId(regel.id());
        Objects.requireNonNull(regel.standardSeverity(), () -> "standardSeverity of rule " + id);
        RegelwerkException.requireText(regel.beschreibungDe(), "Beschreibung (de) of rule " + id);
        RegelwerkException.requireText(regel.beschreibungEn(), "Beschreibung (en) of rule " + id);
        if (map.putIfAbsent(id, regel) != null) {
            throw new RegelwerkException(RegelwerkViolation.DUPLICATE_RULE_ID, "Regel-ID", id,
                    "unique in the Regelwerk, but it is already used by " + map.get(id));
        }
    }

    /**
     * This rule set with one more rule, which runs after the existing ones.
     *
     * @param regel the rule, typically an own rule of the user
     * @return the new rule set
     * @throws RegelwerkException with {@link RegelwerkViolation#DUPLICATE_RULE_ID} if a rule with
     *                            this id exists, switched off or not
     */
    public Regelwerk<T> with(Regel<T> regel) {
        Map<String, Regel<T>> map = new LinkedHashMap<>(regeln);
        hinzufuegen(map, regel);
        return new Regelwerk<>(map, new TreeSet<>(abgeschaltet), new TreeMap<>(severities), maxBefundeProRegel);
    }

    /**
     * This rule set with one rule switched off; switching off twice is harmless.
     *
     * @param regelId the id of the rule
     * @return the new rule set
     * @throws RegelwerkException with {@link RegelwerkViolation#UNKNOWN_RULE_ID} if no rule has this id
     */
    public Regelwerk<T> without(String regelId) {
        bekannt(regelId);
        Set<String> aus = new TreeSet<>(abgeschaltet);
        aus.add(regelId);
        return new Regelwerk<>(new LinkedHashMap<>(regeln), aus, new TreeMap<>(severities), maxBefundeProRegel);
    }

    /**
     * This rule set with a switched-off rule active again.
     *
     * @param regelId the id of the rule
     * @return the new rule set
     * @throws RegelwerkException with {@link RegelwerkViolation#UNKNOWN_RULE_ID} if no rule has this id
     */
    public Regelwerk<T> withEnabled(String regelId) {
        bekannt(regelId);
        Set<String> aus = new TreeSet<>(abgeschaltet);
        aus.remove(regelId);
        return new Regelwerk<>(new LinkedHashMap<>(regeln), aus, new TreeMap<>(severities), maxBefundeProRegel);
    }

    /**
     * This rule set with the severity of one rule overridden, e.g. a warning made an error for a
     * strict delivery check. Setting the rule's standard severity removes the override.
     *
     * @param regelId  the id of the rule
     * @param severity the severity all its findings get
     * @return the new rule set
     * @throws RegelwerkException with {@link RegelwerkViolation#UNKNOWN_RULE_ID} if no rule has this id
     */
    public Regelwerk<T> withSeverity(String regelId, Severity severity) {
        Regel<T> regel = bekannt(regelId);
        Objects.requireNonNull(severity, "severity");
        Map<String, Severity> neu = new TreeMap<>(severities);
        if (severity == regel.standardSeverity()) {
            neu.remove(regelId);
        } else {
            neu.put(regelId, severity);
        }
        return new Regelwerk<>(new LinkedHashMap<>(regeln), new TreeSet<>(abgeschaltet), neu, maxBefundeProRegel);
    }

    /**
     * This rule set storing at most the given number of findings per rule id in a run; further
     * findings are only counted (see {@link Pruefbericht#unterdrueckungen()}). The limit also applies
     * to findings reported with {@link Pruefer#report(Befund)}.
     *
     * @param max the limit, at least 0 (0 stores no findings, only counts); {@link #UNLIMITED}
     *            for none
     * @return the new rule set
     * @throws RegelwerkException with {@link RegelwerkViolation#INVALID_COUNT} if negative
     */
    public Regelwerk<T> withMaxBefundeProRegel(int max) {
        if (max < 0) {
            throw new RegelwerkException(RegelwerkViolation.INVALID_COUNT, "maxBefundeProRegel",
                    Integer.toString(max), "at least 0");
        }
        return new Regelwerk<>(new LinkedHashMap<>(regeln), new TreeSet<>(abgeschaltet), new TreeMap<>(severities),
                max);
    }

    private Regel<T> bekannt(String regelId) {
        Objects.requireNonNull(regelId, "regelId");
        Regel<T> regel = regeln.get(regelId);
        if (regel == null) {
            throw new RegelwerkException(RegelwerkViolation.UNKNOWN_RULE_ID, "Regel-ID", regelId,
                    "one of " + regeln.keySet());
        }
        return regel;
    }

    /**
     * All rules, switched off ones included, in the order they run.
     *
     * @return the rules, unmodifiable
     */
    public List<Regel<T>> regeln() {
        return List.copyOf(regeln.values());
    }

    /**
     * The rules that run, in order.
     *
     * @return the active rules, unmodifiable
     */
    public List<Regel<T>> enabled() {
        return regeln.values().stream().filter(r -> !abgeschaltet.contains(r.id()))
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Whether a rule with this id exists and is switched on.
     *
     * @param regelId the id
     * @return true when it runs
     */
    public boolean isEnabled(String regelId) {
        return regeln.containsKey(regelId) && !abgeschaltet.contains(regelId);
    }

    /**
     * The severity the findings of a rule get: the override, or the rule's standard severity.
     *
     * @param regelId the id of the rule
     * @return the effective severity
     * @throws RegelwerkException with {@link RegelwerkViolation#UNKNOWN_RULE_ID} if no rule has this id
     */
    public Severity severity(String regelId) {
        Regel<T> regel = bekannt(regelId);
        return severities.getOrDefault(regelId, regel.standardSeverity());
    }

    /**
     * The maximum number of stored findings per rule id in a run.
     *
     * @return the limit, {@link #UNLIMITED} by default
     */
    public int maxBefundeProRegel() {
        return maxBefundeProRegel;
    }

    /**
     * Starts a run: feed the records to the returned {@link Pruefer}, then take its
     * {@link Pruefer#result()}.
     *
     * @return a fresh run, for one thread
     */
    public Pruefer<T> start() {
        Map<String, Severity> effektiv = new HashMap<>();
        List<Regel<T>> aktiv = enabled();
        aktiv.forEach(r -> effektiv.put(r.id(), severity(r.id())));
        return new Pruefer<>(aktiv, effektiv, maxBefundeProRegel, null);
    }

    /**
     * Starts a run that streams its findings: each goes to {@code ziel} the moment it is made,
     * nothing is stored (so {@link #maxBefundeProRegel()} does not apply; a consumer such as
     * {@link Pruefer#report(Befund)} of another run can cap them), and the run's
     * {@link Pruefer#result()} holds no findings. For readers that check millions of records and
     * pass the findings on.
     *
     * @param ziel receives every finding, with the rule set's severity
     * @return a fresh run, for one thread
     */
    public Pruefer<T> start(java.util.function.Consumer<? super Befund> ziel) {
        Objects.requireNonNull(ziel, "ziel");
        Map<String, Severity> effektiv = new HashMap<>();
        List<Regel<T>> aktiv = enabled();
        aktiv.forEach(r -> effektiv.put(r.id(), severity(r.id())));
        return new Pruefer<>(aktiv, effektiv, maxBefundeProRegel, ziel);
    }

    /**
     * Checks records held in memory in one go; each record's location is its 1-based number
     * ({@link Fundstelle#datensatz(long)}).
     *
     * @param datensaetze the records, none null
     * @return the report
     */
    public Pruefbericht check(Iterable<? extends T> datensaetze) {
        Pruefer<T> pruefer = start();
        datensaetze.forEach(pruefer::check);
        return pruefer.result();
    }

    /**
     * Checks a stream of records in one go, in encounter order; each record's location is its
     * 1-based number. The stream is consumed but not closed.
     *
     * @param datensaetze the records, none null
     * @return the report
     */
    public Pruefbericht check(Stream<? extends T> datensaetze) {
        Pruefer<T> pruefer = start();
        datensaetze.sequential().forEachOrdered(pruefer::check);
        return pruefer.result();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Regelwerk<?> other)) {
            return false;
        }
        return maxBefundeProRegel == other.maxBefundeProRegel
                && List.copyOf(regeln.values()).equals(List.copyOf(other.regeln.values()))
                && abgeschaltet.equals(other.abgeschaltet) && severities.equals(other.severities);
    }

    @Override
    public int hashCode() {
        return Objects.hash(List.copyOf(regeln.values()), abgeschaltet, severities, maxBefundeProRegel);
    }

    @Override
    public String toString() {
        List<String> teile = new ArrayList<>();
        for (Regel<T> r : regeln.values()) {
            String id = r.id();
            teile.add(abgeschaltet.contains(id) ? id + "=OFF" : id + "=" + severity(id));
        }
        return "Regelwerk" + teile + (maxBefundeProRegel == UNLIMITED ? "" : "[max " + maxBefundeProRegel + "]");
    }
}
