package de.ozg.core.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import de.ozg.core.id.IdFormatException;
import de.ozg.core.id.IdFormatViolation;
import de.ozg.core.id.IdTyp;
import de.ozg.core.id.Normalisierung;
import de.ozg.core.model.Gebiet;
import de.ozg.core.model.Nachnutzung;
import de.ozg.core.model.Nachnutzungseintrag;
import de.ozg.core.model.Nachnutzungsuebersicht;
import de.ozg.core.model.Onlinedienst;
import de.ozg.core.model.ModellException;
import de.ozg.core.model.ModellViolation;
import de.ozg.core.model.OzgKatalog;
import de.ozg.core.model.OzgLeistung;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Shows how a property-test suite wraps the generators: a QuickTheories {@code Gen} of seeds mapped
 * to {@code Beispiele.ofSeed(seed).x()}; a failing sample is reproduced from its seed alone.
 */
class BeispielePropertiesTest {

    private static final Gen<Long> SEEDS = Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE);

    private static <T> Gen<T> aus(Function<Beispiele, T> erzeuger) {
        return SEEDS.map(seed -> erzeuger.apply(Beispiele.ofSeed(seed)));
    }

    /** Every (type, violation) pair a text can cause. */
    private static List<Object[]> paare() {
        List<Object[]> paare = new ArrayList<>();
        for (IdTyp typ : IdTyp.values()) {
            for (IdFormatViolation v : UngueltigeBeispiele.violationen(typ)) {
                paare.add(new Object[] {typ, v});
            }
        }
        return paare;
    }

    @Test
    void generatedIdentifiersRoundTripStrictly() {
        qt().forAll(aus(b -> List.of(b.kennungen().ozgId(), b.kennungen().leistungsschluessel(), b.kennungen().ars(), b.kennungen().ags(), b.kennungen().fimId())))
                .checkAssert(ids -> {
                    assertEquals(ids.get(0), de.ozg.core.id.OzgId.parse(ids.get(0).toString()));
                    assertEquals(ids.get(1), de.ozg.core.id.Leistungsschluessel.parse(ids.get(1).toString()));
                    assertEquals(ids.get(2), de.ozg.core.id.Ars.parse(ids.get(2).toString()));
                    assertEquals(ids.get(3), de.ozg.core.id.Ags.parse(ids.get(3).toString()));
                    assertEquals(ids.get(4), de.ozg.core.id.FimId.parse(ids.get(4).toString()));
                });
    }

    @Test
    void generatedEntitiesSatisfyEveryInvariant() {
        qt().withExamples(200).forAll(aus(b -> b.katalog().katalog(30))).checkAssert(k -> {
            // rebuilding runs every @Value.Check again, also of the bundles and services
            OzgKatalog neu = OzgKatalog.builder().from(k).leistungen(k.leistungen().stream()
                    .map(l -> OzgLeistung.builder().from(l).build()).toList()).build();
            assertEquals(k, neu);
            assertEquals(k.anzahlLeikaLeistungen() - k.anzahlOhneSchluessel(), k.schluessel().size());
            k.leistungen().forEach(l -> assertEquals(l.themenfeld(), l.lebenslage().themenfeld()));
        });
        qt().withExamples(200).forAll(aus(x -> x.gebiete().gebiet())).checkAssert(g -> {
            assertEquals(g, Gebiet.builder().from(g).build());
            assertTrue(g.ars().ebene().compareTo(g.ebene()) <= 0);
            g.ags().ifPresent(a -> assertTrue(a.matches(g.ars())));
        });
    }

    @Test
    void invalidExamplesAreRejectedByExactlyTheirRule() {
        Gen<UngueltigesBeispiel> gen = SEEDS.zip(Generate.pick(paare()), (seed, paar) ->
                Beispiele.ofSeed(seed).ungueltige().ungueltig((IdTyp) paar[0], (IdFormatViolation) paar[1]));
        qt().withExamples(2000).forAll(gen).checkAssert(b -> {
            IdFormatException e = assertThrows(IdFormatException.class, b::parseStrict, b.toString());
            assertEquals(b.violation(), e.violation(), b + ": " + e.getMessage());
            assertEquals(b.idTyp(), e.idTyp());
        });
    }

    @Test
    void repairableExamplesNormaliseToTheExpectedValue() {
        List<IdTyp> typen = List.of(IdTyp.OZG_ID, IdTyp.LEISTUNGSSCHLUESSEL, IdTyp.ARS, IdTyp.AGS, IdTyp.FIM_ID);
        Gen<ReparierbaresBeispiel> gen = SEEDS.zip(Generate.pick(typen),
                (seed, typ) -> Beispiele.ofSeed(seed).ungueltige().reparierbar(typ));
        qt().withExamples(2000).forAll(gen).checkAssert(b -> {
            assertThrows(IdFormatException.class, b::parseStrict, b.toString());
            Normalisierung<?> n = b.normalize();
            assertEquals(b.erwartet(), n.wert().map(Object::toString).orElse(null), b + ": " + n);
            assertEquals(b.aenderungen(), n.aenderungen(), b.toString());
        });
    }

    @Test
    void modelViolationsBreakExactlyTheirInvariant() {
        Gen<ModellVerstoss> gen = SEEDS.zip(Generate.pick(List.copyOf(Verstossbeispiele.modellViolationen())),
                (seed, v) -> Beispiele.ofSeed(seed).verstoesse().modellVerstoss(v));
        qt().withExamples(500).forAll(gen).checkAssert(v -> {
            v.buildValid();
            ModellException e = assertThrows(ModellException.class, v::buildInvalid, v.toString());
            assertEquals(v.violation(), e.violation(), v + ": " + e.getMessage());
        });
        assertTrue(Verstossbeispiele.modellViolationen().contains(ModellViolation.BLANK_TEXT));
    }

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void generatedReuseValuesSatisfyEveryInvariantAndConstraint() {
        qt().withExamples(300).forAll(aus(b -> List.of(b.nachnutzung().onlinedienst(), b.nachnutzung().onlinedienst(), b.nachnutzung().onlinedienst())))
                .checkAssert(dienste -> dienste.forEach(d -> {
                    assertEquals(Set.of(), VALIDATOR.validate(d), d.toString());
                    // rebuilding runs every @Value.Check again, also of the Nachnutzungen
                    assertEquals(d, Onlinedienst.builder().from(d).nachnutzungen(d.nachnutzungen().stream()
                            .map(n -> Nachnutzung.builder().from(n).build()).toList()).build());
                    BeispieleTest.pruefeDienst(d);
                }));
        qt().withExamples(100).forAll(aus(x -> x.nachnutzung().nachnutzungsuebersicht())).checkAssert(u -> {
            Nachnutzungsuebersicht neu = Nachnutzungsuebersicht.builder().from(u)
                    .eintraege(u.eintraege().stream().map(e -> Nachnutzungseintrag.builder().from(e).build()).toList())
                    .onlinedienste(u.onlinedienste().stream().map(d -> Onlinedienst.builder().from(d).build()).toList())
                    .build();
            assertEquals(u, neu);
            u.onlinedienste().forEach(d -> assertEquals(Set.of(), VALIDATOR.validate(d), d.toString()));
            u.eintraege().forEach(e -> assertEquals(Set.of(), VALIDATOR.validate(e), e.toString()));
        });
        qt().withExamples(300).forAll(aus(x -> x.nachnutzung().nachnutzungseintrag()))
                .checkAssert(e -> assertEquals(e, Nachnutzungseintrag.builder().from(e).build()));
    }

    @Test
    void onlinedienstExamplesBreakExactlyTheirConstraint() {
        Gen<OnlinedienstVerstoss> gen = SEEDS.zip(Generate.pick(Verstossbeispiele.onlinedienstConstraints()),
                (seed, c) -> Beispiele.ofSeed(seed).verstoesse().onlinedienstVerstoss(c));
        qt().withExamples(600).forAll(gen).checkAssert(v -> {
            assertEquals(Set.of(), VALIDATOR.validate(v.gueltig()), v.toString());
            Set<ConstraintViolation<Onlinedienst>> befunde = VALIDATOR.validate(v.ungueltig());
            assertEquals(1, befunde.size(), v + ": " + befunde);
            ConstraintViolation<Onlinedienst> befund = befunde.iterator().next();
            assertEquals(v.constraint(), befund.getConstraintDescriptor().getAnnotation().annotationType(), v.toString());
            assertEquals(v.pfad(), befund.getPropertyPath().toString(), v.toString());
        });
    }
}
