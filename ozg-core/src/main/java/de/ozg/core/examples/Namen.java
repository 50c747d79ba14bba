package de.ozg.core.examples;

import de.ozg.core.model.Lagetyp;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Themenfeld;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Word tables for invented but plausible names. The names look like the real ones (so a report or
 * a CSV export reads naturally) but are combined at random, so no example claims to describe a
 * real Gemeinde or a real LeiKa service.
 */
final class Namen {

    private Namen() {
    }

    /** A Lage name with its type; null type where catalogues leave it open. */
    record Lage(String name, Lagetyp typ) {
    }

    /** Built on first use, not when the class loads. */
    private static final class Lagen {
        static final Map<Themenfeld, List<Lage>> NACH_THEMENFELD = erzeuge();

        private static Map<Themenfeld, List<Lage>> erzeuge() {
            Lagetyp l = Lagetyp.LEBENSLAGE;
            Lagetyp u = Lagetyp.UNTERNEHMENSLAGE;
            Map<Themenfeld, List<Lage>> m = new EnumMap<>(Themenfeld.class);
            m.put(Themenfeld.ARBEIT_RUHESTAND, List.of(new Lage("Arbeitssuche", l), new Lage("Ruhestand", l),
                    new Lage("Arbeitgeber sein", u)));
            m.put(Themenfeld.BAUEN_WOHNEN, List.of(new Lage("Bauen", l), new Lage("Umzug", l),
                    new Lage("Immobilien", null)));
            m.put(Themenfeld.BILDUNG, List.of(new Lage("Schule", l), new Lage("Studium", l),
                    new Lage("Weiterbildung", null)));
            m.put(Themenfeld.EIN_AUSWANDERUNG, List.of(new Lage("Einreise", l), new Lage("Einbürgerung", l),
                    new Lage("Fachkräfte gewinnen", u)));
            m.put(Themenfeld.ENGAGEMENT_HOBBY, List.of(new Lage("Ehrenamt", l), new Lage("Freizeit", l),
                    new Lage("Veranstaltungen", null)));
            m.put(Themenfeld.FAMILIE_KIND, List.of(new Lage("Geburt", l), new Lage("Kinderbetreuung", l),
                    new Lage("Partnerschaft", l)));
            m.put(Themenfeld.FORSCHUNG_FOERDERUNG, List.of(new Lage("Forschung", u), new Lage("Förderung", u),
                    new Lage("Stipendien", l)));
            m.put(Themenfeld.GESUNDHEIT, List.of(new Lage("Krankheit", l), new Lage("Pflege", l),
                    new Lage("Gesundheitsberufe", u)));
            m.put(Themenfeld.MOBILITAET_REISEN, List.of(new Lage("Fahrzeuge", l), new Lage("Reisen", l),
                    new Lage("Güterverkehr", u)));
            m.put(Themenfeld.QUERSCHNITT, List.of(new Lage("Querschnittsleistungen", null),
                    new Lage("Unternehmensdaten", u)));
            m.put(Themenfeld.RECHT_ORDNUNG, List.of(new Lage("Ausweise", l), new Lage("Sicherheit", l),
                    new Lage("Gerichtsverfahren", null)));
            m.put(Themenfeld.STEUERN_ZOLL, List.of(new Lage("Steuern", l), new Lage("Zoll", u),
                    new Lage("Abgaben", u)));
            m.put(Themenfeld.UMWELT, List.of(new Lage("Tierhaltung", l), new Lage("Umweltschutz", u),
                    new Lage("Abfall", null)));
            m.put(Themenfeld.UNTERNEHMENSFUEHRUNG_ENTWICKLUNG, List.of(new Lage("Unternehmensgründung", u),
                    new Lage("Gewerbe", u), new Lage("Unternehmensnachfolge", u)));
            return m;
        }
    }

    static List<Lage> lagen(Themenfeld themenfeld) {
        return Lagen.NACH_THEMENFELD.get(themenfeld);
    }

    /** Stems and endings of service names, such as "Wohn" + "geld". */
    static final String[] LEISTUNG_STAMM = {"Wohn", "Bau", "Fischerei", "Jagd", "Gewerbe", "Waffen", "Fahr",
        "Pflege", "Kinder", "Schul", "Aufenthalts", "Melde", "Hunde", "Park", "Bildungs", "Umwelt", "Abfall",
        "Wasser", "Forschungs", "Steuer", "Eltern", "Sport", "Markt", "Reise", "Tier"};
    static final String[] LEISTUNG_ENDUNG = {"geld", "genehmigung", "schein", "erlaubnis", "anmeldung",
        "förderung", "bescheinigung", "zulassung", "register", "beihilfe", "ausweis", "abgabe"};

    /** Verrichtungen as the LeiKa names them. */
    static final String[] VERRICHTUNG = {"Erteilung", "Verlängerung", "Änderung", "Bewilligung",
        "Informationserteilung", "Entgegennahme", "Ausstellung", "Rücknahme", "Anzeige", "Widerruf",
        "Ersatzausstellung", "Löschung"};
    static final String[] VERRICHTUNGSDETAIL = {"für Privatpersonen", "für Unternehmen", "auf Antrag",
        "im Eilverfahren", "für Minderjährige"};

    /** Parts of place names, such as "Linden" + "berg". */
    static final String[] ORT_STAMM = {"Linden", "Eichen", "Birken", "Wald", "Wiesen", "Mühl", "Stein",
        "Buchen", "Rosen", "Sonnen", "Fichten", "Hasel", "Erlen", "Kirch", "Brunn", "Hohen", "Tann", "Weiden",
        "Falken", "Lerchen"};
    static final String[] ORT_ENDUNG = {"berg", "feld", "hausen", "dorf", "stadt", "heim", "bach", "au",
        "burg", "rode", "ingen", "stedt", "hagen", "beck", "kirchen"};
    static final String[] ORT_ZUSATZ = {"Alt", "Neu", "Ober", "Nieder", "Groß", "Klein", "Bad"};

    /** Endings of Onlinedienst names, such as "Wohngeld" + " digital"; empty for the bare name. */
    static final String[] DIENST_ZUSATZ = {"", " online", " digital", "-Antrag", " beantragen", " Portal"};

    /** Source prefixes of Onlinedienst ids without a developing Land: FIT-Store, Marktplatz, Bund. */
    static final String[] DIENST_QUELLE = {"FIT", "MP", "BUND"};

    /**
     * An invented but plausible Landesressort for a Themenfeld: the remit follows the Themenfeld,
     * the title the Land's tradition (Senatsverwaltung in Berlin, Behörde in Hamburg,
     * Staatsministerium in Bayern and Sachsen). Real ressort cuts differ from Land to Land and from
     * term to term, which is why the model keeps the Landesressort as free text.
     */
    static String landesressort(Bundesland land, Themenfeld themenfeld) {
        String titel;
        switch (land) {
            case BERLIN: titel = "Senatsverwaltung für "; break;
            case BREMEN: titel = "Senator für "; break;
            case HAMBURG: titel = "Behörde für "; break;
            case BAYERN:
            case SACHSEN: titel = "Staatsministerium für "; break;
            default: titel = "Ministerium für ";
        }
        return titel + ressortThema(themenfeld);
    }

    private static String ressortThema(Themenfeld themenfeld) {
        switch (themenfeld) {
            case ARBEIT_RUHESTAND: return "Arbeit und Soziales";
            case BAUEN_WOHNEN: return "Infrastruktur und Wohnen";
            case BILDUNG: return "Bildung";
            case EIN_AUSWANDERUNG: return "Inneres";
            case ENGAGEMENT_HOBBY: return "Inneres und Sport";
            case FAMILIE_KIND: return "Familie und Jugend";
            case FORSCHUNG_FOERDERUNG: return "Wissenschaft und Forschung";
            case GESUNDHEIT: return "Gesundheit und Pflege";
            case MOBILITAET_REISEN: return "Verkehr";
            case QUERSCHNITT: return "Digitales";
            case RECHT_ORDNUNG: return "Justiz";
            case STEUERN_ZOLL: return "Finanzen";
            case UMWELT: return "Umwelt und Landwirtschaft";
            default: return "Wirtschaft";
        }
    }
}
