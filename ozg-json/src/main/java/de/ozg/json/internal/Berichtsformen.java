package de.ozg.json.internal;

import de.ozg.core.OzgException;
import de.ozg.core.ref.Federfuehrung;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.Pruefbericht;
import de.ozg.core.validation.Severity;
import de.ozg.core.validation.TechnischerFehler;
import de.ozg.core.validation.Urteil;
import de.ozg.core.validation.Zusammenfassung;
import de.ozg.json.JsonViolation;
import de.ozg.json.OzgJsonException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The forms of the validation results and of the Federführung. A {@link Pruefbericht} is written in
 * the form {@code ozg validate --json} prints for a file (less its {@code file} and {@code format}),
 * whose keys CI scripts rely on: English keys, severities and verdicts as constant names, messages in
 * the writer's language ({@code ObjectWriter.with(Locale)}). Results are written, not read; a
 * {@link Befund} is read too, from both languages of its message.
 */
final class Berichtsformen {

    private Berichtsformen() {
    }

    static final Textform<Severity> SEVERITY = new Textform<>(Severity.class, "Severity", "ERROR", Severity::name,
            s -> konstante(Severity.class, s));

    static final Textform<Urteil> URTEIL = new Textform<>(Urteil.class, "Urteil", "GUELTIG", Urteil::name,
            s -> konstante(Urteil.class, s));

    /** Both languages of a message, so that a finding read back is the finding written. */
    private record Meldungen(String de, String en) {
    }

    private static final Objektform<Meldungen> MELDUNGEN = Objektform.von(Meldungen.class, "messages")
            .pflicht("de", Skalare.TEXT, Meldungen::de)
            .pflicht("en", Skalare.TEXT, Meldungen::en)
            .liest(w -> new Meldungen(w.get("de"), w.get("en")));

    /** The message in the writer's language: written, and on reading checked and left to {@code messages}. */
    private static final Form<Befund> MELDUNG = new Form<>(Befund.class, "message") {
        @Override
        public Befund lese(Leser in, String wo) {
            Skalare.TEXT.lese(in, wo);
            return null;
        }

        @Override
        public void schreibe(Befund value, Schreiber out) {
            out.text(value.meldung(out.locale()));
        }
    };

    static final Objektform<Befund> BEFUND = Objektform.von(Befund.class, "Befund")
            .pflicht("severity", SEVERITY, Befund::severity)
            .pflicht("rule", Skalare.TEXT, Befund::regelId)
            .optional("line", Skalare.ANZAHL, b -> box(b.fundstelle().zeile()))
            .optional("column", Skalare.TEXT, b -> b.fundstelle().spalte().orElse(null))
            .optional("pointer", Skalare.TEXT, b -> b.fundstelle().pointer().orElse(null))
            .optional("subject", Skalare.TEXT, b -> b.gegenstand().orElse(null))
            .optional("value", Skalare.TEXT, b -> b.wert().orElse(null))
            .ausgabe("message", MELDUNG, Function.identity())
            .optional("source", Skalare.TEXT, b -> b.fundstelle().quelle().orElse(null))
            .optional("record", Skalare.ANZAHL, b -> box(b.fundstelle().datensatz()))
            .pflicht("messages", MELDUNGEN, b -> new Meldungen(b.meldungDe(), b.meldungEn()))
            .liest(w -> {
                Fundstelle f = Fundstelle.unbekannt();
                if (w.hat("source")) {
                    f = f.withQuelle(w.get("source"));
                }
                if (w.hat("line")) {
                    f = f.withZeile(w.<Long>get("line"));
                }
                if (w.hat("column")) {
                    f = f.withSpalte(w.get("column"));
                }
                if (w.hat("pointer")) {
                    f = f.withPointer(w.get("pointer"));
                }
                if (w.hat("record")) {
                    f = f.withDatensatz(w.<Long>get("record"));
                }
                Meldungen m = w.get("messages");
                return Befund.builder().severity(w.get("severity")).regelId(w.get("rule")).fundstelle(f)
                        .gegenstand(w.get("subject")).wert(w.get("value")).meldung(m.de(), m.en()).build();
            });

    /** The figures at a glance, as {@code summary} of {@code validate --json}. */
    static final Objektform<Zusammenfassung> ZUSAMMENFASSUNG = Objektform.von(Zusammenfassung.class,
            "Zusammenfassung")
            .pflicht("errors", Skalare.ANZAHL, Zusammenfassung::fehler)
            .pflicht("warnings", Skalare.ANZAHL, Zusammenfassung::warnungen)
            .pflicht("infos", Skalare.ANZAHL, Zusammenfassung::hinweise)
            .pflicht("suppressed", Skalare.ANZAHL, Zusammenfassung::unterdrueckt)
            .nurSchreiben();

    /** A technical failure as one line of text in the writer's language, as {@code validate --json} prints it. */
    static final Form<TechnischerFehler> TECHNISCHER_FEHLER = new Form<>(TechnischerFehler.class,
            "TechnischerFehler") {
        @Override
        public TechnischerFehler lese(Leser in, String wo) {
            throw Lesen.nurSchreiben(in, TechnischerFehler.class);
        }

        @Override
        public void schreibe(TechnischerFehler value, Schreiber out) {
            out.text(value.toText(out.locale()));
        }

        @Override
        public boolean isLesbar() {
            return false;
        }
    };

    static final Objektform<Pruefbericht> PRUEFBERICHT = Objektform.von(Pruefbericht.class, "Pruefbericht")
            .pflicht("records", Skalare.ANZAHL, Pruefbericht::datensaetze)
            .pflicht("verdict", URTEIL, Pruefbericht::urteil)
            .pflicht("summary", ZUSAMMENFASSUNG, Pruefbericht::zusammenfassung)
            .pflicht("technicalErrors", new Listenform<>(TECHNISCHER_FEHLER), Pruefbericht::technischeFehler)
            .pflicht("findings", new Listenform<>(BEFUND), Pruefbericht::befunde)
            .nurSchreiben();

    /**
     * The Federführung of a Themenfeld on a day. Read from {@code themenfeld} and {@code stichtag}
     * alone, because the library's reference table decides the rest; the other fields, when given,
     * must agree with it.
     */
    static final Objektform<Federfuehrung> FEDERFUEHRUNG = Objektform.von(Federfuehrung.class, "Federfuehrung")
            .pflicht("themenfeld", Kennungsformen.THEMENFELD, Federfuehrung::themenfeld)
            .pflicht("stichtag", Skalare.DATUM, Federfuehrung::stichtag)
            .vorgabe("ressorts", new Listenform<>(Kennungsformen.BUNDESRESSORT), f -> liste(f.ressorts()))
            .vorgabe("laender", new Listenform<>(Kennungsformen.BUNDESLAND), f -> liste(f.laender()))
            .vorgabe("ressortsBekannt", Skalare.WAHR, Federfuehrung::isRessortsBekannt)
            .vorgabe("laenderBekannt", Skalare.WAHR, Federfuehrung::isLaenderBekannt)
            .vorgabe("unsichereRessorts", new Listenform<>(Kennungsformen.BUNDESRESSORT),
                    f -> liste(f.unsichereRessorts()))
            .vorgabe("unsichereLaender", new Listenform<>(Kennungsformen.BUNDESLAND), f -> liste(f.unsichereLaender()))
            .vorgabe("gesichert", Skalare.WAHR, Federfuehrung::isGesichert)
            .vorgabe("weitereFederfuehrende", new Listenform<>(Skalare.TEXT), f -> liste(f.weitereFederfuehrende()))
            .vorgabe("unsichereWeitereFederfuehrende", new Listenform<>(Skalare.TEXT),
                    f -> liste(f.unsichereWeitereFederfuehrende()))
            .vorgabe("quellen", new Listenform<>(Skalare.TEXT), f -> liste(f.quellen()))
            .liest(w -> {
                Federfuehrung f = Federfuehrung.von(w.get("themenfeld"), w.get("stichtag"));
                pruefe(w, "ressorts", liste(f.ressorts()), f);
                pruefe(w, "laender", liste(f.laender()), f);
                pruefe(w, "ressortsBekannt", f.isRessortsBekannt(), f);
                pruefe(w, "laenderBekannt", f.isLaenderBekannt(), f);
                pruefe(w, "unsichereRessorts", liste(f.unsichereRessorts()), f);
                pruefe(w, "unsichereLaender", liste(f.unsichereLaender()), f);
                pruefe(w, "gesichert", f.isGesichert(), f);
                pruefe(w, "weitereFederfuehrende", liste(f.weitereFederfuehrende()), f);
                pruefe(w, "unsichereWeitereFederfuehrende", liste(f.unsichereWeitereFederfuehrende()), f);
                pruefe(w, "quellen", liste(f.quellen()), f);
                return f;
            });

    static final List<Form<?>> ALLE = List.of(SEVERITY, URTEIL, BEFUND, ZUSAMMENFASSUNG, TECHNISCHER_FEHLER,
            PRUEFBERICHT, FEDERFUEHRUNG);

    private static <E> List<E> liste(Collection<E> c) {
        return new ArrayList<>(c);
    }

    private static void pruefe(Objektform.Werte w, String feld, Object soll, Federfuehrung f) {
        Object ist = w.get(feld);
        if (ist != null && !Objects.equals(ist, soll)) {
            throw new OzgJsonException(JsonViolation.MODEL_INVARIANT, null, "Federfuehrung." + feld + " of "
                    + f.themenfeld().bezeichnung() + " on " + f.stichtag() + " is " + soll + " by the reference"
                    + " data, the document says " + ist, String.valueOf(ist), String.valueOf(soll), null);
        }
    }

    private static Long box(java.util.OptionalLong v) {
        return v.isPresent() ? v.getAsLong() : null;
    }

    private static <E extends Enum<E>> E konstante(Class<E> type, String text) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text)) {
                return e;
            }
        }
        List<String> namen = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            namen.add(e.name());
        }
        throw new OzgJsonException(JsonViolation.INVALID_VALUE, null, type.getSimpleName() + " must be one of "
                + namen + ", was " + OzgException.quote(text), text, "one of " + namen, null);
    }
}
