package de.ozg.json.internal;

import de.ozg.core.aggregation.Kennzahlen;
import de.ozg.core.aggregation.NichtZugeordnet;
import de.ozg.core.aggregation.Stichtagsdiff;
import de.ozg.core.aggregation.Umsetzungsbild;
import de.ozg.core.aggregation.Veraenderung;
import de.ozg.core.aggregation.Zaehlregel;
import de.ozg.core.aggregation.Zeilenbilanz;
import de.ozg.core.id.Ars;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.ref.Bundesland;
import de.ozg.json.Umsetzungsbericht;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The forms of the aggregation results, in the form {@code ozg report --json} prints them; its keys
 * are a contract that scripts rely on. Results are written, not read (a counting rule is read by its
 * preset name).
 */
final class Bildformen {

    private Bildformen() {
    }

    /** A counting rule by its name: a preset's, or {@code benutzerdefiniert}. */
    static final Textform<Zaehlregel> ZAEHLREGEL = new Textform<>(Zaehlregel.class, "Zaehlregel", "dashboard-online",
            Zaehlregel::name, Zaehlregel::parse);

    /** The figures of a group, written inline into the group's row. */
    static final Objektform<Kennzahlen> KENNZAHLEN_WERTE = Objektform.von(Kennzahlen.class, "Kennzahlen")
            .pflicht("ozgLeistungenOnline", Skalare.ANZAHL, k -> (long) k.ozgLeistungenOnline())
            .pflicht("leikaGemeldet", Skalare.ANZAHL, k -> (long) k.leikaGemeldet())
            .pflicht("leikaOnline", Skalare.ANZAHL, k -> (long) k.leikaOnline())
            .pflicht("leikaRelevant", Skalare.ANZAHL, k -> (long) k.leikaRelevant())
            .pflicht("leikaFlaechendeckend", Skalare.ANZAHL, k -> (long) k.leikaFlaechendeckend())
            .pflicht("abdeckung", Skalare.ANTEIL, Kennzahlen::abdeckung)
            .pflicht("reifegrade", new Listenform<>(Skalare.ANZAHL), k -> k.verteilung().proStufe())
            .nurSchreiben();

    /** The figures of a group on their own: the group's code and name, then the figures. */
    static final Objektform<Kennzahlen> KENNZAHLEN = Objektform.von(Kennzahlen.class, "Kennzahlen")
            .pflicht("gruppe", Skalare.TEXT, Kennzahlen::gruppe)
            .pflicht("bezeichnung", Skalare.TEXT, Kennzahlen::bezeichnung)
            .eingebettet(KENNZAHLEN_WERTE, k -> k)
            .nurSchreiben();

    static final Objektform<NichtZugeordnet> NICHT_ZUGEORDNET = Objektform.von(NichtZugeordnet.class,
            "NichtZugeordnet")
            .pflicht("grund", Skalare.TEXT, n -> n.grund().name())
            .pflicht("zeilen", Skalare.ANZAHL, NichtZugeordnet::zeilen)
            .pflicht("beispiele", new Listenform<>(Skalare.TEXT), NichtZugeordnet::beispiele)
            .nurSchreiben();

    static final Objektform<Zeilenbilanz> ZEILENBILANZ = Objektform.von(Zeilenbilanz.class, "Zeilenbilanz")
            .pflicht("gesamt", Skalare.ANZAHL, Zeilenbilanz::gesamt)
            .pflicht("abgewiesen", Skalare.ANZAHL, Zeilenbilanz::abgewiesen)
            .pflicht("online", Skalare.ANZAHL, Zeilenbilanz::online)
            .pflicht("offline", Skalare.ANZAHL, Zeilenbilanz::offline)
            .pflicht("inaktiv", Skalare.ANZAHL, Zeilenbilanz::inaktiv)
            .pflicht("nichtOk", Skalare.ANZAHL, Zeilenbilanz::nichtOk)
            .pflicht("nichtZugeordnet", new Listenform<>(NICHT_ZUGEORDNET), Zeilenbilanz::nichtZugeordnet)
            .nurSchreiben();

    /** One field per kind of change, named by the constant in lower case ({@code neu}, {@code entfallen} …). */
    static final Objektform<Stichtagsdiff> STICHTAGSDIFF = stichtagsdiff();

    private static Objektform<Stichtagsdiff> stichtagsdiff() {
        Objektform.Tabelle<Stichtagsdiff> t = Objektform.von(Stichtagsdiff.class, "Stichtagsdiff")
                .pflicht("zeilenAlt", Skalare.ANZAHL, Stichtagsdiff::zeilenAlt)
                .pflicht("zeilenNeu", Skalare.ANZAHL, Stichtagsdiff::zeilenNeu)
                .pflicht("onlineAlt", Skalare.ANZAHL, Stichtagsdiff::onlineAlt)
                .pflicht("onlineNeu", Skalare.ANZAHL, Stichtagsdiff::onlineNeu);
        for (Veraenderung.Art art : Veraenderung.Art.values()) {
            t.pflicht(art.name().toLowerCase(Locale.ROOT), Skalare.ANZAHL, d -> d.anzahl(art));
        }
        return t.pflicht("auffaellig", Skalare.WAHR, Stichtagsdiff::isAuffaellig).nurSchreiben();
    }

    /** The catalogue at a glance. */
    private static final Objektform<OzgKatalog> KATALOGZAHLEN = Objektform.von(OzgKatalog.class, "Katalog")
            .pflicht("stand", Skalare.DATUM, OzgKatalog::stand)
            .pflicht("ozgLeistungen", Skalare.ANZAHL, k -> (long) k.leistungen().size())
            .pflicht("leikaLeistungen", Skalare.ANZAHL, k -> (long) k.anzahlLeikaLeistungen())
            .pflicht("ohneSchluessel", Skalare.ANZAHL, OzgKatalog::anzahlOhneSchluessel)
            .pflicht("themenfelder", Skalare.ANZAHL, k -> (long) k.themenfelder().size())
            .nurSchreiben();

    static final Objektform<Umsetzungsbericht.Themenfeldzeile> THEMENFELDZEILE = Objektform.von(
            Umsetzungsbericht.Themenfeldzeile.class, "Themenfeldzeile")
            .pflicht("themenfeld", Skalare.TEXT, z -> z.themenfeld().bezeichnung())
            .pflicht("nummer", Skalare.ANZAHL, z -> (long) z.themenfeld().nummer())
            .pflicht("ozgLeistungen", Skalare.ANZAHL, z -> (long) z.ozgLeistungen())
            .pflicht("leikaLeistungen", Skalare.ANZAHL, z -> (long) z.leikaLeistungen())
            .eingebettet(KENNZAHLEN_WERTE, z -> z.kennzahlen().orElse(null))
            .nurSchreiben();

    /** One Land's row: code, name, figures, and how many services are flächendeckend in the Land. */
    private record Landzeile(Bundesland land, Kennzahlen kennzahlen, int flaechendeckend) {
    }

    private static final Objektform<Landzeile> LANDZEILE = Objektform.von(Landzeile.class, "Landzeile")
            .pflicht("land", Skalare.TEXT, z -> z.land().code())
            .pflicht("name", Skalare.TEXT, z -> z.land().bezeichnung())
            .eingebettet(KENNZAHLEN_WERTE, Landzeile::kennzahlen)
            .pflicht("flaechendeckend", Skalare.ANZAHL, z -> (long) z.flaechendeckend())
            .nurSchreiben();

    private static List<Landzeile> laender(Umsetzungsbild bild) {
        List<Landzeile> zeilen = new ArrayList<>();
        for (Map.Entry<Bundesland, Kennzahlen> e : bild.proLand().entrySet()) {
            zeilen.add(new Landzeile(e.getKey(), e.getValue(), bild.anzahlFlaechendeckend(Ars.of(e.getKey()))));
        }
        return zeilen;
    }

    /** The figures of an Umsetzungsbild that follow the Themenfelder: per Land, in all, and the rows. */
    private static final Objektform<Umsetzungsbild> BILDZAHLEN = Objektform.von(Umsetzungsbild.class,
            "Umsetzungsbild")
            .pflicht("laender", new Listenform<>(LANDZEILE), Bildformen::laender)
            .pflicht("gesamt", KENNZAHLEN_WERTE, Umsetzungsbild::gesamt)
            .pflicht("zeilen", ZEILENBILANZ, Umsetzungsbild::zeilenbilanz)
            .nurSchreiben();

    static final Objektform<Umsetzungsbild> UMSETZUNGSBILD = Objektform.von(Umsetzungsbild.class,
            "Umsetzungsbild")
            .pflicht("regel", ZAEHLREGEL, Umsetzungsbild::regel)
            .pflicht("katalog", KATALOGZAHLEN, Umsetzungsbild::katalog)
            .pflicht("themenfelder", new Listenform<>(THEMENFELDZEILE),
                    b -> Umsetzungsbericht.of(b, de.ozg.core.validation.Pruefbericht.empty()).themenfelder())
            .eingebettet(BILDZAHLEN, b -> b)
            .nurSchreiben();

    static final Objektform<Umsetzungsbericht.Statusdatei> STATUSDATEI = Objektform.von(
            Umsetzungsbericht.Statusdatei.class, "Statusdatei")
            .pflicht("datei", Skalare.TEXT, Umsetzungsbericht.Statusdatei::datei)
            .pflicht("format", Skalare.TEXT, Umsetzungsbericht.Statusdatei::format)
            .pflicht("gesamt", Skalare.ANZAHL, Umsetzungsbericht.Statusdatei::gesamt)
            .pflicht("abgewiesen", Skalare.ANZAHL, Umsetzungsbericht.Statusdatei::abgewiesen)
            .pflicht("inZahlen", Skalare.WAHR, Umsetzungsbericht.Statusdatei::inZahlen)
            .nurSchreiben();

    /** The report's row balance: the Zeilenbilanz with the records the readers rejected, then the files. */
    private static final Objektform<Umsetzungsbericht> BERICHTSZEILEN = Objektform.von(Umsetzungsbericht.class,
            "Zeilen")
            .eingebettet(ZEILENBILANZ, b -> b.zeilenbilanz().orElse(null))
            .pflicht("dateien", new Listenform<>(STATUSDATEI), Umsetzungsbericht::dateien)
            .nurSchreiben();

    static final Objektform<Umsetzungsbericht> UMSETZUNGSBERICHT = Objektform.von(Umsetzungsbericht.class,
            "Umsetzungsbericht")
            .pflicht("regel", ZAEHLREGEL, Umsetzungsbericht::regel)
            .pflicht("katalog", KATALOGZAHLEN, Umsetzungsbericht::katalog)
            .pflicht("themenfelder", new Listenform<>(THEMENFELDZEILE), Umsetzungsbericht::themenfelder)
            .optional("laender", new Listenform<>(LANDZEILE), b -> b.bild().map(Bildformen::laender).orElse(null))
            .optional("gesamt", KENNZAHLEN_WERTE, b -> b.bild().map(Umsetzungsbild::gesamt).orElse(null))
            .optional("zeilen", BERICHTSZEILEN, b -> b.bild().isPresent() ? b : null)
            .optional("diff", STICHTAGSDIFF, b -> b.diff().orElse(null))
            .pflicht("befunde", Berichtsformen.ZUSAMMENFASSUNG, b -> b.pruefbericht().zusammenfassung())
            .nurSchreiben();

    static final List<Form<?>> ALLE = List.of(ZAEHLREGEL, KENNZAHLEN, NICHT_ZUGEORDNET, ZEILENBILANZ, STICHTAGSDIFF,
            THEMENFELDZEILE, STATUSDATEI, UMSETZUNGSBILD, UMSETZUNGSBERICHT);
}
