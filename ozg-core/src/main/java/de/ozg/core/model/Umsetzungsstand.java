package de.ozg.core.model;

import de.ozg.core.id.Ars;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.ref.Flaechendeckung;
import de.ozg.core.ref.Reifegrad;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One status row of the OZG-Dashboard: the state of one LeiKa service in one Gebiet (ARS) at a
 * Stichtag — whether it is online, how mature, under which URL, and how the dashboard classed its
 * Flächendeckung. A Stichtag holds one row per LeiKa service and Gemeinde, so tens of millions of
 * these stream through aggregation.
 *
 * <p>Written by hand rather than generated, to stay small on that hot path: no boxed primitives,
 * the optional parts stored as nullable references behind {@code Optional} accessors, and key and
 * ARS also held as numbers ({@link #schluesselLongValue()}, {@link #arsLongValue()}), so that a loop
 * over millions of rows reads them from the row itself instead of following a reference from each
 * row to its key and its Gebiet. Rows at Kreis, Land or Bund level (ARS {@code 000000000000})
 * stand for every Gemeinde under them. Immutable and thread-safe.
 */
public final class Umsetzungsstand {

    private final Leistungsschluessel schluessel;
    private final Ars ars;
    private final long schluesselWert;
    private final long arsWert;
    private final LocalDate stichtag;
    private final boolean online;
    private final boolean aktiv;
    private final Reifegrad reifegrad;
    private final String url;
    private final Flaechendeckung flaechendeckung;
    private final OzgId ozgId;

    private Umsetzungsstand(Builder b) {
        this.schluessel = Objects.requireNonNull(b.schluessel, "Umsetzungsstand.schluessel");
        this.ars = Objects.requireNonNull(b.ars, "Umsetzungsstand.ars");
        this.schluesselWert = schluessel.longValue();
        this.arsWert = ars.longValue();
        this.stichtag = Objects.requireNonNull(b.stichtag, "Umsetzungsstand.stichtag");
        this.online = b.online;
        this.aktiv = b.aktiv;
        this.reifegrad = b.reifegrad;
        this.url = b.url == null || ModellException.isBlank(b.url) ? null : b.url;
        this.flaechendeckung = b.flaechendeckung;
        this.ozgId = b.ozgId;
    }

    /**
     * A row with the required parts: active, with no Reifegrad, URL, class or OZG-ID.
     *
     * @param schluessel the LeiKa key
     * @param ars        the Gebiet
     * @param stichtag   the Stichtag (datenstand)
     * @param online     whether the dashboard reports the service online ({@code online_status = ok})
     * @return the row
     */
    public static Umsetzungsstand of(Leistungsschluessel schluessel, Ars ars, LocalDate stichtag, boolean online) {
        return builder().schluessel(schluessel).ars(ars).stichtag(stichtag).online(online).build();
    }

    /**
     * A fresh builder; {@code aktiv} defaults to true, {@code online} to false.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder initialised with this row's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return builder().schluessel(schluessel).ars(ars).stichtag(stichtag).online(online).aktiv(aktiv)
                .reifegrad(reifegrad).url(url).flaechendeckung(flaechendeckung).ozgId(ozgId);
    }

    /** @return the LeiKa key ({@code leika_key}) */
    public Leistungsschluessel schluessel() {
        return schluessel;
    }

    /** @return the Gebiet ({@code ars}); a Kreis, Land or the Bund key covers every Gemeinde under it */
    public Ars ars() {
        return ars;
    }

    /**
     * The LeiKa key as a number, without a reference to follow: for loops over many rows.
     *
     * @return {@code schluessel().longValue()}
     */
    public long schluesselLongValue() {
        return schluesselWert;
    }

    /**
     * The ARS as a number, without a reference to follow: for loops over many rows.
     *
     * @return {@code ars().longValue()}
     */
    public long arsLongValue() {
        return arsWert;
    }

    /** @return the Stichtag ({@code datenstand}) */
    public LocalDate stichtag() {
        return stichtag;
    }

    /** @return whether the service is reported online ({@code online_status = ok}) */
    public boolean isOnline() {
        return online;
    }

    /** @return whether the dashboard entry is active ({@code aktiv}) */
    public boolean isAktiv() {
        return aktiv;
    }

    /** @return the Reifegrad, when reported */
    public Optional<Reifegrad> reifegrad() {
        return Optional.ofNullable(reifegrad);
    }

    /**
     * The Reifegrad or null: for hot loops that must not allocate.
     *
     * @return the Reifegrad, or null
     */
    public Reifegrad reifegradOrNull() {
        return reifegrad;
    }

    /** @return the URL of the online service, when reported */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    /** @return the dashboard's Flächendeckung class ({@code art_flaechendeckung}), when reported */
    public Optional<Flaechendeckung> flaechendeckung() {
        return Optional.ofNullable(flaechendeckung);
    }

    /** @return the OZG-ID of the bundle the service belongs to, when the source gives it */
    public Optional<OzgId> ozgId() {
        return Optional.ofNullable(ozgId);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Umsetzungsstand that)) {
            return false;
        }
        return online == that.online && aktiv == that.aktiv && schluessel.equals(that.schluessel)
                && ars.equals(that.ars) && stichtag.equals(that.stichtag)
                && Objects.equals(reifegrad, that.reifegrad) && Objects.equals(url, that.url)
                && flaechendeckung == that.flaechendeckung && Objects.equals(ozgId, that.ozgId);
    }

    @Override
    public int hashCode() {
        int h = schluessel.hashCode();
        h = 31 * h + ars.hashCode();
        h = 31 * h + stichtag.hashCode();
        h = 31 * h + Boolean.hashCode(online);
        h = 31 * h + Boolean.hashCode(aktiv);
        h = 31 * h + Objects.hashCode(reifegrad);
        h = 31 * h + Objects.hashCode(url);
        h = 31 * h + Objects.hashCode(flaechendeckung);
        return 31 * h + Objects.hashCode(ozgId);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Umsetzungsstand{").append(schluessel).append(" @ ").append(ars)
                .append(", ").append(stichtag).append(online ? ", online" : ", offline");
        if (!aktiv) {
            sb.append(", inaktiv");
        }
        if (reifegrad != null) {
            sb.append(", Reifegrad ").append(reifegrad);
        }
        if (flaechendeckung != null) {
            sb.append(", ").append(flaechendeckung);
        }
        if (ozgId != null) {
            sb.append(", OZG-ID ").append(ozgId);
        }
        if (url != null) {
            sb.append(", ").append(url);
        }
        return sb.append('}').toString();
    }

    /** Builds an {@link Umsetzungsstand}; not thread-safe, reusable after {@link #build()}. */
    public static final class Builder {
        private Leistungsschluessel schluessel;
        private Ars ars;
        private LocalDate stichtag;
        private boolean online;
        private boolean aktiv = true;
        private Reifegrad reifegrad;
        private String url;
        private Flaechendeckung flaechendeckung;
        private OzgId ozgId;

        private Builder() {
        }

        /** @param value the LeiKa key @return this */
        public Builder schluessel(Leistungsschluessel value) {
            this.schluessel = value;
            return this;
        }

        /** @param value the ARS @return this */
        public Builder ars(Ars value) {
            this.ars = value;
            return this;
        }

        /** @param value the Stichtag @return this */
        public Builder stichtag(LocalDate value) {
            this.stichtag = value;
            return this;
        }

        /** @param value online_status = ok @return this */
        public Builder online(boolean value) {
            this.online = value;
            return this;
        }

        /** @param value aktiv @return this */
        public Builder aktiv(boolean value) {
            this.aktiv = value;
            return this;
        }

        /** @param value the Reifegrad, may be null @return this */
        public Builder reifegrad(Reifegrad value) {
            this.reifegrad = value;
            return this;
        }

        /** @param value the URL, may be null or blank for none @return this */
        public Builder url(String value) {
            this.url = value;
            return this;
        }

        /** @param value the Flächendeckung class, may be null @return this */
        public Builder flaechendeckung(Flaechendeckung value) {
            this.flaechendeckung = value;
            return this;
        }

        /** @param value the OZG-ID, may be null @return this */
        public Builder ozgId(OzgId value) {
            this.ozgId = value;
            return this;
        }

        /**
         * Builds the row.
         *
         * @return the row
         * @throws NullPointerException when key, ARS or Stichtag is missing
         */
        public Umsetzungsstand build() {
            return new Umsetzungsstand(this);
        }
    }
}
