package de.ozg.spark;

import de.ozg.core.id.Ars;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.model.Umsetzungsstand;
import de.ozg.core.ref.Flaechendeckung;
import de.ozg.core.ref.Reifegrad;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A status row as a Java bean, the row type of a {@code Dataset} ({@code Encoders.bean}): the fields
 * of {@link Umsetzungsstand} in their text forms, so that the Dataset has plain columns —
 * {@code schluessel}, {@code ars} (strings, never numbers), {@code stichtag} (date), {@code online},
 * {@code aktiv} (booleans), {@code reifegrad} ({@code V1:3}), {@code url}, {@code flaechendeckung}
 * (its code) and {@code ozgId}, the last four nullable — and can come from Parquet or any table with
 * these columns. {@link #toUmsetzungsstand()} parses strictly.
 *
 * <p>Mutable, as Spark's bean encoder needs; not thread-safe.
 */
public final class UmsetzungsstandRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String schluessel;
    private String ars;
    private LocalDate stichtag;
    private boolean online;
    private boolean aktiv = true;
    private String reifegrad;
    private String url;
    private String flaechendeckung;
    private String ozgId;

    /** An empty row, for the bean encoder. */
    public UmsetzungsstandRow() {
    }

    /**
     * The bean of a status row.
     *
     * @param s the row
     * @return the bean
     */
    public static UmsetzungsstandRow from(Umsetzungsstand s) {
        UmsetzungsstandRow r = new UmsetzungsstandRow();
        r.schluessel = s.schluessel().toString();
        r.ars = s.ars().toString();
        r.stichtag = s.stichtag();
        r.online = s.isOnline();
        r.aktiv = s.isAktiv();
        r.reifegrad = s.reifegrad().map(Reifegrad::toString).orElse(null);
        r.url = s.url().orElse(null);
        r.flaechendeckung = s.flaechendeckung().map(Flaechendeckung::code).orElse(null);
        r.ozgId = s.ozgId().map(OzgId::toString).orElse(null);
        return r;
    }

    /**
     * The status row, parsed strictly.
     *
     * @return the row
     * @throws de.ozg.core.OzgException when a field is not in its form
     * @throws NullPointerException     when a required field is missing
     */
    public Umsetzungsstand toUmsetzungsstand() {
        Umsetzungsstand.Builder b = Umsetzungsstand.builder()
                .schluessel(Leistungsschluessel.parse(Objects.requireNonNull(schluessel, "schluessel")))
                .ars(Ars.parse(Objects.requireNonNull(ars, "ars")))
                .stichtag(Objects.requireNonNull(stichtag, "stichtag")).online(online).aktiv(aktiv);
        if (reifegrad != null) {
            b.reifegrad(Reifegrad.parse(reifegrad));
        }
        if (url != null) {
            b.url(url);
        }
        if (flaechendeckung != null) {
            b.flaechendeckung(Flaechendeckung.parse(flaechendeckung));
        }
        if (ozgId != null) {
            b.ozgId(OzgId.parse(ozgId));
        }
        return b.build();
    }

    /** @return the LeiKa key */
    public String getSchluessel() {
        return schluessel;
    }

    /** @param schluessel the LeiKa key */
    public void setSchluessel(String schluessel) {
        this.schluessel = schluessel;
    }

    /** @return the ARS */
    public String getArs() {
        return ars;
    }

    /** @param ars the ARS */
    public void setArs(String ars) {
        this.ars = ars;
    }

    /** @return the Stichtag */
    public LocalDate getStichtag() {
        return stichtag;
    }

    /** @param stichtag the Stichtag */
    public void setStichtag(LocalDate stichtag) {
        this.stichtag = stichtag;
    }

    /** @return whether the service is online */
    public boolean isOnline() {
        return online;
    }

    /** @param online whether the service is online */
    public void setOnline(boolean online) {
        this.online = online;
    }

    /** @return whether the row is active */
    public boolean isAktiv() {
        return aktiv;
    }

    /** @param aktiv whether the row is active */
    public void setAktiv(boolean aktiv) {
        this.aktiv = aktiv;
    }

    /** @return the Reifegrad as {@code V1:3}, or null */
    public String getReifegrad() {
        return reifegrad;
    }

    /** @param reifegrad the Reifegrad as {@code V1:3}, or null */
    public void setReifegrad(String reifegrad) {
        this.reifegrad = reifegrad;
    }

    /** @return the URL, or null */
    public String getUrl() {
        return url;
    }

    /** @param url the URL, or null */
    public void setUrl(String url) {
        this.url = url;
    }

    /** @return the code of the Flächendeckung class, or null */
    public String getFlaechendeckung() {
        return flaechendeckung;
    }

    /** @param flaechendeckung the code of the Flächendeckung class, or null */
    public void setFlaechendeckung(String flaechendeckung) {
        this.flaechendeckung = flaechendeckung;
    }

    /** @return the OZG-ID, or null */
    public String getOzgId() {
        return ozgId;
    }

    /** @param ozgId the OZG-ID, or null */
    public void setOzgId(String ozgId) {
        this.ozgId = ozgId;
    }

    @Override
    public String toString() {
        return "UmsetzungsstandRow[" + schluessel + " @ " + ars + ", " + stichtag + (online ? ", online" : "")
                + (aktiv ? "" : ", inaktiv") + (reifegrad == null ? "" : ", " + reifegrad) + "]";
    }
}
