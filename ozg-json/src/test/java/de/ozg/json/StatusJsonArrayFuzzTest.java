package de.ozg.json;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link UmsetzungsstandReader#jsonArray} (bare arrays and status documents): any bytes end
 * in rows and findings. Replays the seeds under {@code StatusJsonArrayFuzzTestInputs/jsonArray/}.
 */
class StatusJsonArrayFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void jsonArray(byte[] data) {
        FuzzEigenschaft.statusReader(data, UmsetzungsstandReader::jsonArray);
    }
}
