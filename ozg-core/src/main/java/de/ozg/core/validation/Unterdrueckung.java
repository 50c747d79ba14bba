package de.ozg.core.validation;

import java.util.Objects;

/**
 * How many findings of one rule and severity were counted but not stored because the rule set's
 * limit per rule ({@link Regelwerk#withMaxBefundeProRegel(int)}) was reached. Ten million bad rows
 * thus cost memory for the first few findings only, while every count in the report stays exact.
 *
 * <p>Immutable and thread-safe.
 */
public final class Unterdrueckung {

    private final String regelId;
    private final Severity severity;
    private final long anzahl;

    private Unterdrueckung(String regelId, Severity severity, long anzahl) {
        this.regelId = RegelwerkException.requireRegelId(regelId);
        this.severity = Objects.requireNonNull(severity, "severity");
        if (anzahl < 1) {
            throw new RegelwerkException(RegelwerkViolation.INVALID_COUNT, "Anzahl unterdrückter Befunde",
                    Long.toString(anzahl), "at least 1");
        }
        this.anzahl = anzahl;
    }

    /**
     * @param regelId  the rule id
     * @param severity the severity of the suppressed findings
     * @param anzahl   how many were suppressed, at least 1
     * @return the value
     */
    public static Unterdrueckung of(String regelId, Severity severity, long anzahl) {
        return new Unterdrueckung(regelId, severity, anzahl);
    }

    /**
     * @return the rule id
     */
    public String regelId() {
        return regelId;
    }

    /**
     * @return the severity of the suppressed findings
     */
    public Severity severity() {
        return severity;
    }

    /**
     * @return how many findings were suppressed, at least 1
     */
    public long anzahl() {
        return anzahl;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Unterdrueckung other)) {
            return false;
        }
        return anzahl == other.anzahl && regelId.equals(other.regelId) && severity == other.severity;
    }

    @Override
    public int hashCode() {
        return Objects.hash(regelId, severity, anzahl);
    }

    @Override
    public String toString() {
        return "Unterdrueckung[" + regelId + " " + severity + " " + anzahl + "]";
    }
}
