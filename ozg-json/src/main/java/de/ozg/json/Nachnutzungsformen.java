package de.ozg.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import de.ozg.core.OzgException;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.model.Nachnutzung;
import de.ozg.core.model.NachnutzungsStatus;
import de.ozg.core.model.Nachnutzungseintrag;
import de.ozg.core.model.Nachnutzungskategorie;
import de.ozg.core.model.Nachnutzungsuebersicht;
import de.ozg.core.model.Onlinedienst;
import de.ozg.core.model.Phase;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Priorisierung;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The JSON forms of the reuse model of {@code de.ozg.core.model}: Onlinedienste with their
 * Nachnutzungen, and a Land's Nachnutzungsübersicht. Like {@link Modellformen}, explicit code over
 * the public factories and builders of ozg-core.
 */
final class Nachnutzungsformen {

    /** The value of {@code format} in a document of Onlinedienste. */
    static final String FORMAT_ONLINEDIENSTE = "ozg-onlinedienste";
    /** The value of {@code format} in a Nachnutzungsübersicht document. */
    static final String FORMAT_UEBERSICHT = "ozg-nachnutzungsuebersicht";

    private Nachnutzungsformen() {
    }

    static final Textform<NachnutzungsStatus> NACHNUTZUNGS_STATUS = new Textform<>(NachnutzungsStatus.class,
            "Nachnutzungsstatus", "in_anbindung", Formen::code, NachnutzungsStatus::parse);

    /**
     * The form of the open code lists {@link Nachnutzungskategorie} and {@link Phase}: a known value
     * under its standard name is the string of its code ({@code "efa_nachnutzung"}); any other value
     * is the object {@code {"code", "bezeichnung"}}, so that a Land's own name survives the round
     * trip although equality looks at the code alone. A string is read tolerantly with
     * {@code parse}, which also turns a Land's own wording into a new value.
     */
    static final class OffeneForm<T> extends Objektform<T> {
        private final Function<T, String> code;
        private final Function<T, String> bezeichnung;
        private final Function<CharSequence, Optional<T>> find;
        private final Function<CharSequence, T> parse;
        private final BiFunction<String, String, T> of;

        OffeneForm(Class<T> type, String label, Function<T, String> code, Function<T, String> bezeichnung,
                Function<CharSequence, Optional<T>> find, Function<CharSequence, T> parse,
                BiFunction<String, String, T> of) {
            super(type, label, "code", "bezeichnung");
            this.code = code;
            this.bezeichnung = bezeichnung;
            this.find = find;
            this.parse = parse;
            this.of = of;
        }

        /** Whether the value is a known one under its standard name, written as a plain code. */
        boolean isStandard(T v) {
            Optional<T> bekannt = find.apply(code.apply(v));
            return bekannt.isPresent() && code.apply(bekannt.get()).equals(code.apply(v))
                    && bezeichnung.apply(bekannt.get()).equals(bezeichnung.apply(v));
        }

        @Override
        void schreibe(T v, JsonGenerator g) throws IOException {
            if (isStandard(v)) {
                g.writeString(code.apply(v));
                return;
            }
            g.writeStartObject();
            g.writeStringField("code", code.apply(v));
            g.writeStringField("bezeichnung", bezeichnung.apply(v));
            g.writeEndObject();
        }

        @Override
        T lese(JsonParser p, DeserializationContext c) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String text = p.getText();
                try {
                    return parse.apply(text);
                } catch (OzgException e) {
                    throw JsonFelder.invalid(p, type, text, e);
                }
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw JsonFelder.wrongType(p, type, label, "a JSON string (code) or an object {\"code\", \"bezeichnung\"}");
            }
            String wert = null;
            String name = null;
            String feld;
            while ((feld = p.nextFieldName()) != null) {
                p.nextToken();
                switch (feld) {
                    case "code": wert = JsonFelder.text(p, type, label + ".code"); break;
                    case "bezeichnung": name = JsonFelder.text(p, type, label + ".bezeichnung"); break;
                    default: unbekannt(p, c, feld);
                }
            }
            Modellformen.pflicht(p, type, "code", wert);
            Modellformen.pflicht(p, type, "bezeichnung", name);
            try {
                return of.apply(wert, name);
            } catch (OzgException e) {
                throw JsonFelder.invalid(p, type, wert, e);
            }
        }
    }

    static final OffeneForm<Nachnutzungskategorie> KATEGORIE = new OffeneForm<>(Nachnutzungskategorie.class,
            "Nachnutzungskategorie", Nachnutzungskategorie::code, Nachnutzungskategorie::bezeichnung,
            Nachnutzungskategorie::find, Nachnutzungskategorie::parse, Nachnutzungskategorie::of);

    static final OffeneForm<Phase> PHASE = new OffeneForm<>(Phase.class, "Phase", Phase::code, Phase::bezeichnung,
            Phase::find, Phase::parse, Phase::of);

    static final Objektform<Nachnutzung> NACHNUTZUNG = new Objektform<>(Nachnutzung.class, "Nachnutzung",
            "nachnutzer", "status", "datum") {
        @Override
        void schreibe(Nachnutzung v, JsonGenerator g) throws IOException {
            g.writeStartObject();
            g.writeStringField("nachnutzer", v.nachnutzer().toString());
            g.writeStringField("status", NACHNUTZUNGS_STATUS.format(v.status()));
            if (v.datum().isPresent()) {
                g.writeStringField("datum", v.datum().get().toString());
            }
            g.writeEndObject();
        }

        @Override
        Nachnutzung lese(JsonParser p, DeserializationContext c) throws IOException {
            beginne(p);
            Nachnutzung.Builder b = Nachnutzung.builder();
            boolean[] da = new boolean[2];
            String name;
            while ((name = p.nextFieldName()) != null) {
                p.nextToken();
                switch (name) {
                    case "nachnutzer": b.nachnutzer(Formen.ARS.read(p, c)); da[0] = true; break;
                    case "status": b.status(NACHNUTZUNGS_STATUS.read(p, c)); da[1] = true; break;
                    case "datum":
                        if (!JsonFelder.isNull(p)) {
                            b.datum(JsonFelder.date(p, type, "Nachnutzung.datum"));
                        }
                        break;
                    default: unbekannt(p, c, name);
                }
            }
            Modellformen.pflicht(p, type, "nachnutzer", da[0] ? "" : null);
            Modellformen.pflicht(p, type, "status", da[1] ? "" : null);
            try {
                return b.build();
            } catch (OzgException e) {
                throw JsonFelder.modell(p, type, e);
            }
        }
    };

    static final Objektform<Onlinedienst> ONLINEDIENST = new Objektform<>(Onlinedienst.class, "Onlinedienst",
            "id", "bezeichnung", "entwickelndesLand", "nachnutzungsmodell", "reifegrad", "zielReifegrad",
            "ozgKonformGemeldet", "leistungsschluessel", "ozgIds", "url", "nachnutzungen") {
        @Override
        void schreibe(Onlinedienst v, JsonGenerator g) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", v.id());
            g.writeStringField("bezeichnung", v.bezeichnung());
            if (v.entwickelndesLand().isPresent()) {
                g.writeStringField("entwickelndesLand", Formen.BUNDESLAND.format(v.entwickelndesLand().get()));
            }
            g.writeStringField("nachnutzungsmodell", Formen.NACHNUTZUNGSMODELL.format(v.nachnutzungsmodell()));
            if (v.reifegrad().isPresent()) {
                g.writeStringField("reifegrad", v.reifegrad().get().toString());
            }
            if (v.zielReifegrad().isPresent()) {
                g.writeStringField("zielReifegrad", v.zielReifegrad().get().toString());
            }
            g.writeBooleanField("ozgKonformGemeldet", v.isOzgKonformGemeldet());
            g.writeArrayFieldStart("leistungsschluessel");
            for (Leistungsschluessel k : v.leistungsschluessel()) {
                g.writeString(k.toString());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("ozgIds");
            for (OzgId id : v.ozgIds()) {
                g.writeString(id.toString());
            }
            g.writeEndArray();
            if (v.url().isPresent()) {
                g.writeStringField("url", v.url().get().toString());
            }
            g.writeArrayFieldStart("nachnutzungen");
            for (Nachnutzung n : v.nachnutzungen()) {
                NACHNUTZUNG.schreibe(n, g);
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        @Override
        Onlinedienst lese(JsonParser p, DeserializationContext c) throws IOException {
            beginne(p);
            Onlinedienst.Builder b = Onlinedienst.builder();
            boolean[] da = new boolean[4];
            String name;
            while ((name = p.nextFieldName()) != null) {
                p.nextToken();
                switch (name) {
                    case "id": b.id(JsonFelder.text(p, type, "Onlinedienst.id")); da[0] = true; break;
                    case "bezeichnung": b.bezeichnung(JsonFelder.text(p, type, "Onlinedienst.bezeichnung")); da[1] = true; break;
                    case "entwickelndesLand":
                        if (!JsonFelder.isNull(p)) {
                            b.entwickelndesLand(Formen.BUNDESLAND.read(p, c));
                        }
                        break;
                    case "nachnutzungsmodell":
                        b.nachnutzungsmodell(Formen.NACHNUTZUNGSMODELL.read(p, c));
                        da[2] = true;
                        break;
                    case "reifegrad":
                        if (!JsonFelder.isNull(p)) {
                            b.reifegrad(Formen.REIFEGRAD.read(p, c));
                        }
                        break;
                    case "zielReifegrad":
                        if (!JsonFelder.isNull(p)) {
                            b.zielReifegrad(Formen.REIFEGRAD.read(p, c));
                        }
                        break;
                    case "ozgKonformGemeldet":
                        b.isOzgKonformGemeldet(JsonFelder.bool(p, type, "Onlinedienst.ozgKonformGemeldet"));
                        break;
                    case "leistungsschluessel":
                        JsonFelder.startArray(p, type, "Onlinedienst.leistungsschluessel");
                        while (naechstes(p, "Onlinedienst.leistungsschluessel")) {
                            b.addLeistungsschluessel(Formen.LEISTUNGSSCHLUESSEL.read(p, c));
                        }
                        da[3] = true;
                        break;
                    case "ozgIds":
                        JsonFelder.startArray(p, type, "Onlinedienst.ozgIds");
                        while (naechstes(p, "Onlinedienst.ozgIds")) {
                            b.addOzgIds(Formen.OZG_ID.read(p, c));
                        }
                        break;
                    case "url":
                        if (!JsonFelder.isNull(p)) {
                            b.url(uri(p));
                        }
                        break;
                    case "nachnutzungen":
                        b.addAllNachnutzungen(liste(p, c, NACHNUTZUNG, "Onlinedienst.nachnutzungen"));
                        break;
                    default: unbekannt(p, c, name);
                }
            }
            String[] felder = {"id", "bezeichnung", "nachnutzungsmodell", "leistungsschluessel"};
            for (int i = 0; i < da.length; i++) {
                Modellformen.pflicht(p, type, felder[i], da[i] ? "" : null);
            }
            try {
                return b.build();
            } catch (OzgException e) {
                throw JsonFelder.modell(p, type, e);
            }
        }

        private URI uri(JsonParser p) throws IOException {
            String text = JsonFelder.text(p, type, "Onlinedienst.url");
            try {
                return new URI(text);
            } catch (URISyntaxException e) {
                throw JsonFelder.invalid(p, URI.class, text, "Onlinedienst.url",
                        "an absolute http or https URL such as 'https://example.org/dienst'");
            }
        }
    };

    static final Objektform<Nachnutzungseintrag> EINTRAG = new Objektform<>(Nachnutzungseintrag.class,
            "Nachnutzungseintrag", "ozgId", "leistungsschluessel", "priorisierung", "phase", "kategorie",
            "landesressort", "ozgBooster", "fokusleistung", "onlinedienstId") {
        @Override
        void schreibe(Nachnutzungseintrag v, JsonGenerator g) throws IOException {
            g.writeStartObject();
            g.writeStringField("ozgId", v.ozgId().toString());
            if (v.leistungsschluessel().isPresent()) {
                g.writeStringField("leistungsschluessel", v.leistungsschluessel().get().toString());
            }
            if (v.priorisierung().isPresent()) {
                g.writeNumberField("priorisierung", v.priorisierung().get().stufe());
            }
            if (v.phase().isPresent()) {
                g.writeFieldName("phase");
                PHASE.schreibe(v.phase().get(), g);
            }
            g.writeFieldName("kategorie");
            KATEGORIE.schreibe(v.kategorie(), g);
            Modellformen.optional(g, "landesressort", v.landesressort());
            g.writeBooleanField("ozgBooster", v.isOzgBooster());
            g.writeBooleanField("fokusleistung", v.isFokusleistung());
            Modellformen.optional(g, "onlinedienstId", v.onlinedienstId());
            g.writeEndObject();
        }

        @Override
        Nachnutzungseintrag lese(JsonParser p, DeserializationContext c) throws IOException {
            beginne(p);
            Nachnutzungseintrag.Builder b = Nachnutzungseintrag.builder();
            boolean[] da = new boolean[2];
            String name;
            while ((name = p.nextFieldName()) != null) {
                p.nextToken();
                switch (name) {
                    case "ozgId": b.ozgId(Formen.OZG_ID.read(p, c)); da[0] = true; break;
                    case "leistungsschluessel":
                        if (!JsonFelder.isNull(p)) {
                            b.leistungsschluessel(Formen.LEISTUNGSSCHLUESSEL.read(p, c));
                        }
                        break;
                    case "priorisierung":
                        if (!JsonFelder.isNull(p)) {
                            b.priorisierung(priorisierung(p));
                        }
                        break;
                    case "phase":
                        if (!JsonFelder.isNull(p)) {
                            b.phase(PHASE.lese(p, c));
                        }
                        break;
                    case "kategorie": b.kategorie(KATEGORIE.lese(p, c)); da[1] = true; break;
                    case "landesressort":
                        b.landesressort(Optional.ofNullable(
                                JsonFelder.optionalText(p, type, "Nachnutzungseintrag.landesressort")));
                        break;
                    case "ozgBooster": b.isOzgBooster(JsonFelder.bool(p, type, "Nachnutzungseintrag.ozgBooster")); break;
                    case "fokusleistung":
                        b.isFokusleistung(JsonFelder.bool(p, type, "Nachnutzungseintrag.fokusleistung"));
                        break;
                    case "onlinedienstId":
                        b.onlinedienstId(Optional.ofNullable(
                                JsonFelder.optionalText(p, type, "Nachnutzungseintrag.onlinedienstId")));
                        break;
                    default: unbekannt(p, c, name);
                }
            }
            Modellformen.pflicht(p, type, "ozgId", da[0] ? "" : null);
            Modellformen.pflicht(p, type, "kategorie", da[1] ? "" : null);
            try {
                return b.build();
            } catch (OzgException e) {
                throw JsonFelder.modell(p, type, e);
            }
        }

        private Priorisierung priorisierung(JsonParser p) throws IOException {
            JsonToken t = p.currentToken();
            try {
                if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                    return Priorisierung.ofStufe(p.getIntValue());
                }
                if (t == JsonToken.VALUE_STRING) {
                    return Priorisierung.parse(p.getText());
                }
                throw JsonFelder.wrongType(p, type, "Nachnutzungseintrag.priorisierung",
                        "the Stufe 1 to 4 as a JSON integer");
            } catch (OzgException e) {
                throw JsonFelder.invalid(p, Priorisierung.class, p.getText(), e);
            }
        }
    };

    static final Objektform<Nachnutzungsuebersicht> UEBERSICHT = new Objektform<>(Nachnutzungsuebersicht.class,
            "Nachnutzungsuebersicht", "format", "version", "land", "stand", "eintraege", "onlinedienste") {
        @Override
        void schreibe(Nachnutzungsuebersicht v, JsonGenerator g) throws IOException {
            g.writeStartObject();
            g.writeStringField("format", FORMAT_UEBERSICHT);
            g.writeNumberField("version", Modellformen.VERSION);
            g.writeStringField("land", Formen.BUNDESLAND.format(v.land()));
            g.writeStringField("stand", v.stand().toString());
            g.writeArrayFieldStart("eintraege");
            for (Nachnutzungseintrag e : v.eintraege()) {
                EINTRAG.schreibe(e, g);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("onlinedienste");
            for (Onlinedienst d : v.onlinedienste()) {
                ONLINEDIENST.schreibe(d, g);
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        @Override
        Nachnutzungsuebersicht lese(JsonParser p, DeserializationContext c) throws IOException {
            beginne(p);
            Nachnutzungsuebersicht.Builder b = Nachnutzungsuebersicht.builder();
            String format = null;
            boolean version = false;
            Bundesland land = null;
            LocalDate stand = null;
            boolean eintraege = false;
            String name;
            while ((name = p.nextFieldName()) != null) {
                p.nextToken();
                switch (name) {
                    case "format": format = format(p, type, FORMAT_UEBERSICHT); break;
                    case "version": Modellformen.version(p, type); version = true; break;
                    case "land": land = Formen.BUNDESLAND.read(p, c); break;
                    case "stand": stand = JsonFelder.date(p, type, "Nachnutzungsuebersicht.stand"); break;
                    case "eintraege":
                        b.addAllEintraege(liste(p, c, EINTRAG, "Nachnutzungsuebersicht.eintraege"));
                        eintraege = true;
                        break;
                    case "onlinedienste":
                        b.addAllOnlinedienste(liste(p, c, ONLINEDIENST, "Nachnutzungsuebersicht.onlinedienste"));
                        break;
                    default: unbekannt(p, c, name);
                }
            }
            Modellformen.pflicht(p, type, "format", format);
            Modellformen.pflicht(p, type, "version", version ? "" : null);
            Modellformen.pflicht(p, type, "land", land);
            Modellformen.pflicht(p, type, "stand", stand);
            Modellformen.pflicht(p, type, "eintraege", eintraege ? "" : null);
            try {
                return b.land(land).stand(stand).build();
            } catch (OzgException e) {
                throw JsonFelder.modell(p, type, e);
            }
        }
    };

    static final Objektform<Onlinedienstverzeichnis> VERZEICHNIS = new Objektform<>(Onlinedienstverzeichnis.class,
            "Onlinedienstverzeichnis", "format", "version", "stand", "onlinedienste") {
        @Override
        void schreibe(Onlinedienstverzeichnis v, JsonGenerator g) throws IOException {
            g.writeStartObject();
            g.writeStringField("format", FORMAT_ONLINEDIENSTE);
            g.writeNumberField("version", Modellformen.VERSION);
            g.writeStringField("stand", v.stand().toString());
            g.writeArrayFieldStart("onlinedienste");
            for (Onlinedienst d : v.onlinedienste()) {
                ONLINEDIENST.schreibe(d, g);
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        @Override
        Onlinedienstverzeichnis lese(JsonParser p, DeserializationContext c) throws IOException {
            beginne(p);
            String format = null;
            boolean version = false;
            LocalDate stand = null;
            List<Onlinedienst> dienste = null;
            String name;
            while ((name = p.nextFieldName()) != null) {
                p.nextToken();
                switch (name) {
                    case "format": format = format(p, type, FORMAT_ONLINEDIENSTE); break;
                    case "version": Modellformen.version(p, type); version = true; break;
                    case "stand": stand = JsonFelder.date(p, type, "Onlinedienstverzeichnis.stand"); break;
                    case "onlinedienste":
                        dienste = liste(p, c, ONLINEDIENST, "Onlinedienstverzeichnis.onlinedienste");
                        break;
                    default: unbekannt(p, c, name);
                }
            }
            Modellformen.pflicht(p, type, "format", format);
            Modellformen.pflicht(p, type, "version", version ? "" : null);
            Modellformen.pflicht(p, type, "stand", stand);
            Modellformen.pflicht(p, type, "onlinedienste", dienste);
            try {
                return Onlinedienstverzeichnis.of(stand, dienste);
            } catch (OzgException e) {
                throw JsonFelder.modell(p, type, e);
            }
        }
    };

    static final List<Objektform<?>> ALLE = List.of(KATEGORIE, PHASE, NACHNUTZUNG, ONLINEDIENST, EINTRAG,
            UEBERSICHT, VERZEICHNIS);

    /** Moves to the next array element; false at the end of the array, an error at the end of input. */
    private static boolean naechstes(JsonParser p, String label) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw JsonFelder.wrongType(p, Object.class, label, "a closed JSON array");
        }
        return t != JsonToken.END_ARRAY;
    }

    private static String format(JsonParser p, Class<?> type, String erwartet) throws IOException {
        String format = JsonFelder.text(p, type, "format");
        if (!erwartet.equals(format)) {
            throw InvalidFormatException.from(p, JsonFelder.wo(p) + ": format must be '" + erwartet + "', was "
                    + OzgException.quote(format), format, type);
        }
        return format;
    }
}
