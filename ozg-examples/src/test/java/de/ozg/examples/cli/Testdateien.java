package de.ozg.examples.cli;

import de.ozg.core.id.Ars;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Reifegrad;
import de.ozg.json.OzgJson;
import de.ozg.json.UmsetzungsstandWriter;
import de.ozg.json.quellen.CsvSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** Small crafted input files of every format {@code ozg} reads, written into a test's directory. */
final class Testdateien {

    static final String KATALOG_KOPF = "Themenfeld,Lebenslage,OZG-ID,OZG-Leistung,LeiKa-Schlüssel,LeiKa-Bezeichnung,"
            + "LeiKa-Typ,Rechtsgrundlage(n),Gesetz(e),Gesetzeskürzel,SDG1-Relevanz,SDG2-Relevanz";

    /** Two Themenfelder, three OZG-Leistungen, five LeiKa services; one cell spans two physical lines. */
    static final List<String> KATALOG_ZEILEN = List.of(
            "Familie & Kind,Geburt,10000,Elterngeld,99041006000000,Elterngeld,2/3,\"§ 1 BEEG\nund § 4 BEEG\","
                    + "Bundeselterngeld- und Elternzeitgesetz,BEEG,1,0",
            "Familie & Kind,Geburt,10000,Elterngeld,99041006013000,Elterngeld Informationserteilung,2/3,§ 23 BEEG,"
                    + "Bundeselterngeld- und Elternzeitgesetz,BEEG,1,0",
            "Familie & Kind,Geburt,10001,Kindergeld,99041008000000,Kindergeld,1,§ 62 EStG,Einkommensteuergesetz,EStG,1,0",
            "Mobilität & Reisen,Umzug,10420,Meldebescheinigung,99115005000000,Meldebescheinigung,3,§ 18 BMG,"
                    + "Bundesmeldegesetz,BMG,1,0",
            "Mobilität & Reisen,Umzug,10420,Meldebescheinigung,99115005001000,Meldebescheinigung erteilen,3,§ 18 BMG,"
                    + "Bundesmeldegesetz,BMG,1,0");

    /** The catalogue's keys, used by the status rows. */
    static final Leistungsschluessel ELTERNGELD = Leistungsschluessel.parse("99041006000000");
    static final Leistungsschluessel MELDEBESCHEINIGUNG = Leistungsschluessel.parse("99115005000000");

    static final String GV_KOPF = "satzart,textkennzeichen,land,rb,kreis,vb,gemeinde,gemeindename,flaeche,bevoelkerung";
    /** Two Länder: Nordrhein-Westfalen with Düsseldorf and Duisburg, Sachsen-Anhalt with Dessau-Roßlau. */
    static final List<String> GV_ZEILEN = List.of(
            "10,,05,,,,,Nordrhein-Westfalen,,",
            "20,,05,1,,,,Reg.-Bez. Düsseldorf,,",
            "40,41,05,1,11,,,\"Düsseldorf, Stadt\",,",
            "50,50,05,1,11,0000,,\"Düsseldorf, Stadt\",,",
            "60,61,05,1,11,0000,000,\"Düsseldorf, Stadt\", 217.41,\" 621 877\"",
            "40,41,05,1,12,,,\"Duisburg, Stadt\",,",
            "50,50,05,1,12,0000,,\"Duisburg, Stadt\",,",
            "60,61,05,1,12,0000,000,\"Duisburg, Stadt\", 232.82,\" 498 686\"",
            "10,,15,,,,,Sachsen-Anhalt,,",
            "40,41,15,0,01,,,\"Dessau-Roßlau, Stadt\",,",
            "50,50,15,0,01,0000,,\"Dessau-Roßlau, Stadt\",,",
            "60,61,15,0,01,0000,000,\"Dessau-Roßlau, Stadt\", 244.74,\" 79 354\"");

    static final Ars DUESSELDORF = Ars.parse("051110000000");
    static final Ars DUISBURG = Ars.parse("051120000000");
    static final Ars DESSAU = Ars.parse("150010000000");
    static final LocalDate STICHTAG_ALT = LocalDate.of(2023, 1, 31);
    static final LocalDate STICHTAG_NEU = LocalDate.of(2023, 5, 31);

    private Testdateien() {
    }

    static String zeilen(String kopf, List<String> zeilen) {
        return kopf + "\n" + String.join("\n", zeilen) + "\n";
    }

    static Path schreibe(Path verzeichnis, String name, String inhalt) {
        try {
            return Files.writeString(verzeichnis.resolve(name), inhalt, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path katalog(Path verzeichnis) {
        return schreibe(verzeichnis, "katalog.csv", zeilen(KATALOG_KOPF, KATALOG_ZEILEN));
    }

    static Path gebiete(Path verzeichnis) {
        return schreibe(verzeichnis, "gv.csv", zeilen(GV_KOPF, GV_ZEILEN));
    }

    static Umsetzungsstand zeile(Leistungsschluessel schluessel, Ars ars, LocalDate stichtag, String reifegrad) {
        Umsetzungsstand.Builder b = Umsetzungsstand.builder().schluessel(schluessel).ars(ars).stichtag(stichtag)
                .online(reifegrad != null);
        if (reifegrad != null) {
            b.reifegrad(Reifegrad.parse(reifegrad));
        }
        return b.build();
    }

    /**
     * The earlier Stichtag: Elterngeld online in Düsseldorf and Dessau at V1:2, nothing else.
     *
     * @return the rows
     */
    static List<Umsetzungsstand> standAlt() {
        return List.of(zeile(ELTERNGELD, DUESSELDORF, STICHTAG_ALT, "V1:2"),
                zeile(ELTERNGELD, DESSAU, STICHTAG_ALT, "V1:2"));
    }

    /**
     * The later Stichtag: Elterngeld now at V1:3 in Dessau, still V1:2 in Düsseldorf and new in Duisburg
     * at V1:2, so that NRW is flächendeckend; the Meldebescheinigung goes online in Dessau at V1:3.
     *
     * @return the rows
     */
    static List<Umsetzungsstand> standNeu() {
        return List.of(zeile(ELTERNGELD, DUESSELDORF, STICHTAG_NEU, "V1:2"),
                zeile(ELTERNGELD, DUISBURG, STICHTAG_NEU, "V1:2"),
                zeile(ELTERNGELD, DESSAU, STICHTAG_NEU, "V1:3"),
                zeile(MELDEBESCHEINIGUNG, DESSAU, STICHTAG_NEU, "V1:3"));
    }

    static Path status(Path verzeichnis, String name, Function<OutputStream, UmsetzungsstandWriter> form,
            List<Umsetzungsstand> zeilen) {
        Path datei = verzeichnis.resolve(name);
        try (OutputStream out = Files.newOutputStream(datei); UmsetzungsstandWriter w = form.apply(out)) {
            zeilen.forEach(w::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return datei;
    }

    static Path katalogJson(Path verzeichnis) {
        OzgKatalog katalog = CsvSource.umsetzungskatalog().read(katalog(verzeichnis), LocalDate.of(2019, 12, 31))
                .model();
        Path datei = verzeichnis.resolve("katalog.json");
        try (OutputStream out = Files.newOutputStream(datei)) {
            OzgJson.writeKatalog(katalog, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return datei;
    }

    /** Replaces the only occurrence of {@code alt} in the file, failing when it is not exactly once there. */
    static Path ersetze(Path datei, String alt, String neu) {
        try {
            String inhalt = Files.readString(datei, StandardCharsets.UTF_8);
            int i = inhalt.indexOf(alt);
            if (i < 0 || inhalt.indexOf(alt, i + 1) >= 0) {
                throw new AssertionError("expected exactly one '" + alt + "' in " + inhalt);
            }
            return Files.writeString(datei, inhalt.substring(0, i) + neu + inhalt.substring(i + alt.length()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based physical line of the first occurrence of {@code text} in the file. */
    static long zeileVon(Path datei, String text) {
        try {
            String inhalt = Files.readString(datei, StandardCharsets.UTF_8);
            int i = inhalt.indexOf(text);
            if (i < 0) {
                throw new AssertionError("'" + text + "' not in " + inhalt);
            }
            return inhalt.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
