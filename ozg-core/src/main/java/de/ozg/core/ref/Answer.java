package de.ozg.core.ref;

/**
 * The answer to a yes/no question that the reference data does not always settle: whether a
 * Reifegrad counts as online or OZG-konform (model 2.0 publishes no such rule), whether a phase
 * means a service is online (Umsetzung and Roll-out do not say).
 *
 * <p>An enum rather than {@code Optional<Boolean>}, so that the third state has a name and a
 * caller's {@code switch} must decide it.
 */
public enum Answer {
    /** The data says yes. */
    YES,
    /** The data says no. */
    NO,
    /** The data does not settle the question; the caller decides, the library does not guess. */
    UNDETERMINED;

    /**
     * @param value a settled answer
     * @return {@link #YES} for true, {@link #NO} for false
     */
    public static Answer of(boolean value) {
        return value ? YES : NO;
    }

    /** @return whether the answer is {@link #YES} or {@link #NO} */
    public boolean isDetermined() {
        return this != UNDETERMINED;
    }

    /**
     * @param otherwise the answer to assume when the data does not settle it
     * @return true for {@link #YES}, false for {@link #NO}, {@code otherwise} for {@link #UNDETERMINED}
     */
    public boolean orElse(boolean otherwise) {
        return switch (this) {
            case YES -> true;
            case NO -> false;
            case UNDETERMINED -> otherwise;
        };
    }
}
