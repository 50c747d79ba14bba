package de.ozg.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import de.ozg.core.OzgException;
import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.model.Gebiet;
import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.Lagetyp;
import de.ozg.core.model.Lebenslage;
import de.ozg.core.model.LeikaLeistung;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.OzgLeistung;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.ref.Typisierung;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The object forms of the entities of {@code de.ozg.core.model}. */
final class Modellformen {

    /** The value of {@code format} in a catalogue document. */
    static final String FORMAT_KATALOG = "ozg-katalog";
    /** The format version this library writes and reads. */
    static final int VERSION = 1;

    private Modellformen() {
    }

    static final Objektform<Lebenslage> LEBENSLAGE = new Objektform<>(Lebenslage.class, "Lebenslage",
            "bezeichnung", "themenfeld", "typ") {
        @Override
        void schreibe(Lebenslage v, JsonGenerator g) throws IOException {
            g.writeStartObject();
            g.writeStringField("bezeichnung", v.bezeichnung());
            g.writeStringField("themenfeld", Formen.THEMENFELD.format(v.themenfeld()));
            if (v.typ().isPresent()) {
                g.writeStringField("typ", Formen.LAGETYP.format(v.typ().get()));
            }
            g.writeEndObject();
        }

        @Override
        Lebenslage lese(JsonParser p, DeserializationContext c) throws IOException {
            beginne(p);
            String bezeichnung = null;
            Themenfeld themenfeld = null;
            Lagetyp typ = null;
            String name;
            while ((name = p.nextFieldName()) != null) {
                p.nextToken();
                switch (name) {
                    case "bezeichnung": bezeichnung = JsonFelder.text(p, type, "Lebenslage.bezeichnung"); break;
                    case "themenfeld": themenfeld = Formen.THEMENFELD.read(p, c); break;
                    case "typ": typ = JsonFelder.isNull(p) ? null : Formen.LAGETYP.read(p, c); break;
                    default: unbekannt(p, c, name);
                }
            }
            pflicht(p, type, "bezeichnung", bezeichnung);
            pflicht(p, type, "themenfeld", themenfeld);
            try {
                return typ == null ? Lebenslage.of(bezeichnung, themenfeld) : Lebenslage.of(bezeichnung, themenfeld, typ);
            } catch (OzgException e) {
                throw JsonFelder.modell(p, type, e);
            }
        }
    };

    static final Objektform<LeikaLeistung> LEIKA_LEISTUNG = new Objektform<>(LeikaLeistung.class, "LeikaLeistung",
            "schluessel", "bezeichnung", "typisierung", "rechtsgrundlage", "gesetze", "gesetzeskuerzel", "sdg1",
            "sdg2") {
        @Override
        void schreibe(LeikaLeistung v, JsonGenerator g) throws IOException {
            g.writeStartObject();
            if (v.schluessel().isPresent()) {
                g.writeStringField("schluessel", v.schluessel().get().toString());
            }
            g.writeStringField("bezeichnung", v.bezeichnung());
            g.writeArrayFieldStart("typisierung");
            for (Typisierung t : v.typisierung()) {
                g.writeString(t.code());
            }
            g.writeEndArray();
            optional(g, "rechtsgrundlage", v.rechtsgrundlage());
            optional(g, "gesetze", v.gesetze());
            optional(g, "gesetzeskuerzel", v.gesetzeskuerzel());
            g.writeBooleanField("sdg1", v.sdg1());
            g.writeBooleanField("sdg2", v.sdg2());
            g.writeEndObject();
        }

        @Override
        LeikaLeistung lese(JsonParser p, DeserializationContext c) throws IOException {
            beginne(p);
            LeikaLeistung.Builder b = LeikaLeistung.builder();
            String bezeichnung = null;
            String name;
            while ((name = p.nextFieldName()) != null) {
                p.nextToken();
                switch (name) {
                    case "schluessel":
                        if (!JsonFelder.isNull(p)) {
                            b.schluessel(Formen.LEISTUNGSSCHLUESSEL.read(p, c));
                        }
                        break;
                    case "bezeichnung": bezeichnung = JsonFelder.text(p, type, "LeikaLeistung.bezeichnung"); break;
                    case "typisierung":
                        JsonFelder.startArray(p, type, "LeikaLeistung.typisierung");
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            b.addTypisierung(Formen.TYPISIERUNG.read(p, c));
                        }
                        break;
                    case "rechtsgrundlage": b.rechtsgrundlage(Optional.ofNullable(
                            JsonFelder.optionalText(p, type, "LeikaLeistung.rechtsgrundlage"))); break;
                    case "gesetze": b.gesetze(Optional.ofNullable(
                            JsonFelder.optionalText(p, type, "LeikaLeistung.gesetze"))); break;
                    case "gesetzeskuerzel": b.gesetzeskuerzel(Optional.ofNullable(
                            JsonFelder.optionalText(p, type, "LeikaLeistung.gesetzeskuerzel"))); break;
                    case "sdg1": b.sdg1(JsonFelder.bool(p, type, "LeikaLeistung.sdg1")); break;
                    case "sdg2": b.sdg2(JsonFelder.bool(p, type, "LeikaLeistung.sdg2")); break;
                    default: unbekannt(p, c, name);
                }
            }
            pflicht(p, type, "bezeichnung", bezeichnung);
            try {
                return b.bezeichnung(bezeichnung).build();
            } catch (OzgException e) {
                throw JsonFelder.modell(p, type, e);
            }
        }
    };

    static final Objektform<OzgLeistung> OZG_LEISTUNG = new Objektform<>(OzgLeistung.class, "OzgLeistung",
            "ozgId", "bezeichnung", "themenfeld", "lebenslage", "leistungen", "programm") {
        @Override
        void schreibe(OzgLeistung v, JsonGenerator g) throws IOException {
            g.writeStartObject();
            g.writeStringField("ozgId", v.ozgId().toString());
            g.writeStringField("bezeichnung", v.bezeichnung());
            g.writeStringField("themenfeld", Formen.THEMENFELD.format(v.themenfeld()));
            g.writeFieldName("lebenslage");
            LEBENSLAGE.schreibe(v.lebenslage(), g);
            g.writeArrayFieldStart("leistungen");
            for (LeikaLeistung l : v.leistungen()) {
                LEIKA_LEISTUNG.schreibe(l, g);
            }
            g.writeEndArray();
            if (v.programm().isPresent()) {
                g.writeStringField("programm", Formen.PROGRAMM.format(v.programm().get()));
            }
            g.writeEndObject();
        }

        @Override
        OzgLeistung lese(JsonParser p, DeserializationContext c) throws IOException {
            beginne(p);
            OzgLeistung.Builder b = OzgLeistung.builder();
            boolean[] da = new boolean[4];
            String name;
            while ((name = p.nextFieldName()) != null) {
                p.nextToken();
                switch (name) {
                    case "ozgId": b.ozgId(Formen.OZG_ID.read(p, c)); da[0] = true; break;
                    case "bezeichnung": b.bezeichnung(JsonFelder.text(p, type, "OzgLeistung.bezeichnung")); da[1] = true; break;
                    case "themenfeld": b.themenfeld(Formen.THEMENFELD.read(p, c)); da[2] = true; break;
                    case "lebenslage": b.lebenslage(LEBENSLAGE.lese(p, c)); da[3] = true; break;
                    case "leistungen": b.addAllLeistungen(liste(p, c, LEIKA_LEISTUNG, "OzgLeistung.leistungen")); break;
                    case "programm":
                        if (!JsonFelder.isNull(p)) {
                            b.programm(Formen.PROGRAMM.read(p, c));
                        }
                        break;
                    default: unbekannt(p, c, name);
                }
            }
            String[] felder = {"ozgId", "bezeichnung", "themenfeld", "lebenslage"};
            for (int i = 0; i < da.length; i++) {
                pflicht(p, type, felder[i], da[i] ? "" : null);
            }
            try {
                return b.build();
            } catch (OzgException e) {
                throw JsonFelder.modell(p, type, e);
            }
        }
    };

    static final Objektform<OzgKatalog> OZG_KATALOG = new Objektform<>(OzgKatalog.class, "OzgKatalog",
            "format", "version", "stand", "katalogVersion", "leistungen") {
        @Override
        void schreibe(OzgKatalog v, JsonGenerator g) throws IOException {
            g.writeStartObject();
            g.writeStringField("format", FORMAT_KATALOG);
            g.writeNumberField("version", VERSION);
            g.writeStringField("stand", v.stand().toString());
            if (v.version().isPresent()) {
                g.writeStringField("katalogVersion", v.version().get());
            }
            g.writeArrayFieldStart("leistungen");
            for (OzgLeistung l : v.leistungen()) {
                OZG_LEISTUNG.schreibe(l, g);
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        @Override
        OzgKatalog lese(JsonParser p, DeserializationContext c) throws IOException {
            beginne(p);
            OzgKatalog.Builder b = OzgKatalog.builder();
            String format = null;
            boolean version = false;
            LocalDate stand = null;
            boolean leistungen = false;
            String name;
            while ((name = p.nextFieldName()) != null) {
                p.nextToken();
                switch (name) {
                    case "format":
                        format = JsonFelder.text(p, type, "format");
                        if (!FORMAT_KATALOG.equals(format)) {
                            throw InvalidFormatException.from(p, JsonFelder.wo(p) + ": format must be '"
                                    + FORMAT_KATALOG + "', was " + OzgException.quote(format), format, type);
                        }
                        break;
                    case "version":
                        version(p, type);
                        version = true;
                        break;
                    case "stand": stand = JsonFelder.date(p, type, "OzgKatalog.stand"); break;
                    case "katalogVersion":
                        b.version(Optional.ofNullable(JsonFelder.optionalText(p, type, "OzgKatalog.katalogVersion")));
                        break;
                    case "leistungen":
                        b.addAllLeistungen(liste(p, c, OZG_LEISTUNG, "OzgKatalog.leistungen"));
                        leistungen = true;
                        break;
                    default: unbekannt(p, c, name);
                }
            }
            pflicht(p, type, "format", format);
            pflicht(p, type, "version", version ? "" : null);
            pflicht(p, type, "stand", stand);
            pflicht(p, type, "leistungen", leistungen ? "" : null);
            try {
                return b.stand(stand).build();
            } catch (OzgException e) {
                throw JsonFelder.modell(p, type, e);
            }
        }
    };

    static final Objektform<Gebiet> GEBIET = new Objektform<>(Gebiet.class, "Gebiet",
            "ars", "ebene", "name", "ags", "textkennzeichen", "bevoelkerung") {
        @Override
        void schreibe(Gebiet v, JsonGenerator g) throws IOException {
            g.writeStartObject();
            g.writeStringField("ars", v.ars().toString());
            g.writeStringField("ebene", Formen.ARS_EBENE.format(v.ebene()));
            g.writeStringField("name", v.name());
            if (v.ags().isPresent()) {
                g.writeStringField("ags", v.ags().get().toString());
            }
            optional(g, "textkennzeichen", v.textkennzeichen());
            if (v.bevoelkerung().isPresent()) {
                g.writeNumberField("bevoelkerung", v.bevoelkerung().getAsLong());
            }
            g.writeEndObject();
        }

        @Override
        Gebiet lese(JsonParser p, DeserializationContext c) throws IOException {
            beginne(p);
            Gebiet.Builder b = Gebiet.builder();
            Ars ars = null;
            ArsEbene ebene = null;
            String gebietName = null;
            String name;
            while ((name = p.nextFieldName()) != null) {
                p.nextToken();
                switch (name) {
                    case "ars": ars = Formen.ARS.read(p, c); break;
                    case "ebene": ebene = Formen.ARS_EBENE.read(p, c); break;
                    case "name": gebietName = JsonFelder.text(p, type, "Gebiet.name"); break;
                    case "ags":
                        if (!JsonFelder.isNull(p)) {
                            b.ags(Formen.AGS.read(p, c));
                        }
                        break;
                    case "textkennzeichen":
                        b.textkennzeichen(Optional.ofNullable(JsonFelder.optionalText(p, type, "Gebiet.textkennzeichen")));
                        break;
                    case "bevoelkerung":
                        if (!JsonFelder.isNull(p)) {
                            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                                    || p.getLongValue() < 0) {
                                throw JsonFelder.wrongType(p, type, "Gebiet.bevoelkerung", "a non-negative JSON integer");
                            }
                            b.bevoelkerung(p.getLongValue());
                        }
                        break;
                    default: unbekannt(p, c, name);
                }
            }
            pflicht(p, type, "ars", ars);
            pflicht(p, type, "ebene", ebene);
            pflicht(p, type, "name", gebietName);
            try {
                return b.ars(ars).ebene(ebene).name(gebietName).build();
            } catch (OzgException e) {
                throw JsonFelder.modell(p, type, e);
            }
        }
    };

    static final Objektform<Gebietsverzeichnis> GEBIETSVERZEICHNIS = new Objektform<>(Gebietsverzeichnis.class,
            "Gebietsverzeichnis", "gebietsstand", "gebiete") {
        @Override
        void schreibe(Gebietsverzeichnis v, JsonGenerator g) throws IOException {
            g.writeStartObject();
            g.writeStringField("gebietsstand", v.gebietsstand().toString());
            g.writeArrayFieldStart("gebiete");
            for (Gebiet gebiet : v.gebiete()) {
                GEBIET.schreibe(gebiet, g);
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        @Override
        Gebietsverzeichnis lese(JsonParser p, DeserializationContext c) throws IOException {
            beginne(p);
            LocalDate stand = null;
            List<Gebiet> gebiete = null;
            String name;
            while ((name = p.nextFieldName()) != null) {
                p.nextToken();
                switch (name) {
                    case "gebietsstand": stand = JsonFelder.date(p, type, "Gebietsverzeichnis.gebietsstand"); break;
                    case "gebiete": gebiete = liste(p, c, GEBIET, "Gebietsverzeichnis.gebiete"); break;
                    default: unbekannt(p, c, name);
                }
            }
            pflicht(p, type, "gebietsstand", stand);
            pflicht(p, type, "gebiete", gebiete);
            try {
                return Gebietsverzeichnis.of(stand, gebiete);
            } catch (OzgException e) {
                throw JsonFelder.modell(p, type, e);
            }
        }
    };

    /** A status row as a single value; reuses the streaming row format, failing on its first problem. */
    static final Objektform<Umsetzungsstand> UMSETZUNGSSTAND = new Objektform<>(Umsetzungsstand.class,
            "Umsetzungsstand", Zeilenformat.SCHLUESSEL, Zeilenformat.ARS, Zeilenformat.STICHTAG, Zeilenformat.ONLINE,
            Zeilenformat.AKTIV, Zeilenformat.REIFEGRAD, Zeilenformat.URL, Zeilenformat.FLAECHENDECKUNG,
            Zeilenformat.OZG_ID) {
        @Override
        void schreibe(Umsetzungsstand v, JsonGenerator g) throws IOException {
            Zeilenformat.schreibe(g, v, null);
        }

        @Override
        Umsetzungsstand lese(JsonParser p, DeserializationContext c) throws IOException {
            beginne(p);
            String objekt = JsonFelder.pointer(p);
            Zeilenformat format = new Zeilenformat(!c.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
            String[] erstes = new String[4];
            JsonViolation[] art = new JsonViolation[1];
            Umsetzungsstand s = format.lese(p, (regel, violation, feld, wert, de, en) -> {
                if (art[0] == null) {
                    art[0] = violation;
                    erstes[0] = feld;
                    erstes[1] = wert;
                    erstes[2] = en;
                }
            });
            if (s != null) {
                return s;
            }
            String wo = objekt + "/" + erstes[0] + ": " + erstes[2];
            if (art[0] == JsonViolation.UNKNOWN_FIELD) {
                throw com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.from(p, type, erstes[0],
                        List.of((Object[]) FELDER));
            }
            if (art[0] == JsonViolation.INVALID_VALUE) {
                throw InvalidFormatException.from(p, wo, erstes[1], type);
            }
            throw MismatchedInputException.from(p, type, wo);
        }
    };

    private static final String[] FELDER = {Zeilenformat.SCHLUESSEL, Zeilenformat.ARS, Zeilenformat.STICHTAG,
        Zeilenformat.ONLINE, Zeilenformat.AKTIV, Zeilenformat.REIFEGRAD, Zeilenformat.URL, Zeilenformat.FLAECHENDECKUNG,
        Zeilenformat.OZG_ID};

    static final List<Objektform<?>> ALLE = List.of(LEBENSLAGE, LEIKA_LEISTUNG, OZG_LEISTUNG, OZG_KATALOG, GEBIET,
            GEBIETSVERZEICHNIS, UMSETZUNGSSTAND);

    static void optional(JsonGenerator g, String feld, Optional<String> wert) throws IOException {
        if (wert.isPresent()) {
            g.writeStringField(feld, wert.get());
        }
    }

    static void pflicht(JsonParser p, Class<?> type, String feld, Object wert) throws IOException {
        if (wert == null) {
            throw JsonFelder.missing(p, type, feld);
        }
    }

    static void version(JsonParser p, Class<?> type) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw JsonFelder.wrongType(p, type, "version", "the JSON integer " + VERSION);
        }
        if (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() != VERSION) {
            throw InvalidFormatException.from(p, JsonFelder.wo(p) + ": version " + p.getText()
                    + " is not supported, this library reads version " + VERSION, p.getText(), type);
        }
    }
}
