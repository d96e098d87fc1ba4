package se.rodtrad.followup.measures.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decoding uploaded files: UTF-8 (with or without BOM), falling back to Windows-1252 as Excel writes it. */
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
