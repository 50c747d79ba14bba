package de.ozg.examples.cli;

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

/**
 * Explains what a string is in the OZG domain: which identifier it parses as, what its parts mean,
 * and — when strict parsing fails — why, and what the lenient normalisation would repair.
 */
final class Erklaerung {

    private Erklaerung() {
    }

    /**
     * Explains one input.
     *
     * @param eingabe the text as given on the command line
     * @return the lines of the explanation
     */
    static List<String> erklaere(String eingabe) {
        List<String> zeilen = new ArrayList<>();
        zeilen.add(de.ozg.core.OzgException.quote(eingabe) + ":");
        if (Leistungsschluessel.isPlaceholder(eingabe)) {
            zeilen.add("  Platzhalter \"nicht im LeiKa\": eine Leistung ohne Leistungsschlüssel (gültiger Zustand, kein Fehler)");
            return zeilen;
        }
        int vorher = zeilen.size();
        versuche(eingabe, OzgId::isValid, OzgId::parse, Erklaerung::ozgId, zeilen);
        versuche(eingabe, Leistungsschluessel::isValid, Leistungsschluessel::parse, Erklaerung::schluessel, zeilen);
        if (eingabe.startsWith(Leistungsschluessel.URN_PREFIX)) {
            versuche(eingabe, t -> true, Leistungsschluessel::fromUrn, Erklaerung::schluessel, zeilen);
        }
        versuche(eingabe, Ars::isValid, Ars::parse, Erklaerung::ars, zeilen);
        versuche(eingabe, Ags::isValid, Ags::parse, Erklaerung::ags, zeilen);
        versuche(eingabe, FimId::isValid, FimId::parse, f -> List.of("  FIM-ID: " + f.art().bezeichnung()
                + " " + f.nummer() + f.version().map(v -> ", Version " + v).orElse("")), zeilen);
        Themenfeld.find(eingabe).ifPresent(t -> zeilen.add("  Themenfeld " + t.nummer() + " "
                + t.bezeichnung() + " (FIM-Code " + t.fimCode() + ")"));
        Typisierung.find(eingabe).ifPresent(t -> zeilen.add("  Typisierung " + t.code() + ": " + t.bezeichnung()));
        if (zeilen.size() == vorher) {
            zeilen.addAll(reparatur(eingabe));
        }
        return zeilen;
    }

    private static <T> void versuche(String eingabe, Function<String, Boolean> gueltig, Function<String, T> parser,
            Function<T, List<String>> beschreibung, List<String> zeilen) {
        if (!gueltig.apply(eingabe)) {
            return;
        }
        try {
            zeilen.addAll(beschreibung.apply(parser.apply(eingabe)));
        } catch (IdFormatException e) {
            zeilen.add("  " + e.getMessage());
        }
    }

    private static List<String> ozgId(OzgId id) {
        return List.of("  OZG-ID " + id + (id.isImUeblichenBereich() ? "" : " (außerhalb des üblichen Bereichs 10000–10999)")
                + ": ein Leistungsbündel des OZG-Umsetzungskatalogs");
    }

    private static List<String> schluessel(Leistungsschluessel k) {
        return List.of("  Leistungsschlüssel (LeiKa-Typ " + k.leikaTyp().code() + ")"
                        + (k.isBundeskatalog() ? ", Bundeskatalog" : ", regionaler Schlüssel"),
                "    Leistungsobjekt " + k.leistungsobjektId() + ", Verrichtung "
                        + String.format("%03d", k.verrichtung()) + ", Verrichtungsdetail "
                        + String.format("%03d", k.verrichtungsdetail()),
                "    " + k.toUrn());
    }

    private static List<String> ars(Ars ars) {
        List<String> z = new ArrayList<>();
        z.add("  ARS, Ebene " + ars.ebene() + ars.land().map(l -> " in " + l.bezeichnung()).orElse(" (Bund)"));
        ars.parent().ifPresent(p -> z.add("    übergeordnet: " + p + " (" + p.ebene() + ")"));
        ars.toAgs().ifPresent(a -> z.add("    AGS: " + a));
        return z;
    }

    private static List<String> ags(Ags ags) {
        return List.of("  AGS, Ebene " + ags.ebene() + " in " + ags.land().bezeichnung() + ", Kreis-Präfix "
                + ags.kreisPrefix());
    }

    private static List<String> reparatur(String eingabe) {
        List<String> z = new ArrayList<>();
        for (Normalisierung<?> n : List.of(OzgId.normalize(eingabe), Leistungsschluessel.normalize(eingabe),
                Ars.normalize(eingabe), Ags.normalize(eingabe))) {
            if (n.isErfolgreich() && n.isVeraendert()) {
                Optional<?> wert = n.wert();
                StringBuilder sb = new StringBuilder("  streng ungültig, reparierbar zu ").append(wert.orElseThrow())
                        .append(" (").append(wert.orElseThrow().getClass().getSimpleName()).append("):");
                for (Aenderung a : n.aenderungen()) {
                    sb.append(' ').append(a.beschreibungDe()).append(';');
                }
                z.add(sb.toString());
                List<String> repariert = erklaere(wert.orElseThrow().toString());
                z.addAll(repariert.subList(1, repariert.size()));
                return z;
            }
        }
        z.add("  kein bekannter Bezeichner. Streng geprüft:");
        for (Normalisierung<?> n : List.of(OzgId.normalize(eingabe), Leistungsschluessel.normalize(eingabe),
                Ars.normalize(eingabe), Ags.normalize(eingabe))) {
            n.fehler().ifPresent(f -> z.add("    " + f.getMessage()));
        }
        return z;
    }
}
