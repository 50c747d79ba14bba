package de.ozg.examples.cli;

/** The Levenshtein distance, for suggesting a rule id close to a mistyped one. */
final class Editierabstand {

    private Editierabstand() {
    }

    /**
     * The number of single-character insertions, deletions and substitutions that turn one text
     * into the other.
     *
     * @param a one text
     * @param b the other
     * @return the distance, 0 for equal texts
     */
    static int von(String a, String b) {
        int[] vorher = new int[b.length() + 1];
        int[] jetzt = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            vorher[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            jetzt[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int ersetzen = vorher[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                jetzt[j] = Math.min(ersetzen, Math.min(vorher[j] + 1, jetzt[j - 1] + 1));
            }
            int[] t = vorher;
            vorher = jetzt;
            jetzt = t;
        }
        return vorher[b.length()];
    }
}
