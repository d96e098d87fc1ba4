package se.rodtrad.followup.measures.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decoding uploaded files: UTF-8 (with or without BOM), UTF-16 with its byte order mark (Excel's "Unicode text"), falling
 * back to Windows-1252 as Excel writes it. A file that is none of these is refused with a message naming the real
 * problem — UTF-16 without a byte order mark, or no text at all (a workbook or a PDF) — instead of a parser's complaint
 * about a row three thousand lines on (issue 21: UTF-16 gave "row 3413").
 */
public final class Text {

    /** Files larger than this are refused before parsing. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private Text() {
    }

    /** The decoded text and whether the fallback was needed. */
    public record Decoded(String text, boolean windows1252) {
    }

    public static Decoded decode(byte[] bytes, String file) {
        if (bytes == null || bytes.length == 0) {
            throw new ImportFailure("followup.import.error.empty", file);
        }
        if (bytes.length > MAX_BYTES) {
            throw new ImportFailure("followup.import.error.tooLarge", file, MAX_BYTES / (1024 * 1024));
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
                || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)) {
            Charset utf16 = (bytes[0] & 0xff) == 0xfe ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            try {
                return new Decoded(utf16.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2)).toString(), false);
            } catch (CharacterCodingException e) {
                throw new ImportFailure("followup.import.error.brokenUtf16", file);
            }
        }
        int nuls = 0;
        int sample = Math.min(bytes.length, 4096);
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                nuls++;
            }
        }
        if (nuls > 0) {
            // text in UTF-8 or Windows-1252 never holds a NUL byte; UTF-16 of Swedish text has one in every other byte
            throw new ImportFailure(nuls * 3 >= sample ? "followup.import.error.utf16WithoutBom" : "followup.import.error.binary", file);
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return new Decoded(s, false);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, Charset.forName("windows-1252")), true);
        }
    }

    /** A short, printable excerpt of untrusted text for a message. */
    public static String excerpt(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(40).forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return s.codePointCount(0, s.length()) > 40 ? b + "…" : b.toString();
    }
}
