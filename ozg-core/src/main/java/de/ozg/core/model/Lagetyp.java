package de.ozg.core.model;

/**
 * Whether a Lage groups services for citizens (Lebenslage, such as "Geburt") or for businesses
 * (Unternehmenslage, such as "Unternehmensgründung"). The published catalogue does not always say
 * which, so a {@link Lebenslage} may leave it open.
 */
public enum Lagetyp {
    /** A Lebenslage of citizens. */
    LEBENSLAGE,
    /** An Unternehmenslage of businesses. */
    UNTERNEHMENSLAGE
}
