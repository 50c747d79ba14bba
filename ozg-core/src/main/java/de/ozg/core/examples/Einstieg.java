package de.ozg.core.examples;

import de.ozg.core.id.Ags;
import de.ozg.core.id.Ars;
import de.ozg.core.id.FimId;
import de.ozg.core.id.IdTyp;
import de.ozg.core.id.LeikaTyp;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.Normalisierung;
import de.ozg.core.id.OzgId;
import java.util.function.Function;

/** The strict and lenient entry points an example is meant for. */
enum Einstieg {
    OZG_ID_PARSE(IdTyp.OZG_ID, "OzgId.parse", OzgId::parse, OzgId::normalize),
    LEISTUNGSSCHLUESSEL_PARSE(IdTyp.LEISTUNGSSCHLUESSEL, "Leistungsschluessel.parse", Leistungsschluessel::parse,
            Leistungsschluessel::normalize),
    LEISTUNGSSCHLUESSEL_URN(IdTyp.LEISTUNGSSCHLUESSEL, "Leistungsschluessel.parseUrn",
            Leistungsschluessel::parseUrn, null),
    LEIKA_TYP_PARSE(IdTyp.LEIKA_TYP, "LeikaTyp.parse", LeikaTyp::parse, null),
    ARS_PARSE(IdTyp.ARS, "Ars.parse", Ars::parse, Ars::normalize),
    AGS_PARSE(IdTyp.AGS, "Ags.parse", Ags::parse, Ags::normalize),
    FIM_ID_PARSE(IdTyp.FIM_ID, "FimId.parse", FimId::parse, FimId::normalize);

    final IdTyp idTyp;
    final String methode;
    final Function<String, Object> strikt;
    final Function<String, Normalisierung<?>> lenient;

    Einstieg(IdTyp idTyp, String methode, Function<String, Object> strikt, Function<String, Normalisierung<?>> lenient) {
        this.idTyp = idTyp;
        this.methode = methode;
        this.strikt = strikt;
        this.lenient = lenient;
    }

    /** The plain {@code parse} of an identifier type. */
    static Einstieg parse(IdTyp typ) {
        switch (typ) {
            case OZG_ID: return OZG_ID_PARSE;
            case LEISTUNGSSCHLUESSEL: return LEISTUNGSSCHLUESSEL_PARSE;
            case LEIKA_TYP: return LEIKA_TYP_PARSE;
            case ARS: return ARS_PARSE;
            case AGS: return AGS_PARSE;
            case FIM_ID: return FIM_ID_PARSE;
            default: throw new IllegalArgumentException("no parse for " + typ);
        }
    }
}
