package de.ozg.core.archfixture.internal;

/** Public, yet used by no other package: should be package-private. */
public final class Einsam {

    static Einsam of() {
        return new Einsam();
    }
}
