package de.ozg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pre-scan agrees with the readers it stands in for: line counts and undecodable bytes. */
class AbschnittsscanTest {

    @TempDir
    Path dir;

    /** Bytes that matter: line ends, quotes, ASCII, and the lead and continuation bytes of UTF-8. */
    private static final int[] BYTES = {'\n', '\r', '"', 'a', ';', 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2,
        0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};

    private static byte[] bytes(List<Integer> indexe) {
        byte[] b = new byte[indexe.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) BYTES[indexe.get(i)];
        }
        return b;
    }

    @Test
    void lineEndsCountedAsTheReadersCountThem() {
        qt().forAll(lists().of(integers().between(0, BYTES.length - 1)).ofSizeBetween(0, 80))
                .checkAssert(indexe -> {
                    byte[] b = bytes(indexe);
                    long erwartet = 0;
                    for (int i = 0; i < b.length; i++) {
                        if (b[i] == '\r' || b[i] == '\n' && (i == 0 || b[i - 1] != '\r')) {
                            erwartet++;
                        }
                    }
                    assertEquals(erwartet, Abschnittsscan.zeilenenden(b, b.length, false));
                });
    }

    @Test
    void undecodableBytesAsTheDecoderFindsThem() throws IOException {
        Path p = dir.resolve("bytes");
        qt().withExamples(2000).forAll(lists().of(integers().between(0, BYTES.length - 1)).ofSizeBetween(0, 12))
                .checkAssert(indexe -> {
                    byte[] b = bytes(indexe);
                    for (Charset cs : new Charset[] {StandardCharsets.UTF_8, Charset.forName("windows-1252"),
                        StandardCharsets.ISO_8859_1}) {
                        boolean gueltig = dekodierbar(b, cs);
                        try {
                            Files.write(p, b);
                            try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
                                long schlecht = Abschnittsscan.csv(ch, 0, b.length, ';',
                                        Abschnittsscan.gueltigeBytes(cs)).schlecht();
                                assertEquals(gueltig, schlecht < 0, () -> cs + " " + java.util.Arrays.toString(b));
                                if (!gueltig) {
                                    assertTrue(dekodierbar(java.util.Arrays.copyOf(b, (int) schlecht), cs),
                                            "everything before the first bad byte decodes");
                                }
                            }
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                });
    }

    private static boolean dekodierbar(byte[] b, Charset cs) {
        try {
            cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void splittableCharsets() {
        assertTrue(Abschnittsscan.isTeilbar(StandardCharsets.UTF_8, ';'));
        assertTrue(Abschnittsscan.isTeilbar(Charset.forName("windows-1252"), ','));
        assertTrue(Abschnittsscan.isTeilbar(StandardCharsets.ISO_8859_1, '\t'));
        assertFalse(Abschnittsscan.isTeilbar(StandardCharsets.UTF_16LE, ';'), "two bytes per character");
        assertFalse(Abschnittsscan.isTeilbar(Charset.forName("IBM037"), ';'), "EBCDIC: not ASCII-based");
        assertFalse(Abschnittsscan.isTeilbar(StandardCharsets.UTF_8, '\u00a7'), "a delimiter outside ASCII");
    }
}
