package de.ozg.spark;

import de.ozg.core.validation.Befund;
import de.ozg.core.validation.Fundstelle;
import de.ozg.core.validation.Severity;
import java.io.Serializable;

/**
 * A finding as a Java bean, the row type of the findings {@code Dataset}: the file, the physical
 * line (and column or JSON Pointer) of the whole file, the rule id, the severity, the value and the
 * messages in German and English.
 *
 * <p>Mutable, as Spark's bean encoder needs; not thread-safe.
 */
public final class BefundRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String datei;
    private Long zeile;
    private String spalte;
    private String pointer;
    private String regelId;
    private String severity;
    private String wert;
    private String meldungDe;
    private String meldungEn;

    /** An empty row, for the bean encoder. */
    public BefundRow() {
    }

    /**
     * The bean of a finding.
     *
     * @param datei the file it was found in
     * @param b     the finding
     * @return the bean
     */
    public static BefundRow from(String datei, Befund b) {
        BefundRow r = new BefundRow();
        Fundstelle f = b.fundstelle();
        r.datei = datei;
        r.zeile = f.line().isPresent() ? f.line().getAsLong() : null;
        r.spalte = f.spalte().orElse(null);
        r.pointer = f.pointer().orElse(null);
        r.regelId = b.regelId();
        r.severity = b.severity().name();
        r.wert = b.wert().orElse(null);
        r.meldungDe = b.meldungDe();
        r.meldungEn = b.meldungEn();
        return r;
    }

    /**
     * The finding, with the file as the source of its location.
     *
     * @return the finding
     */
    public Befund toBefund() {
        Fundstelle f = zeile == null ? Fundstelle.unbekannt() : Fundstelle.ofLine(zeile);
        if (spalte != null) {
            f = f.withSpalte(spalte);
        }
        if (pointer != null) {
            f = f.withPointer(pointer);
        }
        if (datei != null) {
            f = f.withQuelle(datei);
        }
        return Befund.builder().regelId(regelId).severity(Severity.valueOf(severity)).fundstelle(f).wert(wert)
                .meldung(meldungDe, meldungEn).build();
    }

    /** @return the file */
    public String getDatei() {
        return datei;
    }

    /** @param datei the file */
    public void setDatei(String datei) {
        this.datei = datei;
    }

    /** @return the physical line, or null */
    public Long getZeile() {
        return zeile;
    }

    /** @param zeile the physical line, or null */
    public void setZeile(Long zeile) {
        this.zeile = zeile;
    }

    /** @return the column, or null */
    public String getSpalte() {
        return spalte;
    }

    /** @param spalte the column, or null */
    public void setSpalte(String spalte) {
        this.spalte = spalte;
    }

    /** @return the JSON Pointer, or null */
    public String getPointer() {
        return pointer;
    }

    /** @param pointer the JSON Pointer, or null */
    public void setPointer(String pointer) {
        this.pointer = pointer;
    }

    /** @return the rule id */
    public String getRegelId() {
        return regelId;
    }

    /** @param regelId the rule id */
    public void setRegelId(String regelId) {
        this.regelId = regelId;
    }

    /** @return the severity's name */
    public String getSeverity() {
        return severity;
    }

    /** @param severity the severity's name */
    public void setSeverity(String severity) {
        this.severity = severity;
    }

    /** @return the offending value, or null */
    public String getWert() {
        return wert;
    }

    /** @param wert the offending value, or null */
    public void setWert(String wert) {
        this.wert = wert;
    }

    /** @return the German message */
    public String getMeldungDe() {
        return meldungDe;
    }

    /** @param meldungDe the German message */
    public void setMeldungDe(String meldungDe) {
        this.meldungDe = meldungDe;
    }

    /** @return the English message */
    public String getMeldungEn() {
        return meldungEn;
    }

    /** @param meldungEn the English message */
    public void setMeldungEn(String meldungEn) {
        this.meldungEn = meldungEn;
    }
}
