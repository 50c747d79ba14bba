package de.ozg.core.ref;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The versions of the reference tables this library ships, so that an application can log or
 * display which state of the reference data (ministry reorganisations, Federführung tandems …) its
 * results rest on. Each table is a resource with a {@code # version:}, {@code # stand:} and
 * {@code # quelle:} header; this class reads those headers on first use.
 *
 * <p>Stateless utility; the returned values are immutable and thread-safe.
 */
public final class Referenzdaten {

    /** Every reference table of this package; a new table is added here and nowhere else. */
    private static final List<String> TABELLEN = List.of(
            "bundesressorts.tsv",
            "federfuehrung.tsv");

    private Referenzdaten() {
    }

    /**
     * The version header of every reference table, keyed by resource name (such as
     * {@code "bundesressorts.tsv"}), in a stable order.
     *
     * @return an immutable map from resource name to its version
     * @throws UnknownReferenceException with {@link ReferenceViolation#BROKEN_RESOURCE} if a table is
     *                                   missing (a defect of the build)
     */
    public static Map<String, Tabellenversion> versionen() {
        return Holder.VERSIONEN;
    }

    /**
     * The version header of one reference table: the data version, the date or period the data
     * describes ({@code stand}) and where the facts come from ({@code quelle}). Immutable and
     * thread-safe.
     */
    public static final class Tabellenversion {
        private final String resource;
        private final String version;
        private final String stand;
        private final String quelle;

        private Tabellenversion(String resource, String version, String stand, String quelle) {
            this.resource = resource;
            this.version = version;
            this.stand = stand;
            this.quelle = quelle;
        }

        /**
         * The resource name, such as {@code "bundesressorts.tsv"}.
         *
         * @return the name
         */
        public String resource() {
            return resource;
        }

        /**
         * The data version, raised with every change of the table's content.
         *
         * @return the version
         */
        public String version() {
            return version;
        }

        /**
         * The date or period the data describes.
         *
         * @return the Stand
         */
        public String stand() {
            return stand;
        }

        /**
         * Where the facts come from.
         *
         * @return the Quelle
         */
        public String quelle() {
            return quelle;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Tabellenversion t)) {
                return false;
            }
            return resource.equals(t.resource) && version.equals(t.version) && stand.equals(t.stand)
                    && quelle.equals(t.quelle);
        }

        @Override
        public int hashCode() {
            return Objects.hash(resource, version, stand, quelle);
        }

        /** The resource, version and Stand, such as {@code "bundesressorts.tsv 1 (2025-05-06)"}. */
        @Override
        public String toString() {
            return resource + " " + version + " (" + stand + ")";
        }
    }

    private static final class Holder {
        static final Map<String, Tabellenversion> VERSIONEN = lade();

        private static Map<String, Tabellenversion> lade() {
            Map<String, Tabellenversion> m = new LinkedHashMap<>();
            for (String name : TABELLEN) {
                Referenztabelle t = Referenztabelle.lade(name);
                m.put(name, new Tabellenversion(name, t.version(), t.stand(), t.quelle()));
            }
            return java.util.Collections.unmodifiableMap(m);
        }

        private Holder() {
        }
    }
}
