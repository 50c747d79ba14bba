package de.ozg.json.internal;

import de.ozg.core.id.Ags;
import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.id.FimId;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.model.Lagetyp;
import de.ozg.core.model.NachnutzungsStatus;
import de.ozg.core.model.Programm;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Bundesressort;
import de.ozg.core.ref.Flaechendeckung;
import de.ozg.core.ref.Nachnutzungsmodell;
import de.ozg.core.ref.Priorisierung;
import de.ozg.core.ref.ReferenceViolation;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.Themenfeld;
import de.ozg.core.ref.Typisierung;
import de.ozg.core.ref.UnknownReferenceException;
import de.ozg.json.JsonViolation;
import de.ozg.json.OzgJsonException;
import java.util.List;
import java.util.Locale;

/**
 * The string forms of identifiers and reference types: what is written, what is read. The table in
 * the package documentation of {@code de.ozg.json} and in {@code JSON-FORMAT.md} describes exactly
 * these.
 */
final class Kennungsformen {

    static final Textform<OzgId> OZG_ID = new Textform<>(OzgId.class, "OZG-ID", "10000",
            OzgId::toString, OzgId::parse);
    static final Textform<Leistungsschluessel> LEISTUNGSSCHLUESSEL = new Textform<>(Leistungsschluessel.class,
            "LeiKa-Schlüssel", "99041006013000", Leistungsschluessel::toString, Leistungsschluessel::parse);
    static final Textform<Ars> ARS = new Textform<>(Ars.class, "ARS", "150020000000", Ars::toString, Ars::parse);
    static final Textform<Ags> AGS = new Textform<>(Ags.class, "AGS", "15002000", Ags::toString, Ags::parse);
    static final Textform<FimId> FIM_ID = new Textform<>(FimId.class, "FIM-ID", "S00000092V1.1",
            FimId::toString, FimId::parse);

    /** Written as the two-digit code; read from code, Kürzel, ISO code or name. */
    static final Textform<Bundesland> BUNDESLAND = new Textform<>(Bundesland.class, "Bundesland", "15",
            Bundesland::code, Bundesland::parse);
    /** Written as the canonical name; read from any tolerant spelling or the FIM code. */
    static final Textform<Themenfeld> THEMENFELD = new Textform<>(Themenfeld.class, "Themenfeld",
            "Familie & Kind", Themenfeld::bezeichnung, Themenfeld::parse);
    static final Textform<Typisierung> TYPISIERUNG = new Textform<>(Typisierung.class, "Typisierung", "2/3",
            Typisierung::code, Typisierung::parse);
    static final Textform<Reifegrad> REIFEGRAD = new Textform<>(Reifegrad.class, "Reifegrad", "V1:3",
            Reifegrad::toString, Reifegrad::parse);
    static final Textform<Nachnutzungsmodell> NACHNUTZUNGSMODELL = new Textform<>(Nachnutzungsmodell.class,
            "Nachnutzungsmodell", "efa", Kennungsformen::code, Nachnutzungsmodell::parse);
    static final Textform<Flaechendeckung> FLAECHENDECKUNG = new Textform<>(Flaechendeckung.class,
            "Flächendeckung", "landesweit_flaechendeckend", Flaechendeckung::code, Flaechendeckung::parse);
    static final Textform<Bundesressort> BUNDESRESSORT = new Textform<>(Bundesressort.class, "Bundesressort",
            "BMDV-2021", Bundesressort::id, Kennungsformen::ressort);
    static final Textform<ArsEbene> ARS_EBENE = new Textform<>(ArsEbene.class, "ARS-Ebene", "gemeinde",
            Kennungsformen::code, s -> enumCode(ArsEbene.class, s, "bund, land, regierungsbezirk, kreis, gemeindeverband or gemeinde"));
    static final Textform<Lagetyp> LAGETYP = new Textform<>(Lagetyp.class, "Lagetyp", "lebenslage",
            Kennungsformen::code, s -> enumCode(Lagetyp.class, s, "lebenslage or unternehmenslage"));
    static final Textform<Programm> PROGRAMM = new Textform<>(Programm.class, "Programm", "foederal",
            Kennungsformen::code, s -> enumCode(Programm.class, s, "bund or foederal"));

    /** Written as the Stufe 1 to 4; read from that number or any text {@code Priorisierung.parse} accepts. */
    static final Form<Priorisierung> PRIORISIERUNG = new Form<>(Priorisierung.class, "Priorisierung") {
        @Override
        public Priorisierung lese(Leser in, String wo) {
            try {
                if (in.art() == Leser.Art.INT && in.isLong() && in.longValue() >= Integer.MIN_VALUE
                        && in.longValue() <= Integer.MAX_VALUE) {
                    return Priorisierung.ofStufe((int) in.longValue());
                }
                if (in.art() == Leser.Art.STRING) {
                    return Priorisierung.parse(in.text());
                }
            } catch (de.ozg.core.OzgException e) {
                throw Lesen.ungueltig(in, Priorisierung.class, in.text(), e);
            }
            throw Lesen.falscherTyp(in, Priorisierung.class, wo, "the Stufe 1 to 4 as a JSON integer");
        }

        @Override
        public void schreibe(Priorisierung value, Schreiber out) {
            out.zahl(value.stufe());
        }
    };

    static final Textform<NachnutzungsStatus> NACHNUTZUNGS_STATUS = new Textform<>(NachnutzungsStatus.class,
            "Nachnutzungsstatus", "in_anbindung", Kennungsformen::code, NachnutzungsStatus::parse);

    static final List<Textform<?>> ALLE = List.of(OZG_ID, LEISTUNGSSCHLUESSEL, ARS, AGS, FIM_ID, BUNDESLAND,
            THEMENFELD, TYPISIERUNG, REIFEGRAD, NACHNUTZUNGSMODELL, FLAECHENDECKUNG, BUNDESRESSORT, ARS_EBENE,
            LAGETYP, PROGRAMM, NACHNUTZUNGS_STATUS);

    /** The types that also serve as map keys. */
    static final List<Textform<?>> SCHLUESSEL = List.of(OZG_ID, LEISTUNGSSCHLUESSEL, ARS, AGS, FIM_ID, BUNDESLAND,
            THEMENFELD, TYPISIERUNG);

    private Kennungsformen() {
    }

    /**
     * The lower-case constant name: a stable ASCII code for enums without one of their own.
     *
     * @param e a constant
     * @return its code
     */
    public static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E enumCode(Class<E> type, String text, String erwartet) {
        for (E e : type.getEnumConstants()) {
            if (code(e).equals(text)) {
                return e;
            }
        }
        throw new OzgJsonException(JsonViolation.INVALID_VALUE, null, "code must be " + erwartet + ", was "
                + de.ozg.core.SafeText.quote(text), text, erwartet, null);
    }

    private static Bundesressort ressort(String id) {
        return Bundesressort.findById(id).orElseThrow(() -> new UnknownReferenceException(
                ReferenceViolation.UNKNOWN_BUNDESRESSORT, id,
                "the id of a Bundesressort identity such as 'BMAS' or 'BMDV-2021'"));
    }
}
