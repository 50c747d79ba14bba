package de.ozg.core.model;

import de.ozg.core.SafeText;
import de.ozg.core.OzgException;
import de.ozg.core.ref.Typisierung;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The first field in which two listings of one entity differ, so that a contradiction can be
 * reported as "field X: expected A as in the first listing, was B" instead of printing two
 * look-alike summaries. Package-private support for the constructors' invariant checks.
 *
 * @param feld   the path of the field below the entity, such as {@code "leistungen[2].typisierung"}
 * @param erster the value in the first listing, rendered, or null when absent
 * @param zweiter the value in the contradicting listing, rendered, or null when absent
 */
record Abweichung(String feld, String erster, String zweiter) {

    /**
     * The exception for a contradicting second listing.
     *
     * @param violation the violation
     * @param entitaet  the entity path, such as {@code "OzgKatalog.leistungen[10000]"}
     * @param regel     why there must be one content, such as "one content per OZG-ID"
     * @return the exception
     */
    ModellException alsFehler(ModellViolation violation, String entitaet, String regel) {
        String bisher = erster == null ? "no value" : SafeText.quote(erster);
        return new ModellException(violation, entitaet + "." + feld, zweiter,
                bisher + " as in the first listing (" + regel + ")");
    }

    static Optional<Abweichung> zwischen(OzgLeistung a, OzgLeistung b) {
        Optional<Abweichung> d = feld("bezeichnung", a.bezeichnung(), b.bezeichnung());
        d = d.or(() -> feld("themenfeld", a.themenfeld().bezeichnung(), b.themenfeld().bezeichnung()));
        d = d.or(() -> feld("lebenslage", text(a.lebenslage()), text(b.lebenslage())));
        d = d.or(() -> feld("programm", a.programm().map(Enum::name).orElse(null),
                b.programm().map(Enum::name).orElse(null)));
        if (d.isPresent()) {
            return d;
        }
        List<LeikaLeistung> la = a.leistungen();
        List<LeikaLeistung> lb = b.leistungen();
        for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
            int index = i;
            Optional<Abweichung> x = zwischen(la.get(i), lb.get(i))
                    .map(e -> new Abweichung("leistungen[" + index + "]." + e.feld(), e.erster(), e.zweiter()));
            if (x.isPresent()) {
                return x;
            }
        }
        return feld("leistungen.size", String.valueOf(la.size()), String.valueOf(lb.size()));
    }

    static Optional<Abweichung> zwischen(LeikaLeistung a, LeikaLeistung b) {
        return feld("schluessel", a.schluessel().map(Object::toString).orElse(null),
                b.schluessel().map(Object::toString).orElse(null))
                .or(() -> feld("bezeichnung", a.bezeichnung(), b.bezeichnung()))
                .or(() -> feld("typisierung", Typisierung.formatMenge(a.typisierung()),
                        Typisierung.formatMenge(b.typisierung())))
                .or(() -> feld("rechtsgrundlage", a.rechtsgrundlage().orElse(null), b.rechtsgrundlage().orElse(null)))
                .or(() -> feld("gesetze", a.gesetze().orElse(null), b.gesetze().orElse(null)))
                .or(() -> feld("gesetzeskuerzel", a.gesetzeskuerzel().orElse(null), b.gesetzeskuerzel().orElse(null)))
                .or(() -> feld("sdg1", String.valueOf(a.sdg1()), String.valueOf(b.sdg1())))
                .or(() -> feld("sdg2", String.valueOf(a.sdg2()), String.valueOf(b.sdg2())));
    }

    static Optional<Abweichung> zwischen(Gebiet a, Gebiet b) {
        return feld("name", a.name(), b.name())
                .or(() -> feld("ags", a.ags().map(Object::toString).orElse(null),
                        b.ags().map(Object::toString).orElse(null)))
                .or(() -> feld("textkennzeichen", a.textkennzeichen().orElse(null), b.textkennzeichen().orElse(null)))
                .or(() -> feld("bevoelkerung", text(a.bevoelkerung()), text(b.bevoelkerung())));
    }

    private static Optional<Abweichung> feld(String feld, String a, String b) {
        return Objects.equals(a, b) ? Optional.empty() : Optional.of(new Abweichung(feld, a, b));
    }

    private static String text(Lebenslage l) {
        return l.bezeichnung() + " (" + l.themenfeld().bezeichnung() + l.typ().map(t -> ", " + t).orElse("") + ")";
    }

    private static String text(OptionalLong n) {
        return n.isPresent() ? String.valueOf(n.getAsLong()) : null;
    }
}
