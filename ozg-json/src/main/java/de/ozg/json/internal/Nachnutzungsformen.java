package de.ozg.json.internal;

import de.ozg.core.OzgException;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.model.Nachnutzung;
import de.ozg.core.model.Nachnutzungseintrag;
import de.ozg.core.model.Nachnutzungskategorie;
import de.ozg.core.model.Nachnutzungsuebersicht;
import de.ozg.core.model.Onlinedienst;
import de.ozg.core.model.Phase;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Priorisierung;
import de.ozg.core.ref.Reifegrad;
import de.ozg.json.Onlinedienstverzeichnis;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The JSON forms of the reuse model of {@code de.ozg.core.model}: Onlinedienste with their
 * Nachnutzungen, and a Land's Nachnutzungsübersicht.
 */
final class Nachnutzungsformen {

    /** The value of {@code format} in a document of Onlinedienste. */
    static final String FORMAT_ONLINEDIENSTE = "ozg-onlinedienste";
    /** The value of {@code format} in a Nachnutzungsübersicht document. */
    static final String FORMAT_UEBERSICHT = "ozg-nachnutzungsuebersicht";

    private Nachnutzungsformen() {
    }

    /**
     * The form of the open code lists {@link Nachnutzungskategorie} and {@link Phase}: a known value
     * under its standard name is the string of its code ({@code "efa_nachnutzung"}); any other value
     * is the object {@code {"code", "bezeichnung"}}, so that a Land's own name survives the round
     * trip although equality looks at the code alone. A string is read tolerantly with
     * {@code parse}, which also turns a Land's own wording into a new value.
     */
    static final class OffeneForm<T> extends Form<T> {
        private final Function<T, String> code;
        private final Function<T, String> bezeichnung;
        private final Function<CharSequence, Optional<T>> find;
        private final Function<CharSequence, T> parse;
        private final Objektform<T> objekt;

        OffeneForm(Class<T> type, String label, Function<T, String> code, Function<T, String> bezeichnung,
                Function<CharSequence, Optional<T>> find, Function<CharSequence, T> parse,
                BiFunction<String, String, T> of) {
            super(type, label);
            this.code = code;
            this.bezeichnung = bezeichnung;
            this.find = find;
            this.parse = parse;
            this.objekt = Objektform.von(type, label)
                    .pflicht("code", Skalare.TEXT, code)
                    .pflicht("bezeichnung", Skalare.TEXT, bezeichnung)
                    .bauFehlerSindWerte()
                    .liest(w -> of.apply(w.get("code"), w.get("bezeichnung")));
        }

        /** Whether the value is a known one under its standard name, written as a plain code. */
        boolean isStandard(T v) {
            Optional<T> bekannt = find.apply(code.apply(v));
            return bekannt.isPresent() && code.apply(bekannt.get()).equals(code.apply(v))
                    && bezeichnung.apply(bekannt.get()).equals(bezeichnung.apply(v));
        }

        @Override
        public T lese(Leser in, String wo) {
            if (in.art() == Leser.Art.STRING) {
                String text = in.text();
                try {
                    return parse.apply(text);
                } catch (OzgException e) {
                    throw Lesen.ungueltig(in, type, text, e);
                }
            }
            if (in.art() != Leser.Art.START_OBJECT) {
                throw Lesen.falscherTyp(in, type, label, "a JSON string (code) or an object {\"code\", \"bezeichnung\"}");
            }
            return objekt.lese(in, wo);
        }

        @Override
        public void schreibe(T v, Schreiber out) {
            if (isStandard(v)) {
                out.text(code.apply(v));
            } else {
                objekt.schreibe(v, out);
            }
        }

        @Override
        public List<String> felder() {
            return objekt.felder();
        }
    }

    static final OffeneForm<Nachnutzungskategorie> KATEGORIE = new OffeneForm<>(Nachnutzungskategorie.class,
            "Nachnutzungskategorie", Nachnutzungskategorie::code, Nachnutzungskategorie::bezeichnung,
            Nachnutzungskategorie::find, Nachnutzungskategorie::parse, Nachnutzungskategorie::of);

    static final OffeneForm<Phase> PHASE = new OffeneForm<>(Phase.class, "Phase", Phase::code, Phase::bezeichnung,
            Phase::find, Phase::parse, Phase::of);

    static final Objektform<Nachnutzung> NACHNUTZUNG = Objektform.von(Nachnutzung.class, "Nachnutzung")
            .pflicht("nachnutzer", Kennungsformen.ARS, Nachnutzung::nachnutzer)
            .pflicht("status", Kennungsformen.NACHNUTZUNGS_STATUS, Nachnutzung::status)
            .optional("datum", Skalare.DATUM, n -> n.datum().orElse(null))
            .liest(w -> Nachnutzung.builder().nachnutzer(w.get("nachnutzer")).status(w.get("status"))
                    .datum(Optional.ofNullable(w.get("datum"))).build());

    /** An absolute or relative URI; the model decides which it accepts. */
    private static final Form<URI> URL = new Form<>(URI.class, "URL") {
        @Override
        public URI lese(Leser in, String wo) {
            String text = Skalare.TEXT.lese(in, wo);
            try {
                return new URI(text);
            } catch (URISyntaxException e) {
                throw Lesen.ungueltig(in, URI.class, text, wo,
                        "an absolute http or https URL such as 'https://example.org/dienst'");
            }
        }

        @Override
        public void schreibe(URI value, Schreiber out) {
            out.text(value.toString());
        }
    };

    static final Objektform<Onlinedienst> ONLINEDIENST = Objektform.von(Onlinedienst.class, "Onlinedienst")
            .pflicht("id", Skalare.TEXT, Onlinedienst::id)
            .pflicht("bezeichnung", Skalare.TEXT, Onlinedienst::bezeichnung)
            .optional("entwickelndesLand", Kennungsformen.BUNDESLAND, d -> d.entwickelndesLand().orElse(null))
            .pflicht("nachnutzungsmodell", Kennungsformen.NACHNUTZUNGSMODELL, Onlinedienst::nachnutzungsmodell)
            .optional("reifegrad", Kennungsformen.REIFEGRAD, d -> d.reifegrad().orElse(null))
            .optional("zielReifegrad", Kennungsformen.REIFEGRAD, d -> d.zielReifegrad().orElse(null))
            .vorgabe("ozgKonformGemeldet", Skalare.WAHR, Onlinedienst::isOzgKonformGemeldet)
            .pflicht("leistungsschluessel", new Listenform<>(Kennungsformen.LEISTUNGSSCHLUESSEL),
                    d -> new ArrayList<>(d.leistungsschluessel()))
            .vorgabe("ozgIds", new Listenform<>(Kennungsformen.OZG_ID), d -> new ArrayList<>(d.ozgIds()))
            .optional("url", URL, d -> d.url().orElse(null))
            .vorgabe("nachnutzungen", new Listenform<>(NACHNUTZUNG), Onlinedienst::nachnutzungen)
            .liest(w -> Onlinedienst.builder().id(w.get("id")).bezeichnung(w.get("bezeichnung"))
                    .entwickelndesLand(Optional.<Bundesland>ofNullable(w.get("entwickelndesLand")))
                    .nachnutzungsmodell(w.get("nachnutzungsmodell"))
                    .reifegrad(Optional.<Reifegrad>ofNullable(w.get("reifegrad")))
                    .zielReifegrad(Optional.<Reifegrad>ofNullable(w.get("zielReifegrad")))
                    .isOzgKonformGemeldet(w.get("ozgKonformGemeldet", false))
                    .addAllLeistungsschluessel(w.<List<Leistungsschluessel>>get("leistungsschluessel"))
                    .addAllOzgIds(w.<List<OzgId>>get("ozgIds", List.of()))
                    .url(Optional.<URI>ofNullable(w.get("url")))
                    .addAllNachnutzungen(w.<List<Nachnutzung>>get("nachnutzungen", List.of())).build());

    static final Objektform<Nachnutzungseintrag> EINTRAG = Objektform.von(Nachnutzungseintrag.class,
            "Nachnutzungseintrag")
            .pflicht("ozgId", Kennungsformen.OZG_ID, Nachnutzungseintrag::ozgId)
            .optional("leistungsschluessel", Kennungsformen.LEISTUNGSSCHLUESSEL,
                    e -> e.leistungsschluessel().orElse(null))
            .optional("priorisierung", Kennungsformen.PRIORISIERUNG, e -> e.priorisierung().orElse(null))
            .optional("phase", PHASE, e -> e.phase().orElse(null))
            .pflicht("kategorie", KATEGORIE, Nachnutzungseintrag::kategorie)
            .optional("landesressort", Skalare.TEXT, e -> e.landesressort().orElse(null))
            .vorgabe("ozgBooster", Skalare.WAHR, Nachnutzungseintrag::isOzgBooster)
            .vorgabe("fokusleistung", Skalare.WAHR, Nachnutzungseintrag::isFokusleistung)
            .optional("onlinedienstId", Skalare.TEXT, e -> e.onlinedienstId().orElse(null))
            .liest(w -> Nachnutzungseintrag.builder().ozgId(w.get("ozgId"))
                    .leistungsschluessel(Optional.<Leistungsschluessel>ofNullable(w.get("leistungsschluessel")))
                    .priorisierung(Optional.<Priorisierung>ofNullable(w.get("priorisierung")))
                    .phase(Optional.<Phase>ofNullable(w.get("phase")))
                    .kategorie(w.get("kategorie"))
                    .landesressort(Optional.ofNullable(w.get("landesressort")))
                    .isOzgBooster(w.get("ozgBooster", false)).isFokusleistung(w.get("fokusleistung", false))
                    .onlinedienstId(Optional.ofNullable(w.get("onlinedienstId"))).build());

    static final Objektform<Nachnutzungsuebersicht> UEBERSICHT = Objektform.von(Nachnutzungsuebersicht.class,
            "Nachnutzungsuebersicht")
            .pflicht("format", Dokumentkopf.format(FORMAT_UEBERSICHT), u -> FORMAT_UEBERSICHT)
            .pflicht("version", Dokumentkopf.VERSION_FORM, u -> Dokumentkopf.VERSION)
            .pflicht("land", Kennungsformen.BUNDESLAND, Nachnutzungsuebersicht::land)
            .pflicht("stand", Skalare.DATUM, Nachnutzungsuebersicht::stand)
            .pflicht("eintraege", new Listenform<>(EINTRAG), Nachnutzungsuebersicht::eintraege)
            .vorgabe("onlinedienste", new Listenform<>(ONLINEDIENST), Nachnutzungsuebersicht::onlinedienste)
            .liest(w -> Nachnutzungsuebersicht.builder().land(w.get("land")).stand(w.get("stand"))
                    .addAllEintraege(w.<List<Nachnutzungseintrag>>get("eintraege"))
                    .addAllOnlinedienste(w.<List<Onlinedienst>>get("onlinedienste", List.of())).build());

    static final Objektform<Onlinedienstverzeichnis> VERZEICHNIS = Objektform.von(Onlinedienstverzeichnis.class,
            "Onlinedienstverzeichnis")
            .pflicht("format", Dokumentkopf.format(FORMAT_ONLINEDIENSTE), v -> FORMAT_ONLINEDIENSTE)
            .pflicht("version", Dokumentkopf.VERSION_FORM, v -> Dokumentkopf.VERSION)
            .pflicht("stand", Skalare.DATUM, Onlinedienstverzeichnis::stand)
            .pflicht("onlinedienste", new Listenform<>(ONLINEDIENST), Onlinedienstverzeichnis::onlinedienste)
            .liest(w -> Onlinedienstverzeichnis.of(w.get("stand"), w.<List<Onlinedienst>>get("onlinedienste")));

    static final List<Form<?>> ALLE = List.of(KATEGORIE, PHASE, NACHNUTZUNG, ONLINEDIENST, EINTRAG, UEBERSICHT,
            VERZEICHNIS);
}
