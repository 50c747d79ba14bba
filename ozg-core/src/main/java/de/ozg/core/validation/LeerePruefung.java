package de.ozg.core.validation;

/** The check behind {@link Pruefung#empty()}; a run recognises it by identity and skips it. */
final class LeerePruefung implements Pruefung<Object> {

    static final LeerePruefung INSTANCE = new LeerePruefung();

    private LeerePruefung() {
    }

    @Override
    public void check(Object datensatz, Kontext kontext) {
        // reports nothing: the rule's findings come from outside the run
    }

    @Override
    public String toString() {
        return "Pruefung.empty()";
    }
}
