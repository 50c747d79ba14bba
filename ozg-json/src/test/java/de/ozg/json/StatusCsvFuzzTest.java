package de.ozg.json;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link UmsetzungsstandReader#csv}, the dashboard export: any bytes end in rows and
 * findings. Replays the seeds under {@code StatusCsvFuzzTestInputs/csv/}.
 */
class StatusCsvFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void csv(byte[] data) {
        FuzzEigenschaft.statusReader(data, UmsetzungsstandReader::csv);
    }
}
