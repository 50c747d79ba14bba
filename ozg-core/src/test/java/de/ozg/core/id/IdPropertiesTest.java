package de.ozg.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of every identifier type: canonical round trips, strictness of parse, and the
 * contract of lenient normalisation.
 */
class IdPropertiesTest {

    // --- generators of valid values ------------------------------------------------------------

    /** A segment value that is zero half of the time, so that every level occurs often. */
    private static Gen<Integer> segment(int max) {
        return Generate.booleans().zip(integers().between(1, max), (zero, v) -> zero ? 0 : v);
    }

    static Gen<OzgId> ozgIds() {
        return integers().between(0, 99_999).map(OzgId::of);
    }

    static Gen<Leistungsschluessel> schluessel() {
        return longs().between(0, 99_999_999L).zip(segment(999), segment(999),
                (lo, v, d) -> Leistungsschluessel.of(lo * 1_000_000L + v * 1000L + (v == 0 ? 0 : d)));
    }

    static Gen<Ars> arsKeys() {
        Gen<Ars> regional = integers().between(1, 16).zip(segment(9), segment(99), segment(9999),
                (land, rb, kreis, gv) -> ((land * 10L + rb) * 100 + kreis) * 10_000 + gv)
                .zip(segment(999), (prefix, gem) -> Ars.of(prefix * 1000 + gem));
        return regional.mix(Generate.constant(Ars.BUND), 5);
    }

    static Gen<Ags> agsKeys() {
        return integers().between(1, 16).zip(segment(9), segment(99), segment(999),
                (land, rb, kreis, gem) -> Ags.of(((land * 10 + rb) * 100 + kreis) * 1000 + gem));
    }

    static Gen<FimId> fimIds() {
        Gen<String> versions = integers().between(0, 3).zip(integers().between(0, 20), integers().between(0, 120),
                (parts, major, minor) -> parts == 0 ? null
                        : parts == 1 ? String.valueOf(major)
                        : parts == 2 ? major + "." + minor : major + "." + minor + "." + (minor % 7));
        return Generate.enumValues(FimArt.class).zip(integers().between(0, 99_999_999), versions,
                (art, n, v) -> v == null ? FimId.of(art, n) : FimId.of(art, n, v));
    }

    // --- generators of arbitrary and of dirty text ---------------------------------------------

    private static final String ALPHABET = "0123456789012345678901234567890Oo .V SGFRCDx-\u00a0\u202f\u2007"
            + "\u200b\u200c\u200d\u2060\ufeff\uff10\uff11\uff15\uff19\t";

    /** Short strings over digits, blanks, invisible characters, full-width digits and FIM letters. */
    static Gen<String> noise(int maxLength) {
        return integers().between(0, maxLength).zip(longs().all(), (len, seed) -> {
            java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
            StringBuilder sb = new StringBuilder(len);
            for (int i = 0; i < len; i++) {
                sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
            return sb.toString();
        });
    }

    private static final List<String> DIRT = List.of("", "", " ", "\t", "\u00a0", "\u202f", "\u2007", "\u200b",
            "\ufeff", " \u00a0 ");

    /** Canonical text of valid values with harmless defects added: blanks, invisible chars, full-width digits, lost zeros. */
    static Gen<String> dirty(Gen<String> canonical) {
        return canonical.zip(longs().all(), IdPropertiesTest::dirtyUp);
    }

    static String dirtyUp(String text, long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        StringBuilder sb = new StringBuilder(text);
        if (r.nextInt(4) == 0 && sb.length() > 0 && sb.charAt(0) == '0') {
            sb.deleteCharAt(0);
        }
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (c >= '0' && c <= '9' && r.nextInt(6) == 0) {
                sb.setCharAt(i, (char) (c - '0' + '\uff10'));
            }
        }
        if (r.nextInt(3) == 0 && sb.length() > 1) {
            sb.insert(1 + r.nextInt(sb.length() - 1), "\u200b");
        }
        return DIRT.get(r.nextInt(DIRT.size())) + sb + DIRT.get(r.nextInt(DIRT.size()));
    }

    // --- properties ------------------------------------------------------------------------------

    @Test
    void canonicalFormRoundTrips() {
        qt().forAll(ozgIds()).check(x -> OzgId.parse(x.toString()).equals(x) && OzgId.isValid(x.toString()));
        qt().forAll(schluessel()).check(x -> Leistungsschluessel.parse(x.toString()).equals(x)
                && Leistungsschluessel.parseUrn(x.toUrn()).equals(x) && Leistungsschluessel.of(x.longValue()).equals(x));
        qt().forAll(arsKeys()).check(x -> Ars.parse(x.toString()).equals(x) && Ars.of(x.longValue()).equals(x));
        qt().forAll(agsKeys()).check(x -> Ags.parse(x.toString()).equals(x) && Ags.of(x.intValue()).equals(x));
        qt().forAll(fimIds()).check(x -> FimId.parse(x.toString()).equals(x));
    }

    @Test
    void equalValuesHaveEqualHashCodesAndOrderLikeTheirText() {
        qt().forAll(arsKeys(), arsKeys()).check((a, b) -> a.equals(b) == a.toString().equals(b.toString())
                && (!a.equals(b) || a.hashCode() == b.hashCode())
                && Integer.signum(a.compareTo(b)) == Integer.signum(a.toString().compareTo(b.toString())));
        qt().forAll(schluessel(), schluessel()).check((a, b) ->
                Integer.signum(a.compareTo(b)) == Integer.signum(a.toString().compareTo(b.toString())));
        qt().forAll(agsKeys(), agsKeys()).check((a, b) ->
                Integer.signum(a.compareTo(b)) == Integer.signum(a.toString().compareTo(b.toString())));
    }

    @Test
    void whatStrictParseAcceptsIsCanonical() {
        Gen<String> texts = noise(16);
        qt().forAll(texts).check(acceptedIsCanonical(OzgId::isValid, OzgId::parse));
        qt().forAll(texts).check(acceptedIsCanonical(Leistungsschluessel::isValid, Leistungsschluessel::parse));
        qt().forAll(texts).check(acceptedIsCanonical(Ars::isValid, Ars::parse));
        qt().forAll(texts).check(acceptedIsCanonical(Ags::isValid, Ags::parse));
        qt().forAll(texts).check(acceptedIsCanonical(FimId::isValid, FimId::parse));
        qt().forAll(dirty(schluessel().map(Object::toString))).check(
                acceptedIsCanonical(Leistungsschluessel::isValid, Leistungsschluessel::parse));
        qt().forAll(dirty(arsKeys().map(Object::toString))).check(acceptedIsCanonical(Ars::isValid, Ars::parse));
        qt().forAll(dirty(agsKeys().map(Object::toString))).check(acceptedIsCanonical(Ags::isValid, Ags::parse));
        qt().forAll(dirty(fimIds().map(Object::toString))).check(acceptedIsCanonical(FimId::isValid, FimId::parse));
    }

    /** isValid agrees with parse, and anything accepted is already in canonical form. */
    private static Predicate<String> acceptedIsCanonical(Predicate<String> isValid, Function<String, ?> parse) {
        return s -> {
            Object parsed;
            try {
                parsed = parse.apply(s);
            } catch (IdFormatException e) {
                return !isValid.test(s);
            }
            return isValid.test(s) && parsed.toString().equals(s);
        };
    }

    @Test
    void normalisationContract() {
        check(noise(16), OzgId::normalize, OzgId::isValid, OzgId::parse);
        check(dirty(ozgIds().map(Object::toString)), OzgId::normalize, OzgId::isValid, OzgId::parse);
        check(noise(16), Leistungsschluessel::normalize, Leistungsschluessel::isValid, Leistungsschluessel::parse);
        check(dirty(schluessel().map(Object::toString)), Leistungsschluessel::normalize, Leistungsschluessel::isValid,
                Leistungsschluessel::parse);
        check(noise(14), Ars::normalize, Ars::isValid, Ars::parse);
        check(dirty(arsKeys().map(Object::toString)), Ars::normalize, Ars::isValid, Ars::parse);
        check(noise(10), Ags::normalize, Ags::isValid, Ags::parse);
        check(dirty(agsKeys().map(Object::toString)), Ags::normalize, Ags::isValid, Ags::parse);
        check(noise(16), FimId::normalize, FimId::isValid, FimId::parse);
        check(dirty(fimIds().map(Object::toString)), FimId::normalize, FimId::isValid, FimId::parse);
    }

    @Test
    void dirtyValuesOfKnownKeysAreRepairedToThem() {
        // without a directory: repaired to the key, or - only when the leading zero was lost and the
        // padded key names no existing structure - left ambiguous with the key as the only candidate
        qt().forAll(agsKeys(), longs().all()).check((ags, seed) -> {
            String d = dirtyUp(ags.toString(), seed);
            Normalisierung<Ags> n = Ags.normalize(d);
            boolean repariert = n.wert().map(ags::equals).orElse(false);
            boolean mehrdeutig = n.isMehrdeutig() && n.kandidaten().equals(List.of(ags)) && !n.isErfolgreich()
                    && n.fehler().orElseThrow().violation() == IdFormatViolation.AMBIGUOUS_REPAIR
                    && !Regierungsbezirk.gibt(ags.landNummer(), ags.intValue() / 100_000 % 10);
            return repariert != mehrdeutig;
        });
        // with a directory that knows the key, the repair is always made
        qt().forAll(agsKeys(), longs().all()).check((ags, seed) -> Ags.normalize(dirtyUp(ags.toString(), seed),
                ags::equals).wert().map(ags::equals).orElse(false));
        qt().forAll(arsKeys()).check(ars -> Ars.normalize(" " + ars + "\u00a0").orElseThrow().equals(ars)
                && (ars.landNummer() >= 10 || ars.equals(Ars.BUND)
                        || Ars.normalize(ars.toString().substring(1), ars::equals).orElseThrow().equals(ars)));
    }

    /**
     * Without a directory the leading zero comes back exactly when the padded key's Land has the
     * Regierungsbezirk it names (or the key is a Land key); otherwise the outcome is ambiguous and
     * offers the padded key. A directory that does not know the padded key makes it ambiguous too.
     */
    @Test
    void leadingZeroIsRestoredOnlyWhereTheStructureExists() {
        Gen<Ars> vorNull = integers().between(1, 9).zip(segment(9), segment(99), segment(9999), segment(999),
                (land, rb, kreis, gv, gem) -> Ars.of((((land * 10L + rb) * 100 + kreis) * 10_000 + gv) * 1000 + gem));
        qt().forAll(vorNull).checkAssert(ars -> {
            String ohneNull = ars.toString().substring(1);
            Normalisierung<Ars> n = Ars.normalize(ohneNull);
            int rb = (int) (ars.longValue() / 1_000_000_000L % 10);
            boolean sicher = ars.ebene() == ArsEbene.LAND || Regierungsbezirk.gibt(ars.landNummer(), rb);
            assertEquals(sicher, n.isErfolgreich(), n.toString());
            assertEquals(!sicher, n.isMehrdeutig(), n.toString());
            assertEquals(sicher ? List.of() : List.of(ars), n.kandidaten());
            assertEquals(sicher ? List.of(Aenderung.of(AenderungsArt.RESTORED_LEADING_ZERO, 1)) : List.of(),
                    n.aenderungen());
            assertEquals(Optional.of(ohneNull), sicher ? Optional.of(n.bereinigt().orElseThrow().substring(1))
                    : n.bereinigt());
            Normalisierung<Ars> unbekannt = Ars.normalize(ohneNull, a -> false);
            assertTrue(unbekannt.isMehrdeutig() && unbekannt.kandidaten().equals(List.of(ars)), unbekannt.toString());
            assertEquals(IdFormatViolation.AMBIGUOUS_REPAIR, unbekannt.fehler().orElseThrow().violation());
        });
    }

    /** The Regierungsbezirk digits of the Destatis Gemeindeverzeichnis 2020, written out independently. */
    private static final class Regierungsbezirk {
        private static final String[] ZIFFERN = {"", "0", "0", "1234", "0", "13579", "456", "0123", "1234",
            "1234567", "0", "0", "0", "0", "567", "0", "0"};

        static boolean gibt(int land, int rb) {
            return ZIFFERN[land].indexOf((char) ('0' + rb)) >= 0;
        }
    }

    private static <T> void check(Gen<String> texts, Function<String, Normalisierung<T>> normalize,
            Predicate<String> isValid, Function<String, T> parse) {
        qt().forAll(texts).check(s -> {
            Normalisierung<T> n = normalize.apply(s);
            if (isValid.test(s)) {
                // strictly valid input: unchanged, same value
                return !n.isVeraendert() && n.wert().orElseThrow().equals(parse.apply(s));
            }
            // nothing normalisation had to change is accepted by strict parse (checked above by the
            // branch); a success strict-parses from its repaired text
            if (n.isErfolgreich() && !n.wert().orElseThrow().equals(parse.apply(n.bereinigt().orElseThrow()))) {
                return false;
            }
            if (n.isErfolgreich() && !n.wert().orElseThrow().toString().equals(n.bereinigt().orElseThrow())) {
                return false;
            }
            // idempotent: normalising the repaired text changes nothing and ends the same way
            Normalisierung<T> again = normalize.apply(n.bereinigt().orElseThrow());
            return !again.isVeraendert() && Objects.equals(again.wert(), n.wert())
                    && Objects.equals(again.fehler().map(IdFormatException::violation),
                            n.fehler().map(IdFormatException::violation));
        });
    }
}
