package de.ozg.core.id;

import de.ozg.core.ref.Bundesland;

/**
 * Which Regierungsbezirk digits (the third digit of an ARS or AGS) occur below Land level in each
 * Land, as the Destatis Gemeindeverzeichnis lists them (GV-ISys, Gebietsstand 31.12.2020): 0 where a
 * Land has no Regierungsbezirke; 1 to 4 in Niedersachsen (the former Regierungsbezirke, kept as
 * statistical regions), 1, 3, 5, 7, 9 in Nordrhein-Westfalen, 4 to 6 in Hessen, 0 to 3 in
 * Rheinland-Pfalz (0 for the gemeinsames deutsch-luxemburgisches Hoheitsgebiet), 1 to 4 in
 * Baden-Württemberg, 1 to 7 in Bayern, 5 to 7 in Sachsen (the former Direktionsbezirke).
 *
 * <p>Lenient normalisation asks this table, when no Gebietsverzeichnis is at hand, whether a
 * restored leading zero gives a key of an existing structure: {@code 15002000000} padded to
 * {@code 015002000000} would name a Regierungsbezirk 5 of Schleswig-Holstein, which does not exist,
 * so that repair is not offered as certain. The table changes only with a reform of the
 * Regierungsbezirke, rarer than any Gebietsreform of Kreise or Gemeinden; a key it accepts may still
 * name no Gebiet, which only a Gebietsverzeichnis can tell.
 */
final class Regierungsbezirke {

    /** Bit {@code d} of entry {@code land} is set when Regierungsbezirk digit {@code d} occurs. */
    private static final short[] ZIFFERN = {
        0,
        bits("0"), bits("0"), bits("1234"), bits("0"), bits("13579"), bits("456"), bits("0123"), bits("1234"),
        bits("1234567"), bits("0"), bits("0"), bits("0"), bits("0"), bits("567"), bits("0"), bits("0")};

    private Regierungsbezirke() {
    }

    private static short bits(String ziffern) {
        int b = 0;
        for (char c : ziffern.toCharArray()) {
            b |= 1 << (c - '0');
        }
        return (short) b;
    }

    /**
     * Why a key given by its Land number, Regierungsbezirk digit and whether it lies below Land
     * level names no existing structure, or null when it does.
     */
    static Text zweifel(int land, int rb, boolean unterLand) {
        if (land == 0) {
            return Text.of("repair.reason.bund");
        }
        if (!unterLand || (ZIFFERN[land] & 1 << rb) != 0) {
            return null;
        }
        Bundesland l = Bundesland.ofNummer(land);
        return Text.of("repair.reason.structure", l.code(), l.bezeichnung(), rb);
    }
}
