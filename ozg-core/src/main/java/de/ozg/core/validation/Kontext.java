package de.ozg.core.validation;

import java.util.Objects;

/**
 * What a {@link Pruefung} sees of its run: the location of the current record and the way to
 * report findings. A finding reported here carries the rule's id and the severity that the
 * {@link Regelwerk} assigns to the rule (the standard severity or the user's override); a rule
 * never chooses the final severity itself.
 *
 * <p>Mutable and bound to one run of one rule: use it only on the thread of the run, and only
 * during the call it was passed to.
 */
public final class Kontext {

    private final String regelId;
    private final Severity severity;
    private final Pruefer<?> pruefer;
    /** The run's count of stored findings of this rule id. */
    private final int[] zaehler;

    Kontext(String regelId, Severity severity, Pruefer<?> pruefer, int[] zaehler) {
        this.regelId = regelId;
        this.severity = severity;
        this.pruefer = pruefer;
        this.zaehler = zaehler;
    }

    /**
     * The id of the rule being run.
     *
     * @return the rule id
     */
    public String regelId() {
        return regelId;
    }

    /**
     * The severity findings of this rule get in this run.
     *
     * @return the effective severity
     */
    public Severity severity() {
        return severity;
    }

    /**
     * The location of the current record; {@link Fundstelle#unbekannt()} during
     * {@link Pruefung#finish(Kontext)}. Cross-record rules keep it to point back later.
     *
     * @return the location
     */
    public Fundstelle fundstelle() {
        return pruefer.fundstelle;
    }

    /**
     * Reports a finding at the current record's location.
     *
     * @param meldungDe the German message, non-blank
     * @param meldungEn the English message, non-blank
     * @throws RegelwerkException if a message is blank
     */
    public void report(String meldungDe, String meldungEn) {
        befund().report(meldungDe, meldungEn);
    }

    /**
     * Starts a finding with subject, value or another location, e.g.
     * {@code ctx.befund().gegenstand(ozgId).wert(roh).report("…", "…")}.
     *
     * @return a draft at the current record's location
     */
    public Entwurf befund() {
        return new Entwurf();
    }

    /**
     * A finding being written by a rule; {@link #report(String, String)} reports it. Mutable, for
     * one finding only.
     */
    public final class Entwurf {
        private final Befund.Builder builder = Befund.builder().regelId(regelId).severity(severity)
                .fundstelle(pruefer.fundstelle);

        private Entwurf() {
        }

        /**
         * @param gegenstand the subject as text, e.g. the OZG-ID or LeiKa key; null for none
         * @return this draft
         */
        public Entwurf gegenstand(String gegenstand) {
            builder.gegenstand(gegenstand);
            return this;
        }

        /**
         * @param wert the offending value exactly as given; null for none
         * @return this draft
         */
        public Entwurf wert(String wert) {
            builder.wert(wert);
            return this;
        }

        /**
         * @param fundstelle another location, e.g. of an earlier record; not null
         * @return this draft
         */
        public Entwurf fundstelle(Fundstelle fundstelle) {
            builder.fundstelle(Objects.requireNonNull(fundstelle, "fundstelle"));
            return this;
        }

        /**
         * Reports the finding.
         *
         * @param meldungDe the German message, non-blank
         * @param meldungEn the English message, non-blank
         * @throws RegelwerkException if a message is blank
         */
        public void report(String meldungDe, String meldungEn) {
            pruefer.aufnehmen(builder.meldung(meldungDe, meldungEn).build(), zaehler);
        }
    }
}
