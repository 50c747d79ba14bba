package de.ozg.core.aggregation;

import de.ozg.core.internal.Suchschluessel;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.ReifegradModell;
import de.ozg.core.ref.Typisierung;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A counting rule: exactly when a status row makes a LeiKa service count as online, and when a
 * service counts as flächendeckend. The published OZG figures differ mostly by such rules, and
 * users argue about them because the rules are rarely written down; here every decision is a field
 * of a value, printed by {@link #toString()}, so a figure can be reproduced from its rule.
 *
 * <p>The decisions, in the order they are applied to a row that belongs to the catalogue and the
 * Gebietsverzeichnis:
 * <ol>
 * <li><b>Inactive rows</b> ({@code aktiv = false}) are excluded unless {@link #isInaktiveZaehlen()}.
 * <li><b>Rows with {@code online_status = nicht ok}</b> are excluded unless
 * {@link #isNichtOkZaehlen()}: the service was not reachable at the Stichtag, whatever its Reifegrad.
 * <li><b>Rows with a Reifegrad</b> of the rule's model count as online when the level is at least
 * {@link #mindestReifegrad()}. A level of another model is never compared (there is no published
 * mapping): the row is counted as "nicht zugeordnet" with the reason
 * {@link NichtZugeordnet.Grund#REIFEGRAD_ANDERES_MODELL}.
 * <li><b>Rows without a Reifegrad</b> are decided by {@link #ohneReifegrad()}: by their
 * {@code online_status} ({@link OhneReifegrad#NACH_ONLINE_STATUS}, the dashboard's reading, where a
 * reachable service is at least a Formular-Assistent) or never ({@link OhneReifegrad#NICHT_GEZAEHLT},
 * for thresholds that reachability alone cannot prove, such as OZG-konform).
 * <li><b>Several rows for one LeiKa key</b> in one Gemeinde (several online services, or a
 * Gemeinde row under a Kreis or Land row) combine by {@link #kombination()}: the best Reifegrad
 * counts (DOMAIN §7), or, stricter, the worst.
 * <li><b>Kommunen.</b> A Kommune is a politische Gemeinde: a Gemeinde of the Gebietsverzeichnis
 * that is not a gemeindefreies Gebiet (Destatis Textkennzeichen 65 bewohnt, 66 unbewohnt: forests,
 * lakes, military areas, coastal waters — 210 of the 11,004 Gemeinde rows of the
 * Gemeindeverzeichnis, Gebietsstand 31.12.2020, 174 of them in Bayern; see
 * {@link de.ozg.core.model.Gebiet#isKommune()}). A gemeindefreies Gebiet has no administration and
 * offers no service, so by default it is neither in the denominator of a Flächendeckung nor among
 * the Gemeinden where a service counts as online; {@link #isGemeindefreieGebieteZaehlen()} counts
 * them as Kommunen, which reproduces figures computed before this rule existed (then a service
 * online in every Bavarian Kommune was not flächendeckend in Bayern).
 * <li><b>Flächendeckend</b> means online in at least {@link #flaechendeckungsanteil()} (100 %) of
 * the relevant Kommunen of an area; 99 % is not flächendeckend. With
 * {@link #isNurKommunalerVollzug()} a LeiKa service is relevant in the Gemeinden only when one of
 * its Typisierung codes has {@linkplain Typisierung#isKommunalerVollzug() kommunaler Vollzug}; a
 * service executed by Bund or Land alone then has no Gemeinde denominator and is "nicht in
 * Auswertung berücksichtigt". A service whose catalogue entry has no Typisierung at all is
 * relevant when {@link #isOhneTypisierungRelevant()} (the default: a missing code must not make a
 * service vanish from a figure).
 * </ol>
 *
 * <p>Rules compare equal when all decisions are equal; {@link #name()} is the preset name when the
 * decisions are those of a preset. Immutable and thread-safe.
 */
public final class Zaehlregel {

    /** How a row without a Reifegrad is judged. */
    public enum OhneReifegrad {
        /** By its {@code online_status}: ok counts as online. */
        NACH_ONLINE_STATUS,
        /** Never online: the threshold cannot be proved without a level. */
        NICHT_GEZAEHLT
    }

    /** How several rows for one LeiKa key in one Gemeinde combine. */
    public enum Kombination {
        /** The best Reifegrad counts: online when any row counts as online (DOMAIN §7). */
        BESTER_REIFEGRAD,
        /** The worst counts: online only when every assessed row counts as online. */
        SCHLECHTESTER_REIFEGRAD
    }

    /** The name of rules that are no preset. */
    public static final String BENUTZERDEFINIERT = "benutzerdefiniert";

    private static final int VOLL = 10_000;

    /**
     * The OZG-Dashboard's "online": an OZG-Leistung is online when at least one of its LeiKa
     * services reaches Reifegrad 2 (model 1.x, Formular-Assistent) in at least one Kommune; Bund
     * services count nationwide from go-live because their rows carry the Bund key. Rows without a
     * Reifegrad count by {@code online_status}; inactive and "nicht ok" rows are excluded; the best
     * Reifegrad of a key counts; Flächendeckung is judged over every Kommune (no Typisierung
     * restriction; gemeindefreie Gebiete are no Kommunen). Name {@code "dashboard-online"}.
     */
    public static final Zaehlregel DASHBOARD_ONLINE = new Zaehlregel(ReifegradModell.V1, 2,
            OhneReifegrad.NACH_ONLINE_STATUS, false, false, Kombination.BESTER_REIFEGRAD, VOLL, false, true,
            false);

    /**
     * OZG-konform: Reifegrad 3 (model 1.x, Online-Leistung) or higher. A row without a Reifegrad
     * does not count, since reachability does not prove level 3; otherwise as
     * {@link #DASHBOARD_ONLINE}. Name {@code "ozg-konform"}.
     */
    public static final Zaehlregel OZG_KONFORM = new Zaehlregel(ReifegradModell.V1, 3,
            OhneReifegrad.NICHT_GEZAEHLT, false, false, Kombination.BESTER_REIFEGRAD, VOLL, false, true,
            false);

    /**
     * The dashboard's per-Land rule: a LeiKa service counts for an area only when it is online
     * (Reifegrad 2, as {@link #DASHBOARD_ONLINE}) in 100 % of the Kommunen under the area's ARS
     * prefix whose Typisierung gives them the service (kommunaler Vollzug); 99 % does not count.
     * Services without a Typisierung count as due in every Kommune; gemeindefreie Gebiete are no
     * Kommunen. Name {@code "flaechendeckend"}.
     */
    public static final Zaehlregel FLAECHENDECKEND = new Zaehlregel(ReifegradModell.V1, 2,
            OhneReifegrad.NACH_ONLINE_STATUS, false, false, Kombination.BESTER_REIFEGRAD, VOLL, true, true,
            false);

    private final ReifegradModell modell;
    private final int stufe;
    private final OhneReifegrad ohneReifegrad;
    private final boolean nichtOkZaehlen;
    private final boolean inaktiveZaehlen;
    private final Kombination kombination;
    private final int flaechendeckungBasispunkte;
    private final boolean nurKommunalerVollzug;
    private final boolean ohneTypisierungRelevant;
    private final boolean gemeindefreieGebieteZaehlen;

    private Zaehlregel(ReifegradModell modell, int stufe, OhneReifegrad ohneReifegrad, boolean nichtOkZaehlen,
            boolean inaktiveZaehlen, Kombination kombination, int flaechendeckungBasispunkte,
            boolean nurKommunalerVollzug, boolean ohneTypisierungRelevant, boolean gemeindefreieGebieteZaehlen) {
        this.modell = modell;
        this.stufe = stufe;
        this.ohneReifegrad = ohneReifegrad;
        this.nichtOkZaehlen = nichtOkZaehlen;
        this.inaktiveZaehlen = inaktiveZaehlen;
        this.kombination = kombination;
        this.flaechendeckungBasispunkte = flaechendeckungBasispunkte;
        this.nurKommunalerVollzug = nurKommunalerVollzug;
        this.ohneTypisierungRelevant = ohneTypisierungRelevant;
        this.gemeindefreieGebieteZaehlen = gemeindefreieGebieteZaehlen;
    }

    /**
     * The three presets in a fixed order.
     *
     * @return dashboard-online, ozg-konform, flaechendeckend
     */
    public static List<Zaehlregel> presets() {
        return List.of(DASHBOARD_ONLINE, OZG_KONFORM, FLAECHENDECKEND);
    }

    /**
     * Looks a preset up by name, with the tolerance of the reference lookups (case, blanks of any
     * kind, {@code _}, {@code -} or a blank between words, umlaut spelling):
     * {@code "dashboard-online"}, {@code "ozg-konform"}, {@code "flaechendeckend"} (also
     * {@code "flächendeckend"}, {@code "OZG_KONFORM"}, {@code "Dashboard online"}).
     *
     * @param name the name, may be null
     * @return the preset, or empty
     */
    public static Optional<Zaehlregel> find(CharSequence name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = Suchschluessel.von(name);
        for (Zaehlregel r : presets()) {
            if (Suchschluessel.von(r.name()).equals(n)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * Parses a preset name as {@link #find(CharSequence)} does.
     *
     * @param name the name
     * @return the preset
     * @throws AggregationException with {@link AggregationViolation#UNKNOWN_ZAEHLREGEL}
     */
    public static Zaehlregel parse(CharSequence name) {
        return find(name).orElseThrow(() -> new AggregationException(AggregationViolation.UNKNOWN_ZAEHLREGEL,
                "Zaehlregel", name == null ? null : name.toString(),
                "one of 'dashboard-online', 'ozg-konform', 'flaechendeckend'"));
    }

    /**
     * The preset name when the decisions are those of a preset, otherwise
     * {@value #BENUTZERDEFINIERT}.
     *
     * @return the name
     */
    public String name() {
        if (gleicheEntscheidungen(DASHBOARD_ONLINE)) {
            return "dashboard-online";
        }
        if (gleicheEntscheidungen(OZG_KONFORM)) {
            return "ozg-konform";
        }
        if (gleicheEntscheidungen(FLAECHENDECKEND)) {
            return "flaechendeckend";
        }
        return BENUTZERDEFINIERT;
    }

    /** @return the lowest Reifegrad that counts as online, such as {@code V1:2} */
    public Reifegrad mindestReifegrad() {
        return Reifegrad.of(modell, stufe);
    }

    /** @return how rows without a Reifegrad are judged */
    public OhneReifegrad ohneReifegrad() {
        return ohneReifegrad;
    }

    /** @return whether rows with {@code online_status = nicht ok} are assessed rather than excluded */
    public boolean isNichtOkZaehlen() {
        return nichtOkZaehlen;
    }

    /** @return whether rows with {@code aktiv = false} are assessed rather than excluded */
    public boolean isInaktiveZaehlen() {
        return inaktiveZaehlen;
    }

    /** @return how several rows for one key in one Gemeinde combine */
    public Kombination kombination() {
        return kombination;
    }

    /** @return the share of relevant Gemeinden needed for flächendeckend, 1.0 for 100 % */
    public double flaechendeckungsanteil() {
        return flaechendeckungBasispunkte / (double) VOLL;
    }

    /** @return whether only services with kommunaler Vollzug have Gemeinden in the denominator */
    public boolean isNurKommunalerVollzug() {
        return nurKommunalerVollzug;
    }

    /** @return whether a service without any Typisierung code counts as due in every Gemeinde */
    public boolean isOhneTypisierungRelevant() {
        return ohneTypisierungRelevant;
    }

    /**
     * Whether gemeindefreie Gebiete count as Kommunen: in the denominator of every Flächendeckung
     * and among the Gemeinden a row covers. False for every preset (see the class comment).
     *
     * @return true when gemeindefreie Gebiete are counted
     */
    public boolean isGemeindefreieGebieteZaehlen() {
        return gemeindefreieGebieteZaehlen;
    }

    /**
     * This rule with another lowest Reifegrad that counts as online.
     *
     * @param mindest the threshold, such as {@code Reifegrad.of(ReifegradModell.V2, 4)}
     * @return the rule
     */
    public Zaehlregel withMindestReifegrad(Reifegrad mindest) {
        return new Zaehlregel(mindest.modell(), mindest.stufe(), ohneReifegrad, nichtOkZaehlen, inaktiveZaehlen,
                kombination, flaechendeckungBasispunkte, nurKommunalerVollzug, ohneTypisierungRelevant,
                gemeindefreieGebieteZaehlen);
    }

    /**
     * This rule with another judgement of rows without a Reifegrad.
     *
     * @param wert the judgement
     * @return the rule
     */
    public Zaehlregel withOhneReifegrad(OhneReifegrad wert) {
        return new Zaehlregel(modell, stufe, Objects.requireNonNull(wert, "ohneReifegrad"), nichtOkZaehlen,
                inaktiveZaehlen, kombination, flaechendeckungBasispunkte, nurKommunalerVollzug,
                ohneTypisierungRelevant, gemeindefreieGebieteZaehlen);
    }

    /**
     * This rule with rows of {@code online_status = nicht ok} assessed (true) or excluded (false).
     *
     * @param wert whether they are assessed
     * @return the rule
     */
    public Zaehlregel withNichtOkZaehlen(boolean wert) {
        return new Zaehlregel(modell, stufe, ohneReifegrad, wert, inaktiveZaehlen, kombination,
                flaechendeckungBasispunkte, nurKommunalerVollzug, ohneTypisierungRelevant, gemeindefreieGebieteZaehlen);
    }

    /**
     * This rule with inactive rows assessed (true) or excluded (false).
     *
     * @param wert whether they are assessed
     * @return the rule
     */
    public Zaehlregel withInaktiveZaehlen(boolean wert) {
        return new Zaehlregel(modell, stufe, ohneReifegrad, nichtOkZaehlen, wert, kombination,
                flaechendeckungBasispunkte, nurKommunalerVollzug, ohneTypisierungRelevant, gemeindefreieGebieteZaehlen);
    }

    /**
     * This rule with another combination of several rows for one key.
     *
     * @param wert the combination
     * @return the rule
     */
    public Zaehlregel withKombination(Kombination wert) {
        return new Zaehlregel(modell, stufe, ohneReifegrad, nichtOkZaehlen, inaktiveZaehlen,
                Objects.requireNonNull(wert, "kombination"), flaechendeckungBasispunkte, nurKommunalerVollzug,
                ohneTypisierungRelevant, gemeindefreieGebieteZaehlen);
    }

    /**
     * This rule with another share of Gemeinden for flächendeckend, held exactly to a hundredth of a
     * percent (so 0.995 is 99.5 %).
     *
     * @param anteil the share, above 0 and at most 1
     * @return the rule
     * @throws AggregationException with {@link AggregationViolation#INVALID_SCHWELLE} outside that
     *                              range or when the share is finer than 0.0001
     */
    public Zaehlregel withFlaechendeckungsanteil(double anteil) {
        double bp = anteil * VOLL;
        long gerundet = Math.round(bp);
        if (!(anteil > 0 && anteil <= 1) || Math.abs(bp - gerundet) > 1e-6 || gerundet == 0) {
            throw new AggregationException(AggregationViolation.INVALID_SCHWELLE, "Zaehlregel.flaechendeckungsanteil",
                    String.valueOf(anteil), "a share above 0 and at most 1 in steps of 0.0001, such as 1.0 or 0.995");
        }
        return new Zaehlregel(modell, stufe, ohneReifegrad, nichtOkZaehlen, inaktiveZaehlen, kombination,
                (int) gerundet, nurKommunalerVollzug, ohneTypisierungRelevant, gemeindefreieGebieteZaehlen);
    }

    /**
     * This rule with or without the Typisierung restriction of the Flächendeckung denominator.
     *
     * @param wert true to count only services with kommunaler Vollzug in the Gemeinden
     * @return the rule
     */
    public Zaehlregel withNurKommunalerVollzug(boolean wert) {
        return new Zaehlregel(modell, stufe, ohneReifegrad, nichtOkZaehlen, inaktiveZaehlen, kombination,
                flaechendeckungBasispunkte, wert, ohneTypisierungRelevant, gemeindefreieGebieteZaehlen);
    }

    /**
     * This rule with services without any Typisierung code counted as due everywhere (true) or as
     * not rated (false), when the Typisierung restricts the denominator.
     *
     * @param wert whether they count as relevant
     * @return the rule
     */
    public Zaehlregel withOhneTypisierungRelevant(boolean wert) {
        return new Zaehlregel(modell, stufe, ohneReifegrad, nichtOkZaehlen, inaktiveZaehlen, kombination,
                flaechendeckungBasispunkte, nurKommunalerVollzug, wert, gemeindefreieGebieteZaehlen);
    }

    /**
     * This rule with gemeindefreie Gebiete counted as Kommunen (true) or left out (false, the
     * presets' choice). Counting them reproduces figures from before this decision was explicit.
     *
     * @param wert whether gemeindefreie Gebiete count
     * @return the rule
     */
    public Zaehlregel withGemeindefreieGebieteZaehlen(boolean wert) {
        return new Zaehlregel(modell, stufe, ohneReifegrad, nichtOkZaehlen, inaktiveZaehlen, kombination,
                flaechendeckungBasispunkte, nurKommunalerVollzug, ohneTypisierungRelevant, wert);
    }

    // ---- package-private decisions, shared by the matrix and the snapshot diff ----

    /** Row excluded because inactive. */
    static final int INAKTIV = 0;
    /** Row excluded because online_status = nicht ok. */
    static final int NICHT_OK = 1;
    /** Row with a Reifegrad of another model: not assigned. */
    static final int ANDERES_MODELL = 2;
    /** Assessed, does not count as online. */
    static final int OFFLINE = 3;
    /** Assessed, counts as online. */
    static final int ONLINE = 4;

    /**
     * Classifies a row's state.
     *
     * @param aktiv  aktiv
     * @param ok     online_status = ok
     * @param rModell the Reifegrad model, or null when the row has none
     * @param rStufe the level, ignored without model
     * @return one of the class constants
     */
    int bewerte(boolean aktiv, boolean ok, ReifegradModell rModell, int rStufe) {
        if (!aktiv && !inaktiveZaehlen) {
            return INAKTIV;
        }
        if (!ok && !nichtOkZaehlen) {
            return NICHT_OK;
        }
        if (rModell == null) {
            return ohneReifegrad == OhneReifegrad.NACH_ONLINE_STATUS && ok ? ONLINE : OFFLINE;
        }
        if (rModell != modell) {
            return ANDERES_MODELL;
        }
        return rStufe >= stufe ? ONLINE : OFFLINE;
    }

    int bewerte(Umsetzungsstand zeile) {
        Reifegrad r = zeile.reifegradOrNull();
        return bewerte(zeile.isAktiv(), zeile.isOnline(), r == null ? null : r.modell(), r == null ? 0 : r.stufe());
    }

    /** Whether {@code abgedeckt} of {@code relevant} Gemeinden reach the Flächendeckung share. */
    boolean isFlaechendeckend(long abgedeckt, long relevant) {
        return relevant > 0 && abgedeckt * VOLL >= relevant * flaechendeckungBasispunkte;
    }

    ReifegradModell modell() {
        return modell;
    }

    private boolean gleicheEntscheidungen(Zaehlregel o) {
        return modell == o.modell && stufe == o.stufe && ohneReifegrad == o.ohneReifegrad
                && nichtOkZaehlen == o.nichtOkZaehlen && inaktiveZaehlen == o.inaktiveZaehlen
                && kombination == o.kombination && flaechendeckungBasispunkte == o.flaechendeckungBasispunkte
                && nurKommunalerVollzug == o.nurKommunalerVollzug
                && ohneTypisierungRelevant == o.ohneTypisierungRelevant
                && gemeindefreieGebieteZaehlen == o.gemeindefreieGebieteZaehlen;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Zaehlregel && gleicheEntscheidungen((Zaehlregel) o);
    }

    @Override
    public int hashCode() {
        return Objects.hash(modell, stufe, ohneReifegrad, nichtOkZaehlen, inaktiveZaehlen, kombination,
                flaechendeckungBasispunkte, nurKommunalerVollzug, ohneTypisierungRelevant, gemeindefreieGebieteZaehlen);
    }

    /**
     * Every decision in one line, for report headers, such as {@code "dashboard-online: online ab
     * V1:2; ohne Reifegrad nach online_status; nicht ok ausgeschlossen; inaktive ausgeschlossen;
     * bester Reifegrad je Schlüssel; flächendeckend ab 100 %; Nenner alle Gemeinden; ohne
     * gemeindefreie Gebiete"}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(name()).append(": online ab ").append(mindestReifegrad());
        sb.append(ohneReifegrad == OhneReifegrad.NACH_ONLINE_STATUS ? "; ohne Reifegrad nach online_status"
                : "; ohne Reifegrad nicht gezählt");
        sb.append(nichtOkZaehlen ? "; nicht ok bewertet" : "; nicht ok ausgeschlossen");
        sb.append(inaktiveZaehlen ? "; inaktive bewertet" : "; inaktive ausgeschlossen");
        sb.append(kombination == Kombination.BESTER_REIFEGRAD ? "; bester Reifegrad je Schlüssel"
                : "; schlechtester Reifegrad je Schlüssel");
        sb.append("; flächendeckend ab ").append(Tabelle.prozent(flaechendeckungBasispunkte, VOLL));
        if (nurKommunalerVollzug) {
            sb.append("; Nenner Gemeinden mit kommunalem Vollzug")
                    .append(ohneTypisierungRelevant ? " (ohne Typisierung: alle)" : " (ohne Typisierung: keine)");
        } else {
            sb.append("; Nenner alle Gemeinden");
        }
        sb.append(gemeindefreieGebieteZaehlen ? "; mit gemeindefreien Gebieten" : "; ohne gemeindefreie Gebiete");
        return sb.toString();
    }
}
