package de.ozg.core.validation.status;

import de.ozg.core.OzgException;
import de.ozg.core.SafeText;
import de.ozg.core.id.Ars;
import de.ozg.core.id.IdFormatException;
import de.ozg.core.id.IdFormatViolation;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.internal.Messages;
import de.ozg.core.table.TableRules;
import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Regel;
import de.ozg.core.validation.Severity;
import de.ozg.core.validation.Kontext;
import java.util.Locale;
import java.util.function.Function;

/**
 * The findings of the status rules, worded from the bundles {@code messages_de/_en}. A message
 * never names the line, pointer or column: the finding's location does.
 */
final class StatusMeldungen {

    static final Messages TEXTE = Messages.of("de.ozg.core.validation.status.messages", StatusMeldungen.class);

    private StatusMeldungen() {
    }

    private static void report(Kontext k, de.ozg.core.validation.Fundstelle wo, String wert, String key,
            Object... args) {
        k.befund().fundstelle(wo).wert(wert).report(TEXTE.german(key, args), TEXTE.english(key, args));
    }

    static void defect(MutableStatusRow z, Kontext k) {
        MutableStatusRow.Defekt d = z.defekt();
        String detail = d.detail() == null ? "" : SafeText.escape(d.detail());
        String detailDe = d.detailDe() == null ? detail : SafeText.escape(d.detailDe());
        String key = "defect." + d.art().name();
        Object[] de = {d.zahl(), detail, typ(Locale.GERMAN, d.detail()), detailDe};
        Object[] en = {d.zahl(), detail, typ(Locale.ENGLISH, d.detail()), detailDe};
        String textDe = TEXTE.german(key, de);
        String textEn = TEXTE.english(key, en);
        if (d.beendet()) {
            textDe = TEXTE.german("defect.beendet", textDe);
            textEn = TEXTE.english("defect.beendet", textEn);
        }
        k.befund().fundstelle(z.fundstelle()).report(textDe, textEn);
    }

    /** The localized name of a JSON type given by its constant name, or "" when it names none. */
    private static String typ(Locale locale, String name) {
        for (JsonType t : JsonType.values()) {
            if (t.name().equals(name)) {
                return TEXTE.format(locale, "typ." + t.name());
            }
        }
        return "";
    }

    /** The description of a rule: from this package's bundle, or for a table rule from the table rule set. */
    static String beschreibung(String id, boolean deutsch) {
        if (TableRules.ids().contains(id)) {
            Regel<?> r = TableRules.regeln(Severity.WARNING).stream().filter(x -> x.id().equals(id)).findFirst()
                    .orElseThrow();
            return deutsch ? r.beschreibungDe() : r.beschreibungEn();
        }
        return deutsch ? TEXTE.german("rule." + id) : TEXTE.english("rule." + id);
    }

    /** Re-issues the table reader's finding about the record or file under the rule set's severity. */
    static void tabelle(MutableStatusRow z, Kontext k, String id) {
        Befund b = z.tableFinding().orElse(null);
        if (b != null && b.regelId().equals(id)) {
            k.befund().fundstelle(b.fundstelle()).wert(b.wert().orElse(null)).report(b.meldungDe(), b.meldungEn());
        }
    }

    static void fehlt(MutableStatusRow z, Kontext k) {
        for (StatusField f : z.missingFields()) {
            report(k, z.fundstelle(f), null, z.isCsv() ? "feld.fehlt.csv" : "feld.fehlt");
        }
    }

    static void typ(MutableStatusRow z, Kontext k) {
        for (StatusField f : StatusField.values()) {
            JsonType t = z.wrongType(f).orElse(null);
            if (t == null) {
                continue;
            }
            boolean schluessel = t == JsonType.NUMBER && (f == StatusField.SCHLUESSEL
                    || f == StatusField.ARS || f == StatusField.OZG_ID);
            String key = schluessel ? "feld.typ.zahl" : "feld.typ";
            String wert = z.text(f).orElse(null);
            k.befund().fundstelle(z.fundstelle(f)).wert(wert).report(
                    TEXTE.german(key, TEXTE.german("erwartet." + f.name()), TEXTE.german("typ." + t.name())),
                    TEXTE.english(key, TEXTE.english("erwartet." + f.name()), TEXTE.english("typ." + t.name())));
        }
    }

    static void unbekannt(MutableStatusRow z, Kontext k) {
        String key = z.isDatensatz() ? "feld.unbekannt" : "feld.unbekannt.dokument";
        for (String name : z.unknownFields()) {
            report(k, z.feldstelle(name), null, key);
        }
        if (z.furtherUnknownFields() > 0) {
            report(k, z.fundstelle(), null, "feld.unbekannt.weitere", z.furtherUnknownFields());
        }
    }

    static void doppelt(MutableStatusRow z, Kontext k) {
        for (StatusField f : StatusField.values()) {
            if (z.isDuplicate(f)) {
                report(k, z.fundstelle(f), null, "feld.doppelt");
            }
        }
        for (String zeiger : z.duplicatePointers()) {
            report(k, z.zeigerstelle(zeiger), null, "feld.doppelt");
        }
        if (z.furtherDuplicates() > 0) {
            report(k, z.fundstelle(), null, "feld.doppelt.weitere", z.furtherDuplicates());
        }
    }

    static void wert(MutableStatusRow z, Kontext k, StatusField f) {
        if (z.state(f) != FieldState.INVALID) {
            return;
        }
        String wert = z.text(f).orElse("");
        switch (f) {
            case SCHLUESSEL:
                id(z, k, f, wert, Leistungsschluessel::parse, 14);
                break;
            case ARS:
                id(z, k, f, wert, Ars::parse, 12);
                break;
            case OZG_ID:
                id(z, k, f, wert, OzgId::parse, 5);
                break;
            case STICHTAG:
                report(k, z.fundstelle(f), wert, z.isCsv() ? "wert.STICHTAG.csv" : "wert.STICHTAG");
                break;
            default:
                report(k, z.fundstelle(f), wert, "wert." + f.name());
                break;
        }
    }

    /** An identifier that did not convert: what exactly is wrong with it, in the reader's language. */
    private static void id(MutableStatusRow z, Kontext k, StatusField f, String wert, Function<String, ?> parse,
            int laenge) {
        IdFormatViolation v = null;
        try {
            parse.apply(wert);
        } catch (IdFormatException e) {
            v = e.violation();
        } catch (OzgException e) {
            v = null;
        }
        String de;
        String en;
        int stelle = ersteNichtziffer(wert);
        if (wert.isEmpty() || wert.isBlank()) {
            de = TEXTE.german("id.EMPTY");
            en = TEXTE.english("id.EMPTY");
        } else if (stelle >= 0) {
            String zeichen = SafeText.quote(wert.substring(stelle, wert.offsetByCodePoints(stelle, 1)));
            de = TEXTE.german("id.NON_DIGIT", zeichen, stelle + 1);
            en = TEXTE.english("id.NON_DIGIT", zeichen, stelle + 1);
        } else if (wert.length() != laenge) {
            de = TEXTE.german("id.WRONG_LENGTH", wert.length(), laenge);
            en = TEXTE.english("id.WRONG_LENGTH", wert.length(), laenge);
        } else if (v == IdFormatViolation.INVALID_LAND) {
            de = TEXTE.german("id.INVALID_LAND", wert.substring(0, 2));
            en = TEXTE.english("id.INVALID_LAND", wert.substring(0, 2));
        } else if (v == IdFormatViolation.INVALID_STRUCTURE || v == IdFormatViolation.PLACEHOLDER) {
            de = TEXTE.german("id." + v.name());
            en = TEXTE.english("id." + v.name());
        } else {
            de = TEXTE.german("id.other");
            en = TEXTE.english("id.other");
        }
        k.befund().fundstelle(z.fundstelle(f)).wert(wert)
                .report(TEXTE.german("wert." + f.name(), de), TEXTE.english("wert." + f.name(), en));
    }

    private static int ersteNichtziffer(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return i;
            }
        }
        return -1;
    }

    static void bundesland(MutableStatusRow z, Kontext k) {
        String ars = z.ars().map(Ars::toString).orElse("");
        String land = z.ars().flatMap(Ars::land).map(l -> l.bezeichnung()).orElse("");
        String genannt = z.landText();
        k.befund().fundstelle(z.fundstelle(StatusField.BUNDESLAND)).wert(genannt)
                .report(TEXTE.german("wert.BUNDESLAND", ars, land), TEXTE.english("wert.BUNDESLAND", ars, land));
    }
}
