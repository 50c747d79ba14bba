package de.ozg.json;

import de.ozg.core.examples.Beispiele;
import de.ozg.core.id.Ars;
import de.ozg.core.id.ArsEbene;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.model.Nachnutzung;
import de.ozg.core.model.NachnutzungsStatus;
import de.ozg.core.model.Nachnutzungseintrag;
import de.ozg.core.model.Nachnutzungskategorie;
import de.ozg.core.model.Nachnutzungsuebersicht;
import de.ozg.core.model.Onlinedienst;
import de.ozg.core.model.Phase;
import de.ozg.core.ref.Nachnutzungsmodell;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Example values of the reuse model for the tests of this module, built from the identifiers and
 * reference values of ozg-core's {@link Beispiele} (which has no Onlinedienst methods yet), plus
 * texts with the characters JSON must escape. Deterministic per seed; not thread-safe.
 */
final class Nachnutzungsbeispiele {

    /** Characters that JSON escapes or that tend to break hand-written writers. */
    private static final int[] HEIKEL = {'"', '\\', '/', '\t', '\n', '\r', 0x01, 0x1F, 0x7F, 0x00A0, 0x2028, 0x2029,
        0x1F600, 0xFEFF, '<', '&', '\'', 'ä', 'ß', '€'};
    private static final String[] NAMEN = {"ElterngeldDigital", "Wohngeld", "Hundesteuer", "Parkausweis",
        "Bauantrag", "Gewerbeanmeldung"};

    final Beispiele beispiele;
    private final SplittableRandom r;

    Nachnutzungsbeispiele(long seed) {
        this.beispiele = Beispiele.ofSeed(seed);
        this.r = new SplittableRandom(~seed);
    }

    /** A generator of seeds mapped to values: the failing seed is printed by QuickTheories. */
    static <T> Gen<T> gen(java.util.function.Function<Nachnutzungsbeispiele, T> f) {
        return Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE).map(seed -> f.apply(new Nachnutzungsbeispiele(seed)));
    }

    /** A generator of ozg-core example values by seed. */
    static <T> Gen<T> core(java.util.function.Function<Beispiele, T> f) {
        return Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE).map(seed -> f.apply(Beispiele.ofSeed(seed)));
    }

    int zahl(int n) {
        return r.nextInt(n);
    }

    boolean ja() {
        return r.nextBoolean();
    }

    /** A non-blank text that often holds characters JSON has to escape. */
    String text() {
        StringBuilder sb = new StringBuilder(NAMEN[r.nextInt(NAMEN.length)]);
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(r.nextInt(2) == 0 ? HEIKEL[r.nextInt(HEIKEL.length)] : 'a' + r.nextInt(26));
        }
        return sb.toString();
    }

    /** An id: no blanks or control characters, but quotes, backslashes and non-ASCII letters. */
    String id() {
        String[] teile = {"fit", "ST", "mp", "\"q\"", "a\\b", "ä", "\uD83D\uDE00", "-", "_", "/"};
        StringBuilder sb = new StringBuilder("od");
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            sb.append(teile[r.nextInt(teile.length)]);
        }
        return sb.append(r.nextInt(100_000)).toString();
    }

    NachnutzungsStatus status() {
        NachnutzungsStatus[] alle = NachnutzungsStatus.values();
        return alle[r.nextInt(alle.length)];
    }

    Nachnutzung nachnutzung() {
        ArsEbene[] ebenen = {ArsEbene.LAND, ArsEbene.KREIS, ArsEbene.GEMEINDEVERBAND, ArsEbene.GEMEINDE};
        Nachnutzung.Builder b = Nachnutzung.builder().nachnutzer(beispiele.kennungen().ars(ebenen[r.nextInt(ebenen.length)]))
                .status(status());
        if (ja()) {
            b.datum(beispiele.kennungen().datum());
        }
        return b.build();
    }

    /** Known categories under their name, known codes under another name, and a Land's own. */
    Nachnutzungskategorie kategorie() {
        List<Nachnutzungskategorie> bekannte = Nachnutzungskategorie.bekannte();
        Nachnutzungskategorie k = bekannte.get(r.nextInt(bekannte.size()));
        switch (r.nextInt(4)) {
            case 0: return Nachnutzungskategorie.of(k.code(), text());
            case 1: return Nachnutzungskategorie.of("eigene_" + r.nextInt(100), text());
            case 2: return Nachnutzungskategorie.parse(text());
            default: return k;
        }
    }

    Phase phase() {
        List<Phase> bekannte = Phase.bekannte();
        Phase p = bekannte.get(r.nextInt(bekannte.size()));
        switch (r.nextInt(4)) {
            case 0: return Phase.of(p.code(), text());
            case 1: return Phase.of("online", "Betrieb");
            case 2: return Phase.parse(text());
            default: return p;
        }
    }

    Onlinedienst onlinedienst() {
        return onlinedienst(id());
    }

    Onlinedienst onlinedienst(String id) {
        Nachnutzungsmodell modell = beispiele.kennungen().nachnutzungsmodell();
        Onlinedienst.Builder b = Onlinedienst.builder().id(id).bezeichnung(text()).nachnutzungsmodell(modell)
                .isOzgKonformGemeldet(ja());
        if (modell == Nachnutzungsmodell.EFA || ja()) {
            b.entwickelndesLand(beispiele.kennungen().bundesland());
        }
        if (ja()) {
            b.reifegrad(beispiele.kennungen().reifegrad());
        }
        if (ja()) {
            b.zielReifegrad(beispiele.kennungen().reifegrad());
        }
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            b.addLeistungsschluessel(beispiele.kennungen().leistungsschluessel());
        }
        n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
            b.addOzgIds(beispiele.kennungen().ozgId());
        }
        if (ja()) {
            b.url(URI.create((ja() ? "https" : "HTTP") + "://dienst" + r.nextInt(1000) + ".example"
                    + (ja() ? "/antrag?land=" + r.nextInt(17) + "&x=%C3%A4#start" : "")));
        }
        Set<Ars> nachnutzer = new HashSet<>();
        n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
            Nachnutzung nn = nachnutzung();
            if (nachnutzer.add(nn.nachnutzer())) {
                b.addNachnutzungen(nn);
            }
        }
        return b.build();
    }

    Nachnutzungseintrag eintrag() {
        return eintrag(beispiele.kennungen().ozgId(), ja() ? Optional.of(beispiele.kennungen().leistungsschluessel()) : Optional.empty(),
                Optional.empty());
    }

    Nachnutzungseintrag eintrag(OzgId ozgId, Optional<Leistungsschluessel> schluessel, Optional<String> dienst) {
        Nachnutzungseintrag.Builder b = Nachnutzungseintrag.builder().ozgId(ozgId).leistungsschluessel(schluessel)
                .kategorie(kategorie()).isOzgBooster(ja()).isFokusleistung(ja());
        if (ja()) {
            b.priorisierung(beispiele.kennungen().priorisierung());
        }
        if (ja()) {
            b.phase(phase());
        }
        if (ja()) {
            b.landesressort(text());
        }
        if (dienst.isPresent()) {
            b.onlinedienstId(dienst.get());
        } else if (r.nextInt(4) == 0) {
            b.onlinedienstId(id());
        }
        return b.build();
    }

    List<Onlinedienst> onlinedienste(int max) {
        List<Onlinedienst> dienste = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int n = r.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            String id = id();
            if (ids.add(id)) {
                dienste.add(onlinedienst(id));
            }
        }
        return dienste;
    }

    Nachnutzungsuebersicht nachnutzungsuebersicht() {
        List<Onlinedienst> dienste = onlinedienste(4);
        Nachnutzungsuebersicht.Builder b = Nachnutzungsuebersicht.builder().land(beispiele.kennungen().bundesland())
                .stand(beispiele.kennungen().datum()).addAllOnlinedienste(dienste);
        Set<String> paare = new HashSet<>();
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) {
            OzgId id = beispiele.kennungen().ozgId();
            Optional<Leistungsschluessel> k = ja() ? Optional.of(beispiele.kennungen().leistungsschluessel()) : Optional.empty();
            Optional<String> dienst = !dienste.isEmpty() && ja()
                    ? Optional.of(dienste.get(r.nextInt(dienste.size())).id()) : Optional.empty();
            if (paare.add(id + "/" + k)) {
                b.addEintraege(eintrag(id, k, dienst));
            }
        }
        return b.build();
    }

    Onlinedienstverzeichnis onlinedienstverzeichnis() {
        return Onlinedienstverzeichnis.of(beispiele.kennungen().datum(), onlinedienste(6));
    }
}
