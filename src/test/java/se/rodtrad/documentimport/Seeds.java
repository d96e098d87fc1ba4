package se.rodtrad.documentimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The seed documents as a person would upload them: as text, or as a DOCX made from the text. */
public final class Seeds {

    private Seeds() {
    }

    public static Path path(String name) {
        Path p = Path.of("../shared/seeds/" + name);
        return Files.exists(p) ? p : Path.of("/work/shared/seeds/" + name);
    }

    public static byte[] text(String name, int from, int to) {
        try {
            List<String> lines = Files.readAllLines(path(name), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(from - 1, Math.min(to, lines.size()))).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] rtn2023() {
        return text("000_fe5ba59298930e97.txt", 1, Integer.MAX_VALUE);
    }

    /**
     * A DOCX of the text as Word holds a document: one paragraph per paragraph of the text (its lines joined, line-end
     * hyphenation removed), bullets as "• ".
     */
    public static byte[] docx(byte[] text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Paragraphs.Block b : Paragraphs.of(Extraction.text(text, ImportLimits.standard()).lines())) {
                doc.createParagraph().createRun().setText((b.bullet() ? "• " : "") + b.text());
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
