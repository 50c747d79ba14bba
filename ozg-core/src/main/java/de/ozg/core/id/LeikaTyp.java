package de.ozg.core.id;

import de.ozg.core.SafeText;
import de.ozg.core.OzgException;

/**
 * The LeiKa-Typ of a Leistungsschlüssel: how far the key is refined. A key names a
 * Leistungsobjekt (such as "Elterngeld"), optionally a Verrichtung on it ("Bewilligung") and
 * optionally a Verrichtungsdetail. The type follows from which of the last six digits are set.
 */
public enum LeikaTyp {
    /** Leistungsobjekt only: Verrichtung and Verrichtungsdetail are {@code 000}. */
    LO("lo"),
    /** Leistungsobjekt with Verrichtung; Verrichtungsdetail is {@code 000}. */
    LOV("lov"),
    /** Leistungsobjekt with Verrichtung and Verrichtungsdetail. */
    LOVD("lovd");

    private final String code;

    LeikaTyp(String code) {
        this.code = code;
    }

    /**
     * The code used in LeiKa data: {@code "lo"}, {@code "lov"} or {@code "lovd"}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The type with the given code, compared ignoring case ({@code "LOV"} is accepted) but without
     * trimming.
     *
     * @param code {@code "lo"}, {@code "lov"} or {@code "lovd"}
     * @return the type
     * @throws IdFormatException with {@link IdFormatViolation#UNKNOWN_CODE} (or {@code NULL})
     */
    public static LeikaTyp parse(CharSequence code) {
        if (code != null) {
            for (LeikaTyp t : values()) {
                if (t.code.length() == code.length() && t.code.regionMatches(true, 0, code.toString(), 0,
                        code.length())) {
                    return t;
                }
            }
        }
        IdFormatViolation violation = code == null ? IdFormatViolation.NULL : IdFormatViolation.UNKNOWN_CODE;
        throw new IdFormatException(IdTyp.LEIKA_TYP, violation,
                Text.of("leikaTyp", SafeText.quote(code)), Ids.str(code), Text.of("form.leikaTyp"));
    }
}
