package de.ozg.core.archfixture.internal;

/** Public, but needed by no other package than through the leak in {@code Schlecht}. */
public final class Helfer {

    public static Helfer of() {
        return new Helfer();
    }
}
