package de.ozg.core.archfixture;

import de.ozg.core.archfixture.internal.Helfer;
import java.util.Optional;

/** Breaks each naming and layout rule once, so that {@code ArchitectureRulesTest} sees the rules fail. */
public class Schlecht {

    public static Schlecht mitSeed(long seed) {
        return new Schlecht();
    }

    public static Schlecht fromText(String text) {
        return new Schlecht();
    }

    public Optional<Boolean> isOffen() {
        return Optional.empty();
    }

    public Helfer helfer() {
        return Helfer.of();
    }
}
