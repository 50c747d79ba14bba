package de.ozg.core.ref;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The maturity of an online service: a level on one version of the Reifegradmodell, such as
 * {@code V1:3} (model 1.x, level 3 "Online-Leistung"). A service's level is the minimum over the
 * model's criteria, and the dashboard counts the best level among the services of one LeiKa key.
 * Because model 2.0 (levels 0 to 7) redefined the scale, a level means nothing without its model:
 * comparisons across models throw {@link ReferenceViolation#REIFEGRAD_MODEL_MISMATCH} instead of
 * silently comparing numbers. There are no levels such as "2a": such letters belong to the
 * {@link Typisierung}.
 *
 * <p>The canonical text form is {@code <model>:<level>} with the model's constant name, such as
 * {@code "V1:3"} or {@code "V2:7"}; {@link #toString()} writes it and {@link #parse(CharSequence)}
 * reads it. All 13 instances are shared: {@link #of(ReifegradModell, int)} never allocates, so the
 * type can be used freely on hot paths, and identity equals equality.
 *
 * <p>Immutable and thread-safe.
 */
public final class Reifegrad implements Comparable<Reifegrad> {

    private final ReifegradModell modell;
    private final int stufe;

    private Reifegrad(ReifegradModell modell, int stufe) {
        this.modell = modell;
        this.stufe = stufe;
    }

    /** The shared instances, created on first use rather than when the class is loaded. */
    private static final class Instanzen {
        static final Map<ReifegradModell, List<Reifegrad>> ALLE = erzeuge();

        private static Map<ReifegradModell, List<Reifegrad>> erzeuge() {
            Map<ReifegradModell, List<Reifegrad>> alle = new EnumMap<>(ReifegradModell.class);
            for (ReifegradModell m : ReifegradModell.values()) {
                List<Reifegrad> stufen = new ArrayList<>();
                for (int s = m.minStufe(); s <= m.maxStufe(); s++) {
                    stufen.add(new Reifegrad(m, s));
                }
                alle.put(m, List.copyOf(stufen));
            }
            return alle;
        }
    }

    static List<Reifegrad> alle(ReifegradModell modell) {
        return Instanzen.ALLE.get(modell);
    }

    /**
     * The shared instance for a level of a model.
     *
     * @param modell the model
     * @param stufe  the level, {@code modell.minStufe()} to {@code modell.maxStufe()}
     * @return the Reifegrad
     * @throws UnknownReferenceException with {@link ReferenceViolation#UNKNOWN_REIFEGRAD} if the
     *                                   level is outside the model
     */
    public static Reifegrad of(ReifegradModell modell, int stufe) {
        Objects.requireNonNull(modell, "modell");
        if (stufe < modell.minStufe() || stufe > modell.maxStufe()) {
            throw new UnknownReferenceException(ReferenceViolation.UNKNOWN_REIFEGRAD, String.valueOf(stufe),
                    erwarteteStufe(modell));
        }
        return Instanzen.ALLE.get(modell).get(stufe - modell.minStufe());
    }

    /**
     * Parses the canonical form {@code <model>:<level>}, such as {@code "V1:3"}. Strict: the model
     * is {@code V1} or {@code V2} in upper case, the level a plain decimal without sign, leading
     * zeros or blanks. A bare level such as {@code "3"} is rejected, because it has no model; use
     * {@link #parse(ReifegradModell, CharSequence)} when the model is known from the context.
     *
     * @param text the text
     * @return the Reifegrad
     * @throws UnknownReferenceException with {@link ReferenceViolation#UNKNOWN_REIFEGRAD} if the
     *                                   text is not of that form or the level is outside the model
     */
    public static Reifegrad parse(CharSequence text) {
        Text form = Text.of("form.reifegrad");
        if (text == null) {
            throw new UnknownReferenceException(ReferenceViolation.UNKNOWN_REIFEGRAD, null, form);
        }
        String s = text.toString();
        int colon = s.indexOf(':');
        ReifegradModell modell = null;
        if (colon > 0) {
            String name = s.substring(0, colon);
            for (ReifegradModell m : ReifegradModell.values()) {
                if (m.name().equals(name)) {
                    modell = m;
                }
            }
        }
        if (modell == null) {
            throw new UnknownReferenceException(ReferenceViolation.UNKNOWN_REIFEGRAD, s, form);
        }
        int stufe = dezimal(s.substring(colon + 1));
        if (stufe < 0) {
            throw new UnknownReferenceException(ReferenceViolation.UNKNOWN_REIFEGRAD, s, hinweis(form, s));
        }
        if (stufe > modell.maxStufe()) {
            throw new UnknownReferenceException(ReferenceViolation.UNKNOWN_REIFEGRAD, s, erwarteteStufe(modell));
        }
        return of(modell, stufe);
    }

    /**
     * Parses a bare level of a model known from the context, such as a column "Reifegrad (1.x)":
     * {@code parse(ReifegradModell.V1, "3")}. Strict: a plain decimal without sign, leading zeros or
     * blanks.
     *
     * @param modell the model
     * @param stufe  the level as text
     * @return the Reifegrad
     * @throws UnknownReferenceException with {@link ReferenceViolation#UNKNOWN_REIFEGRAD} if the
     *                                   text is not a level of the model
     */
    public static Reifegrad parse(ReifegradModell modell, CharSequence stufe) {
        Objects.requireNonNull(modell, "modell");
        int n = stufe == null ? -1 : dezimal(stufe.toString());
        if (n < 0 || n > modell.maxStufe()) {
            String s = stufe == null ? null : stufe.toString();
            throw new UnknownReferenceException(ReferenceViolation.UNKNOWN_REIFEGRAD, s,
                    s == null ? erwarteteStufe(modell) : hinweis(erwarteteStufe(modell), s));
        }
        return of(modell, n);
    }

    /** A non-negative decimal without sign or leading zeros, or -1. */
    private static int dezimal(String s) {
        if (s.isEmpty() || s.length() > 3 || s.length() > 1 && s.charAt(0) == '0') {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** The form with a hint when the value ends in a letter, as Typisierung codes such as "2a" do. */
    private static Text hinweis(Text form, String s) {
        if (!s.isEmpty() && Character.isLetter(s.charAt(s.length() - 1))) {
            return Text.of("form.reifegrad.buchstabe", form);
        }
        return form;
    }

    private static Text erwarteteStufe(ReifegradModell modell) {
        return Text.of("form.reifegrad.stufe", modell.minStufe(), modell.maxStufe(), modell.name(), modell.version());
    }

    /**
     * The model this level belongs to.
     *
     * @return the model
     */
    public ReifegradModell modell() {
        return modell;
    }

    /**
     * The level within the model, 0 for offline.
     *
     * @return the level
     */
    public int stufe() {
        return stufe;
    }

    /**
     * The stage name, such as {@code "Online-Leistung"} for {@code V1:3}. Empty for model 2.0,
     * whose stage names are not reliably published.
     *
     * @return the name, or empty when unknown
     */
    public Optional<String> bezeichnung() {
        return Optional.ofNullable(modell.name(stufe));
    }

    /**
     * A description beside the stage name, where the sources give one: for {@code V1:4}
     * (Online-Transaktion) the Once-Only principle. Empty for every other level.
     *
     * @return the description, or empty
     */
    public Optional<String> beschreibung() {
        return Optional.ofNullable(modell.beschreibung(stufe));
    }

    /**
     * Whether the service is OZG-konform: model 1.x level 3 or higher. Empty for model 2.0, which
     * publishes no such rule; the caller decides (for instance by an explicit mapping) instead of
     * the library guessing.
     *
     * @return {@code YES} or {@code NO} when the model defines the rule, otherwise {@code UNDETERMINED}
     */
    public Answer ozgKonform() {
        return modell.ozgKonformAb().map(ab -> Answer.of(isMindestens(ab))).orElse(Answer.UNDETERMINED);
    }

    /**
     * Whether the dashboard counts the service as online: model 1.x level 2 or higher. Empty for
     * model 2.0, which publishes no such rule.
     *
     * @return {@code YES} or {@code NO} when the model defines the rule, otherwise {@code UNDETERMINED}
     */
    public Answer online() {
        return modell.onlineAb().map(ab -> Answer.of(isMindestens(ab))).orElse(Answer.UNDETERMINED);
    }

    /**
     * Whether this level is above the other.
     *
     * @param other a Reifegrad of the same model
     * @return true if higher
     * @throws UnknownReferenceException with {@link ReferenceViolation#REIFEGRAD_MODEL_MISMATCH} if
     *                                   the models differ
     */
    public boolean isHoeherAls(Reifegrad other) {
        return compareTo(other) > 0;
    }

    /**
     * Whether this level is below the other.
     *
     * @param other a Reifegrad of the same model
     * @return true if lower
     * @throws UnknownReferenceException with {@link ReferenceViolation#REIFEGRAD_MODEL_MISMATCH} if
     *                                   the models differ
     */
    public boolean isNiedrigerAls(Reifegrad other) {
        return compareTo(other) < 0;
    }

    /**
     * Whether this level is at least the other, as in "OZG-konform from level 3".
     *
     * @param other a Reifegrad of the same model
     * @return true if equal or higher
     * @throws UnknownReferenceException with {@link ReferenceViolation#REIFEGRAD_MODEL_MISMATCH} if
     *                                   the models differ
     */
    public boolean isMindestens(Reifegrad other) {
        return compareTo(other) >= 0;
    }

    /**
     * Orders by level within one model. Sorting a collection that mixes models therefore throws,
     * which is intended: there is no published mapping between the models.
     *
     * @param other a Reifegrad of the same model
     * @return negative, zero or positive as for {@link Comparable}
     * @throws UnknownReferenceException with {@link ReferenceViolation#REIFEGRAD_MODEL_MISMATCH} if
     *                                   the models differ
     */
    @Override
    public int compareTo(Reifegrad other) {
        Objects.requireNonNull(other, "other");
        if (other.modell != modell) {
            throw new UnknownReferenceException(ReferenceViolation.REIFEGRAD_MODEL_MISMATCH, other.toString(),
                    Text.of("form.reifegrad.vergleich", modell.name(), modell.version(), this));
        }
        return Integer.compare(stufe, other.stufe);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reifegrad && ((Reifegrad) o).modell == modell && ((Reifegrad) o).stufe == stufe;
    }

    @Override
    public int hashCode() {
        return modell.ordinal() * 31 + stufe;
    }

    /**
     * The canonical form {@code <model>:<level>}, such as {@code "V1:3"}, read back by
     * {@link #parse(CharSequence)}.
     *
     * @return the canonical form
     */
    @Override
    public String toString() {
        return modell.name() + ':' + stufe;
    }
}
