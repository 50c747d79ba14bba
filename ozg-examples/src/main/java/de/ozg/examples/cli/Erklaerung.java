package de.ozg.examples.cli;

import de.ozg.core.OzgException;
import de.ozg.core.id.Ags;
import de.ozg.core.id.Aenderung;
import de.ozg.core.id.Ars;
import de.ozg.core.id.FimId;
import de.ozg.core.id.IdFormatException;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.Normalisierung;
import de.ozg.core.id.OzgId;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.ref.Typisierung;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Explains what a string is in the OZG domain: which identifier it parses as, what its parts mean,
 * and — when strict parsing fails — why, and what the lenient normalisation would repair. Levels and
 * kinds are named in words, never by their Java names.
 */
final class Erklaerung {

    private final Darstellung d;

    private Erklaerung(Darstellung d) {
        this.d = d;
    }

    /**
     * Explains one input.
     *
     * @param eingabe the text as given on the command line
     * @param d       the language of the explanation
     * @return the lines of the explanation
     */
    static List<String> erklaere(String eingabe, Darstellung d) {
        return new Erklaerung(d).erklaere(eingabe);
    }

    private List<String> erklaere(String eingabe) {
        List<String> zeilen = new ArrayList<>();
        zeilen.add(OzgException.quote(eingabe) + ":");
        if (Leistungsschluessel.isPlaceholder(eingabe)) {
            zeilen.add("  " + d.text("erklaerung.platzhalter"));
            return zeilen;
        }
        int vorher = zeilen.size();
        versuche(eingabe, OzgId::isValid, OzgId::parse, this::ozgId, zeilen);
        versuche(eingabe, Leistungsschluessel::isValid, Leistungsschluessel::parse, this::schluessel, zeilen);
        if (eingabe.startsWith(Leistungsschluessel.URN_PREFIX)) {
            versuche(eingabe, t -> true, Leistungsschluessel::fromUrn, this::schluessel, zeilen);
        }
        versuche(eingabe, Ars::isValid, Ars::parse, this::ars, zeilen);
        versuche(eingabe, Ags::isValid, Ags::parse, this::ags, zeilen);
        versuche(eingabe, FimId::isValid, FimId::parse, f -> List.of("  " + d.text("erklaerung.fim",
                f.art().bezeichnung(), f.nummer(), f.version().map(v -> d.text("erklaerung.fimVersion", v)).orElse(""))),
                zeilen);
        Themenfeld.find(eingabe).ifPresent(t -> zeilen.add("  " + d.text("erklaerung.themenfeld", d.nummer(t.nummer()),
                t.bezeichnung(), t.fimCode())));
        Typisierung.find(eingabe).ifPresent(t -> zeilen.add("  " + d.text("erklaerung.typisierung", t.code(),
                t.bezeichnung())));
        if (zeilen.size() == vorher) {
            zeilen.addAll(reparatur(eingabe));
        }
        return zeilen;
    }

    private <T> void versuche(String eingabe, Predicate<String> gueltig, Function<String, T> parser,
            Function<T, List<String>> beschreibung, List<String> zeilen) {
        if (!gueltig.test(eingabe)) {
            return;
        }
        try {
            zeilen.addAll(beschreibung.apply(parser.apply(eingabe)));
        } catch (IdFormatException e) {
            zeilen.add("  " + meldung(e));
        }
    }

    private List<String> ozgId(OzgId id) {
        return List.of("  " + d.text(id.isImUeblichenBereich() ? "erklaerung.ozgId" : "erklaerung.ozgIdAusserhalb",
                id.toString()));
    }

    private List<String> schluessel(Leistungsschluessel k) {
        return List.of("  " + d.text(k.isBundeskatalog() ? "erklaerung.schluesselBund" : "erklaerung.schluesselRegional",
                        k.leikaTyp().code()),
                "    " + d.text("erklaerung.schluesselTeile", k.leistungsobjektId(),
                        String.format("%03d", k.verrichtung()), String.format("%03d", k.verrichtungsdetail())),
                "    " + k.toUrn());
    }

    private List<String> ars(Ars ars) {
        List<String> z = new ArrayList<>();
        z.add("  " + ars.land().map(l -> d.text("erklaerung.ars", d.label(ars.ebene()), l.bezeichnung()))
                .orElseGet(() -> d.text("erklaerung.arsBund", d.label(ars.ebene()))));
        ars.parent().ifPresent(p -> z.add("    " + d.text("erklaerung.uebergeordnet", p, d.label(p.ebene()))));
        ars.toAgs().ifPresent(a -> z.add("    " + d.text("erklaerung.alsAgs", a)));
        return z;
    }

    private List<String> ags(Ags ags) {
        return List.of("  " + d.text("erklaerung.ags", d.label(ags.ebene()), ags.land().bezeichnung(),
                ags.kreisPrefix()));
    }

    private List<String> reparatur(String eingabe) {
        List<String> z = new ArrayList<>();
        for (Normalisierung<?> n : List.of(OzgId.normalize(eingabe), Leistungsschluessel.normalize(eingabe),
                Ars.normalize(eingabe), Ags.normalize(eingabe))) {
            if (n.isErfolgreich() && n.isVeraendert()) {
                Optional<?> wert = n.wert();
                StringBuilder sb = new StringBuilder("  ").append(d.text("erklaerung.reparierbar", wert.orElseThrow(),
                        d.text("erklaerung.typ." + wert.orElseThrow().getClass().getSimpleName())));
                for (Aenderung a : n.aenderungen()) {
                    sb.append(' ').append(a.beschreibung(d.locale())).append(';');
                }
                z.add(sb.toString());
                List<String> repariert = erklaere(wert.orElseThrow().toString());
                z.addAll(repariert.subList(1, repariert.size()));
                return z;
            }
        }
        z.add("  " + d.text("erklaerung.keiner"));
        for (Normalisierung<?> n : List.of(OzgId.normalize(eingabe), Leistungsschluessel.normalize(eingabe),
                Ars.normalize(eingabe), Ags.normalize(eingabe))) {
            n.fehler().ifPresent(f -> z.add("    " + meldung(f)));
        }
        return z;
    }

    /** The message of a strict parse failure in the language of the run. */
    private String meldung(IdFormatException e) {
        return e.message(d.locale());
    }
}
