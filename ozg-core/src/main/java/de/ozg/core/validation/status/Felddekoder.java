package de.ozg.core.validation.status;

import de.ozg.core.OzgException;
import de.ozg.core.id.Ars;
import de.ozg.core.id.Leistungsschluessel;
import de.ozg.core.id.OzgId;
import de.ozg.core.ref.Bundesland;
import de.ozg.core.ref.Flaechendeckung;
import de.ozg.core.ref.Reifegrad;
import de.ozg.core.ref.ReifegradModell;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Converts the text of a status field into its value, sharing instances per distinct text: the
 * conversions behind {@link MutableStatusRow}, one per row and thus per reader. Every method returns null
 * for a text that does not convert. Not thread-safe.
 */
final class Felddekoder {

    private static final Flaechendeckung[] KLASSEN = Flaechendeckung.values();
    /** The codes of {@link #KLASSEN} as characters, compared with the input in one go. */
    private static final char[][] KLASSEN_CODES = codes();
    /** The same codes as bytes, for text given as bytes. */
    private static final byte[][] KLASSEN_BYTES = codeBytes();
    /** Per length the indexes of the codes of that length. */
    private static final int[][] KLASSEN_NACH_LAENGE = nachLaenge();
    /** The Reifegrade of the canonical texts {@code V1:0}…{@code V1:4}, {@code V2:0}…{@code V2:7}, by model and level. */
    private static final Reifegrad[][] REIFEGRADE = {stufen(ReifegradModell.V1, 4), stufen(ReifegradModell.V2, 7)};

    private final Zeichenfolge zeichen = new Zeichenfolge();
    private final Datumscache daten;
    private final Kennungscache<Leistungsschluessel> schluesselCache;
    private final Kennungscache<Ars> arsCache;
    private final Kennungscache<OzgId> ozgIdCache;
    private int letzteKlasse;
    /** Texts of classes other than the codes, with their class (null: none), a few at most. */
    private final String[] gesehenTexte = new String[8];
    private final Flaechendeckung[] gesehenKlassen = new Flaechendeckung[8];
    private int gesehen;
    private String letzterLandText;
    private Bundesland letztesLand;

    /**
     * @param deutsch whether dates may also be {@code dd.mm.yyyy}
     * @param teilen  whether identifiers are shared per distinct text (a few hundred kilobytes of
     *                caches once filled, which pays from a few hundred rows on)
     */
    Felddekoder(boolean deutsch, boolean teilen) {
        this.daten = new Datumscache(deutsch);
        this.schluesselCache = new Kennungscache<>(teilen ? 4096 : 0, Leistungsschluessel::isValid,
                Leistungsschluessel::parse);
        this.arsCache = new Kennungscache<>(teilen ? 8192 : 0, Ars::isValid, Ars::parse);
        this.ozgIdCache = new Kennungscache<>(teilen ? 1024 : 0, OzgId::isValid, OzgId::parse);
    }

    /** A window onto the characters, valid until the next call. */
    Zeichenfolge zeichen(char[] chars, int offset, int length) {
        return zeichen.set(chars, offset, length);
    }

    /** The text copied into a reused buffer, valid until the next call. */
    Zeichenfolge zeichen(CharSequence text) {
        return zeichen.kopiere(text);
    }

    /** The bytes as characters (ISO-8859-1) in a reused buffer, valid until the next call. */
    Zeichenfolge zeichen(byte[] b, int off, int n) {
        return zeichen.kopiere(b, off, n);
    }

    Leistungsschluessel schluessel(byte[] b, int off, int n) {
        return schluesselCache.get(b, off, n);
    }

    Ars ars(byte[] b, int off, int n) {
        return arsCache.get(b, off, n);
    }

    OzgId ozgId(byte[] b, int off, int n) {
        return ozgIdCache.get(b, off, n);
    }

    LocalDate datum(byte[] b, int off, int n) {
        return daten.get(b, off, n);
    }

    /** {@link #reifegrad(Zeichenfolge)} of the bytes: the canonical texts without a copy. */
    Reifegrad reifegrad(byte[] b, int off, int n) {
        if (n == 4 && b[off] == 'V' && b[off + 2] == ':') {
            int modell = b[off + 1] - '0';
            int stufe = b[off + 3] - '0';
            if (modell == 1 && stufe >= 0 && stufe <= 4 || modell == 2 && stufe >= 0 && stufe <= 7) {
                return REIFEGRADE[modell - 1][stufe];
            }
        }
        return reifegrad(zeichen(b, off, n));
    }

    /** {@link #klasse(Zeichenfolge)} of the bytes: the codes compared on the bytes, other texts as characters. */
    Flaechendeckung klasse(byte[] b, int off, int n) {
        // the codes differ in length but for two: the length finds the one or two to compare
        if (n < KLASSEN_NACH_LAENGE.length) {
            for (int i : KLASSEN_NACH_LAENGE[n]) {
                if (Bytefolge.gleich(b, off, n, KLASSEN_BYTES[i])) {
                    return KLASSEN[i];
                }
            }
        }
        return klasse(zeichen(b, off, n));
    }

    Leistungsschluessel schluessel(Zeichenfolge z) {
        return schluesselCache.get(z);
    }

    Ars ars(Zeichenfolge z) {
        return arsCache.get(z);
    }

    OzgId ozgId(Zeichenfolge z) {
        return ozgIdCache.get(z);
    }

    LocalDate datum(Zeichenfolge z) {
        return daten.get(z);
    }

    static Reifegrad reifegrad(Zeichenfolge z) {
        if (z.length() == 4 && z.charAt(0) == 'V' && z.charAt(2) == ':') {
            int modell = z.charAt(1) - '0';
            int stufe = z.charAt(3) - '0';
            if (modell == 1 && stufe >= 0 && stufe <= 4 || modell == 2 && stufe >= 0 && stufe <= 7) {
                return REIFEGRADE[modell - 1][stufe];
            }
        }
        try {
            return Reifegrad.parse(z.toString());
        } catch (OzgException e) {
            return null;
        }
    }

    Flaechendeckung klasse(Zeichenfolge z) {
        // rows of one Ebene follow each other, so the last class usually matches at once
        if (z.contentEquals(KLASSEN_CODES[letzteKlasse])) {
            return KLASSEN[letzteKlasse];
        }
        for (int i = 0; i < KLASSEN.length; i++) {
            if (z.contentEquals(KLASSEN_CODES[i])) {
                letzteKlasse = i;
                return KLASSEN[i];
            }
        }
        // other spellings (the dashboard's texts, which the CSV export writes) go through the
        // tolerant lookup once per distinct text: it builds search keys for every class per call
        for (int i = 0; i < gesehen; i++) {
            if (z.contentEquals(gesehenTexte[i])) {
                return gesehenKlassen[i];
            }
        }
        String text = z.toString();
        Flaechendeckung f = Flaechendeckung.find(text).orElse(null);
        if (gesehen < gesehenTexte.length) {
            gesehenTexte[gesehen] = text;
            gesehenKlassen[gesehen++] = f;
        }
        return f;
    }

    /** The Land a text names, or null; the text is remembered as {@link #landText()}. */
    Bundesland land(Zeichenfolge z) {
        if (letzterLandText != null && z.contentEquals(letzterLandText)) {
            return letztesLand;
        }
        letzterLandText = z.toString();
        letztesLand = Bundesland.find(letzterLandText).orElse(null);
        return letztesLand;
    }

    /** The text of the last call of {@link #land}. */
    String landText() {
        return letzterLandText;
    }

    /** Whether the text holds only whitespace (NBSP included): a blank CSV cell. */
    static boolean istLeer(Zeichenfolge z) {
        for (int i = 0; i < z.length(); i++) {
            if (!Character.isWhitespace(z.charAt(i)) && z.charAt(i) != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    /** Whether the text is {@code wort} ignoring case and surrounding blanks (CSV tokens). */
    static boolean gleich(Zeichenfolge z, String wort) {
        int von = 0;
        int bis = z.length();
        while (von < bis && z.charAt(von) == ' ') {
            von++;
        }
        while (bis > von && z.charAt(bis - 1) == ' ') {
            bis--;
        }
        if (bis - von != wort.length()) {
            return false;
        }
        for (int i = 0; i < wort.length(); i++) {
            if (Character.toLowerCase(z.charAt(von + i)) != wort.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static Reifegrad[] stufen(ReifegradModell modell, int bis) {
        Reifegrad[] r = new Reifegrad[bis + 1];
        for (int i = 0; i <= bis; i++) {
            r[i] = Reifegrad.of(modell, i);
        }
        return r;
    }

    private static int[][] nachLaenge() {
        int max = 0;
        for (byte[] c : KLASSEN_BYTES) {
            max = Math.max(max, c.length);
        }
        int[][] t = new int[max + 1][0];
        for (int i = 0; i < KLASSEN_BYTES.length; i++) {
            int n = KLASSEN_BYTES[i].length;
            t[n] = java.util.Arrays.copyOf(t[n], t[n].length + 1);
            t[n][t[n].length - 1] = i;
        }
        return t;
    }

    private static byte[][] codeBytes() {
        byte[][] codes = new byte[KLASSEN.length][];
        for (int i = 0; i < KLASSEN.length; i++) {
            codes[i] = KLASSEN[i].code().getBytes(StandardCharsets.ISO_8859_1);
        }
        return codes;
    }

    private static char[][] codes() {
        char[][] codes = new char[KLASSEN.length][];
        for (int i = 0; i < KLASSEN.length; i++) {
            codes[i] = KLASSEN[i].code().toCharArray();
        }
        return codes;
    }
}
