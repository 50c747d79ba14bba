package de.ozg.json.csv.internal;

import de.ozg.json.csv.CsvDialect;
import de.ozg.json.csv.CsvReadOptions;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Detects byte order mark, delimiter and line ending from the first bytes of a stream, leaving the
 * stream positioned just after the byte order mark. Only a bounded prefix is inspected.
 */
final class DialectDetector {

    /** Bytes inspected at most; a header row longer than this is judged by its beginning. */
    static final int PREFIX = 64 * 1024;

    private DialectDetector() {
    }

    /** The detected dialect plus the number of BOM bytes skipped (needed for byte offsets). */
    record Result(CsvDialect dialect, int bomLength) {
    }

    /**
     * Reads the prefix, strips a byte order mark (which overrides the charset option) and counts the
     * delimiters of the first line outside quotes.
     */
    static Result detect(BufferedInputStream in, CsvReadOptions options) throws IOException {
        in.mark(PREFIX + 1);
        byte[] prefix = in.readNBytes(PREFIX);
        in.reset();
        Charset charset = options.charset();
        int bomLength = 0;
        if (startsWith(prefix, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bomLength = 3;
        } else if (startsWith(prefix, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bomLength = 2;
        } else if (startsWith(prefix, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bomLength = 2;
        }
        in.skipNBytes(bomLength);
        // Lenient decoding is fine here: only ASCII delimiters, quotes and line breaks matter, and the
        // strict decoder reports any bad bytes later, with their line.
        CharBuffer chars = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(prefix, bomLength, prefix.length - bomLength));
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        boolean blank = true;
        CsvDialect.LineEnding ending = CsvDialect.LineEnding.NONE;
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                blank = false;
            } else if (!quoted) {
                if (c == ',') {
                    commas++;
                    blank = false;
                } else if (c == ';') {
                    semicolons++;
                    blank = false;
                } else if (c == '\t') {
                    tabs++;
                } else if (c == '\n' || c == '\r') {
                    if (blank) {
                        // blank lines before the header row are skipped by the reader, so here too
                        tabs = 0;
                        continue;
                    }
                    ending = c == '\n' ? CsvDialect.LineEnding.LF
                            : i + 1 < chars.length() && chars.charAt(i + 1) == '\n'
                                    ? CsvDialect.LineEnding.CRLF : CsvDialect.LineEnding.CR;
                    break;
                } else if (c != ' ') {
                    blank = false;
                }
            }
        }
        char delimiter = options.detectsDelimiter()
                ? choose(commas, semicolons, tabs) : options.delimiter();
        return new Result(new CsvDialect(delimiter, charset, bomLength > 0, ending), bomLength);
    }

    /** The most frequent candidate wins; ties go to ';' then TAB (German exports), none at all to ','. */
    private static char choose(int commas, int semicolons, int tabs) {
        if (semicolons >= commas && semicolons >= tabs && semicolons > 0) {
            return ';';
        }
        if (tabs >= commas && tabs > 0) {
            return '\t';
        }
        return ',';
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
