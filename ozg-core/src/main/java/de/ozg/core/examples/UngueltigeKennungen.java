package de.ozg.core.examples;

import de.ozg.core.id.Aenderung;
import de.ozg.core.id.AenderungsArt;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.id.IdFormatViolation;
import de.ozg.core.id.IdTyp;
import de.ozg.core.id.LeikaTyp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Identifier texts that strict parsing rejects with exactly one violation, and texts that only the
 * lenient {@code normalize} path repairs.
 *
 * <p>Obtained from {@link Beispiele#ungueltige()}; draws from the generator of that {@link Beispiele}, so
 * the order of calls across all its areas determines the values. Not thread-safe; the values are
 * immutable.
 */
public final class UngueltigeKennungen {

    private final Zufall z;
    private final Beispiele beispiele;

    UngueltigeKennungen(Zufall z, Beispiele beispiele) {
        this.z = z;
        this.beispiele = beispiele;
    }

    // --- invalid and repairable values -------------------------------------------------------

    /**
     * A random text that strict parsing of the identifier type rejects with exactly the given
     * violation, made from a random valid value (a digit dropped, a letter {@code O} for a zero, a
     * Land code 17, a lower-case {@code v} in a FIM version …). The fixed, hand-picked examples are
     * in {@link UngueltigeBeispiele}.
     *
     * @param typ       the identifier type
     * @param violation one of {@link UngueltigeBeispiele#violationen(IdTyp)}
     * @return the example
     * @throws IllegalArgumentException when no text can cause that violation for that type
     */
    public UngueltigesBeispiel ungueltig(IdTyp typ, IdFormatViolation violation) {
        if (!UngueltigeBeispiele.violationen(typ).contains(violation)) {
            throw new IllegalArgumentException("no text makes " + typ + " fail with " + violation
                    + "; possible are " + UngueltigeBeispiele.violationen(typ));
        }
        Einstieg parse = Einstieg.parse(typ);
        return switch (violation) {
            case EMPTY -> new UngueltigesBeispiel(parse, violation, z.eines(new String[] {"", " ", "\t", "\u00a0",
                " \u200b "}), "leer oder nur Leerraum");
            case WRONG_LENGTH -> falscheLaenge(parse);
            case NON_DIGIT -> keineZiffer(parse);
            case PLACEHOLDER -> new UngueltigesBeispiel(parse, violation, z.eines(new String[] {"nicht im LeiKa",
                "Nicht im LeiKa", "NICHT IM LEIKA", " nicht im LeiKa ", "nicht\u00a0im\u00a0LeiKa",
                "nicht  im LeiKa"}), "Platzhalter für eine Leistung ohne Schlüssel");
            case INVALID_STRUCTURE -> {
                long lo = beispiele.kennungen().leistungsobjekt();
                yield new UngueltigesBeispiel(parse, violation,
                        String.format(Locale.ROOT, "%014d", lo * 1_000_000L + z.zahl(1, 999)),
                        "Verrichtungsdetail ohne Verrichtung");
            }
            case INVALID_URN -> new UngueltigesBeispiel(Einstieg.LEISTUNGSSCHLUESSEL_URN, violation,
                    z.eines(new String[] {"urn:de:fim:leika:leistungen:", "urn:de:fim:leika:",
                        "urn:de:leika:leistung:", "", "leika:", "urn:de:fim:leika:leistung",
                        "url:de:fim:leika:leistung:"}) + beispiele.kennungen().leistungsschluessel(),
                    "falsches oder fehlendes URN-Präfix");
            case INVALID_LAND -> ungueltigesLand(parse);
            case INVALID_FIM_TYPE -> {
                String id = beispiele.kennungen().fimId().toString();
                yield new UngueltigesBeispiel(parse, violation,
                        z.eines(new String[] {"A", "B", "E", "X", "Z", "s", "g", "f", "r", "c", "d", "0", "_"})
                                + id.substring(1), "unbekannter oder kleiner Kennbuchstabe");
            }
            case INVALID_VERSION -> new UngueltigesBeispiel(parse, violation,
                    beispiele.kennungen().fimId().withoutVersion() + z.eines(new String[] {"v1.1", "V", "V1.", "V.1", "V1..2", "Vx", "V1.1 ", "-1.1", "_V1",
                        " V1.1", "V1,1", "V1.0a"}), "Version nicht in der Form V1.1");
            default -> new UngueltigesBeispiel(parse, violation, z.eines(new String[] {"", "l", "lv", "lod",
                "lovdd", "lo ", " lov", "LO V", "lovd.", "L0"}), "kein LeiKa-Typ (lo, lov, lovd)");
        };
    }

    private String gueltigerText(IdTyp typ) {
        return switch (typ) {
            case OZG_ID -> beispiele.kennungen().ozgId().toString();
            case LEISTUNGSSCHLUESSEL -> beispiele.kennungen().leistungsschluessel().toString();
            case ARS -> beispiele.kennungen().ars().toString();
            case AGS -> beispiele.kennungen().ags().toString();
            case FIM_ID -> beispiele.kennungen().fimId().toString();
            default -> throw new IllegalArgumentException("no digit form for " + typ);
        };
    }

    private UngueltigesBeispiel falscheLaenge(Einstieg parse) {
        if (parse.idTyp == IdTyp.FIM_ID) {
            String basis = beispiele.kennungen().fimId().withoutVersion().toString();
            if (z.prozent(50)) {
                int p = z.zahl(1, 8);
                return new UngueltigesBeispiel(parse, IdFormatViolation.WRONG_LENGTH,
                        basis.substring(0, p) + basis.substring(p + 1), "eine Ziffer zu wenig");
            }
            String version = z.prozent(50) ? "" : "V1." + z.zahl(0, 9);
            return new UngueltigesBeispiel(parse, IdFormatViolation.WRONG_LENGTH,
                    basis + z.zahl(0, 9) + version, "eine Ziffer zu viel");
        }
        String text = gueltigerText(parse.idTyp);
        int p = z.zahl(0, text.length() - 1);
        if (z.prozent(50)) {
            return new UngueltigesBeispiel(parse, IdFormatViolation.WRONG_LENGTH,
                    text.substring(0, p) + text.substring(p + 1), "eine Ziffer zu wenig");
        }
        return new UngueltigesBeispiel(parse, IdFormatViolation.WRONG_LENGTH,
                text.substring(0, p) + z.zahl(0, 9) + text.substring(p), "eine Ziffer zu viel");
    }

    private static final String[] KEINE_ZIFFERN = {"O", "o", "l", " ", "\u00a0", "-", ".", ",", "x", "\u200b",
        "\uff11", "\t"};

    private UngueltigesBeispiel keineZiffer(Einstieg parse) {
        String zeichen = z.eines(KEINE_ZIFFERN);
        String beschreibung = "Zeichen " + de.ozg.core.SafeText.quote(zeichen) + " statt einer Ziffer";
        if (parse.idTyp == IdTyp.FIM_ID) {
            String id = beispiele.kennungen().fimId().toString();
            int p = z.zahl(1, 8);
            return new UngueltigesBeispiel(parse, IdFormatViolation.NON_DIGIT,
                    id.substring(0, p) + zeichen + id.substring(p + 1), beschreibung);
        }
        String text = gueltigerText(parse.idTyp);
        int p = z.zahl(0, text.length());
        if (z.prozent(50) && p < text.length()) {
            return new UngueltigesBeispiel(parse, IdFormatViolation.NON_DIGIT,
                    text.substring(0, p) + zeichen + text.substring(p + 1), beschreibung);
        }
        return new UngueltigesBeispiel(parse, IdFormatViolation.NON_DIGIT,
                text.substring(0, p) + zeichen + text.substring(p), "zusätzliches " + beschreibung);
    }

    private UngueltigesBeispiel ungueltigesLand(Einstieg parse) {
        boolean null0 = z.prozent(30);
        String land = null0 ? "00" : String.valueOf(z.zahl(17, 99));
        String text;
        if (parse.idTyp == IdTyp.ARS) {
            // the Land digits 00 are valid for the Bund key 000000000000, so keep a finer digit set
            text = beispiele.kennungen().ars(ArsEbene.values()[z.zahl(null0 ? 2 : 1, 5)]).toString();
        } else {
            text = beispiele.kennungen().ags().toString();
        }
        return new UngueltigesBeispiel(parse, IdFormatViolation.INVALID_LAND, land + text.substring(2),
                "Landesschlüssel " + land + " gibt es nicht");
    }

    private static final String[] RAND = {" ", " ", "\t", "\n", "\u00a0", "\u202f", "\u2007", "\u200b", "\ufeff"};
    private static final String[] NULLBREIT = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"};

    /**
     * A random valid identifier written with harmless defects that lenient normalisation repairs:
     * blanks, NBSP and zero-width characters at the ends, zero-width characters inside, full-width
     * digits, and – for ARS and AGS of the Länder 01–09 – the leading zero lost in a spreadsheet.
     *
     * @param typ any identifier type with a {@code normalize} method (not {@code LEIKA_TYP})
     * @return the example, with the canonical text and the exact list of repairs to expect
     * @throws IllegalArgumentException for {@code LEIKA_TYP}
     */
    public ReparierbaresBeispiel reparierbar(IdTyp typ) {
        if (typ == IdTyp.LEIKA_TYP) {
            throw new IllegalArgumentException("LeikaTyp has no lenient normalisation");
        }
        String kanon = gueltigerText(typ);
        Map<AenderungsArt, Integer> anzahl = new EnumMap<>(AenderungsArt.class);
        StringBuilder kern = new StringBuilder(kanon);
        // the Bund key 000000000000 lost no zero: normalisation rightly leaves 11 zeros ambiguous
        if ((typ == IdTyp.ARS || typ == IdTyp.AGS) && kanon.charAt(0) == '0' && kanon.charAt(1) != '0'
                && z.prozent(40)) {
            kern.deleteCharAt(0);
            anzahl.put(AenderungsArt.RESTORED_LEADING_ZERO, 1);
        }
        if (z.prozent(35)) {
            for (int k = z.zahl(1, 3); k > 0; k--) {
                int p = z.zahl(0, kern.length() - 1);
                char c = kern.charAt(p);
                if (c >= '0' && c <= '9') {
                    kern.setCharAt(p, (char) (c - '0' + '\uff10'));
                    anzahl.merge(AenderungsArt.CONVERTED_FULLWIDTH_DIGITS, 1, Integer::sum);
                }
            }
        }
        if (z.prozent(30)) {
            for (int k = z.zahl(1, 2); k > 0; k--) {
                kern.insert(z.zahl(1, kern.length() - 1), z.eines(NULLBREIT));
                anzahl.merge(AenderungsArt.REMOVED_ZERO_WIDTH, 1, Integer::sum);
            }
        }
        int vorne = z.zahl(0, 2);
        int hinten = z.zahl(0, 2);
        if (vorne + hinten == 0 && anzahl.isEmpty()) {
            hinten = 1;
        }
        for (int i = 0; i < vorne + hinten; i++) {
            String c = z.eines(RAND);
            if (i < vorne) {
                kern.insert(0, c);
            } else {
                kern.append(c);
            }
            AenderungsArt art = c.charAt(0) == '\u00a0' || c.charAt(0) == '\u202f' || c.charAt(0) == '\u2007'
                    ? AenderungsArt.REMOVED_NBSP
                    : c.charAt(0) == '\u200b' || c.charAt(0) == '\ufeff' ? AenderungsArt.REMOVED_ZERO_WIDTH
                    : AenderungsArt.STRIPPED_BLANKS;
            anzahl.merge(art, 1, Integer::sum);
        }
        List<Aenderung> aenderungen = new ArrayList<>();
        anzahl.forEach((art, n) -> aenderungen.add(Aenderung.of(art, n)));
        String beschreibung = aenderungen.stream().map(Aenderung::beschreibungDe).collect(Collectors.joining("; "));
        return new ReparierbaresBeispiel(Einstieg.parse(typ), kern.toString(), kanon, aenderungen, beschreibung);
    }
}
