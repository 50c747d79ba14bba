package de.ozg.json;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link UmsetzungsstandReader#jsonLines}: any bytes end in rows and findings. Replays the
 * seeds under {@code StatusJsonLinesFuzzTestInputs/jsonLines/} as a regression test; see
 * {@code FUZZING.md} for fuzzing mode.
 */
class StatusJsonLinesFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void jsonLines(byte[] data) {
        FuzzEigenschaft.statusReader(data, UmsetzungsstandReader::jsonLines);
    }
}
