package de.ozg.core.examples;

import de.ozg.core.model.Gebietsverzeichnis;
import de.ozg.core.model.ModellViolation;
import de.ozg.core.model.OzgKatalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Deterministic example values of every identifier, reference value and entity of the library,
 * for downstream test suites – in the spirit of libphonenumber's example numbers, but drawn at
 * random from the real structure: OZG-IDs mostly in 10000–10999, LeiKa keys of all three
 * LeiKa-Typen with Bund prefix {@code 99} and some regional ones, ARS and AGS of every level and
 * all 16 Länder (Regierungsbezirke only where the Land has them), catalogues over all Themenfelder
 * with unique keys, Gebietsverzeichnisse with Kreise, Gemeindeverbände and Gemeinden, status
 * rows with dashboard-like shares, and the reuse side of EfA: Onlinedienste with their
 * Nachnutzungen and Länder's Nachnutzungsübersichten. Every valid value satisfies the invariants of
 * its type and, for Onlinedienste, every class-level Bean Validation constraint of the model;
 * {@link UngueltigeKennungen} and {@link Verstossbeispiele} give values that break exactly one rule.
 *
 * <p>This class is the entry point: it owns the generator and hands out one generator per area,
 * {@link #kennungen()}, {@link #katalog()}, {@link #gebiete()}, {@link #status()},
 * {@link #nachnutzung()}, {@link #ungueltige()} and {@link #verstoesse()}, which all draw from it.
 *
 * <pre>{@code
 * Beispiele beispiele = Beispiele.ofSeed(42);
 * OzgKatalog katalog = beispiele.katalog().katalog(50);
 * Ars wohnort = beispiele.kennungen().ars(ArsEbene.GEMEINDE);
 * }</pre>
 *
 * <p><b>Determinism.</b> With the same library version, the same seed gives the same sequence of
 * values, on every JDK: {@link #ofSeed(long)} uses {@link SplittableRandom}, whose algorithm
 * (SplitMix64) is specified, and all drawing goes through {@link RandomGenerator#nextLong()} only,
 * never through the JDK's bounded helpers. A new library version may change the sequence (new
 * fields, better shares); pin the version when tests compare against stored values. With
 * {@link #of(RandomGenerator)} the sequence is as stable as the generator passed in: prefer named
 * algorithms such as {@code RandomGeneratorFactory.of("L64X128MixRandom").create(seed)} over
 * {@code RandomGenerator.getDefault()}, whose algorithm may change between JDKs.
 *
 * <p><b>Not thread-safe.</b> A {@code Beispiele} advances its generator with every call, like the
 * generator itself; give each thread (and each property-test sample) its own instance. The order of
 * calls matters: inserting a call changes all later values. The values it returns are immutable and
 * thread-safe; so are the streams of {@link Statusbeispiele#umsetzungsstaende(OzgKatalog,
 * Gebietsverzeichnis, LocalDate)}, which take a seed when they are created and then run independently.
 *
 * <p>The library wraps no test framework: a jqwik arbitrary, a QuickTheories {@code Gen} or a plain
 * JUnit loop maps a seed to {@code Beispiele.ofSeed(seed).kennungen().x()}. Each entity type is one
 * method of its area, built from the identifier and reference methods, so a further entity is one
 * more method of that kind; an invariant it enforces becomes one more case of
 * {@link Verstossbeispiele#modellVerstoss(ModellViolation)} and one more entry of
 * {@link Verstossbeispiele#modellViolationen()}.
 */
public final class Beispiele {

    private final Kennungsbeispiele kennungen;
    private final Katalogbeispiele katalog;
    private final Gebietsbeispiele gebiete;
    private final Statusbeispiele status;
    private final Nachnutzungsbeispiele nachnutzung;
    private final UngueltigeKennungen ungueltige;
    private final Verstossbeispiele verstoesse;

    private Beispiele(RandomGenerator generator) {
        Zufall z = new Zufall(generator);
        this.kennungen = new Kennungsbeispiele(z);
        this.katalog = new Katalogbeispiele(z, this);
        this.gebiete = new Gebietsbeispiele(z, this);
        this.status = new Statusbeispiele(z, this);
        this.nachnutzung = new Nachnutzungsbeispiele(z, this);
        this.ungueltige = new UngueltigeKennungen(z, this);
        this.verstoesse = new Verstossbeispiele(z, this);
    }

    /**
     * Examples from a {@link SplittableRandom} with the given seed: the same seed gives the same
     * values with the same library version, on every JDK.
     *
     * @param seed the seed
     * @return a fresh, not thread-safe instance
     */
    public static Beispiele ofSeed(long seed) {
        return new Beispiele(new SplittableRandom(seed));
    }

    /**
     * Examples drawn from the given generator, which this instance advances (and shares with any
     * other user of it). Only {@link RandomGenerator#nextLong()} is called.
     *
     * @param generator the generator
     * @return a fresh, not thread-safe instance
     */
    public static Beispiele of(RandomGenerator generator) {
        return new Beispiele(generator);
    }

    /**
     * {@code n} values of one kind, such as {@code beispiele.list(1000, b -> b.kennungen().ars())}.
     *
     * @param <T>      the value type
     * @param n        how many, at least 0
     * @param erzeuger the method that makes one value
     * @return an unmodifiable list
     */
    public <T> List<T> list(int n, Function<Beispiele, T> erzeuger) {
        pruefeBereich("n", n, 0, Integer.MAX_VALUE);
        List<T> werte = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            werte.add(erzeuger.apply(this));
        }
        return Collections.unmodifiableList(werte);
    }

    /** @return identifiers and reference values */
    public Kennungsbeispiele kennungen() {
        return kennungen;
    }

    /** @return catalogue entities: Lebenslagen, LeiKa services, OZG-Leistungen, catalogues */
    public Katalogbeispiele katalog() {
        return katalog;
    }

    /** @return Gebiete and Gebietsverzeichnisse */
    public Gebietsbeispiele gebiete() {
        return gebiete;
    }

    /** @return status rows and streams of them */
    public Statusbeispiele status() {
        return status;
    }

    /** @return Onlinedienste, Nachnutzungen and Nachnutzungsübersichten */
    public Nachnutzungsbeispiele nachnutzung() {
        return nachnutzung;
    }

    /** @return invalid and repairable identifier texts */
    public UngueltigeKennungen ungueltige() {
        return ungueltige;
    }

    /** @return builds that break one model invariant or one Bean Validation constraint */
    public Verstossbeispiele verstoesse() {
        return verstoesse;
    }

    static void pruefeBereich(String name, int wert, int von, int bis) {
        if (wert < von || wert > bis) {
            throw new IllegalArgumentException(name + " must be from " + von + " to " + bis + ", was " + wert);
        }
    }
}
