package se.rodtrad.documentimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of an uploaded document, line by line with its page: PDF through PDFBox (lines in reading order), DOCX
 * through POI (a paragraph is a line, a table row a line of its cells), plain text as UTF-8 (a form feed or a printed
 * page marker such as "4(23)" starts a page). Page headers and footers — lines printed on most pages at the top or
 * the bottom, page markers "4(23)", "Sida 4 av 23" — are taken out, each line keeps its page and number. What
 * cannot be read is refused with {@link ImportRefused}: encrypted or image-only PDF, a DOCX with macros or a zip
 * bomb, a file that is none of the three.
 */
final class Extraction {

    /** "Regional tillväxtnämnd, Verksamhetsplan med budget 4(23)", "76 (134)", "Sida 4 av 23". */
    static final Pattern PAGE_MARKER = Pattern.compile("^(?:.{0,120}\\D)?(\\d{1,4})\\s?\\((\\d{1,4})\\)\\s*$|^(?:sida|page)\\s+(\\d{1,4})\\s*(?:av|/|of)\\s*(\\d{1,4})\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** What was read: the lines, how many pages there were and how many were read, warnings for the person. */
    record Extracted(List<SourceLine> lines, int pages, List<String> warnings, String format) {
    }

    private Extraction() {
    }

    static Extracted extract(byte[] bytes, String fileName, ImportLimits limits) {
        if (bytes == null || bytes.length == 0) {
            throw new ImportRefused("documentimport.refused.empty");
        }
        if (bytes.length > limits.maxBytes()) {
            throw new ImportRefused("documentimport.refused.tooLarge", limits.maxBytes() / (1024 * 1024));
        }
        if (startsWith(bytes, "%PDF")) {
            return pdf(bytes, limits);
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            return docx(bytes, limits);
        }
        if (startsWith(bytes, "\u00d0\u00cf\u0011\u00e0")) {
            // the old binary Word/Excel format (OLE2): macros and all, and not what POI's DOCX reader reads
            throw new ImportRefused("documentimport.refused.oldWord");
        }
        return text(bytes, limits);
    }

    // --- plain text -----------------------------------------------------------------------------------------------

    static Extracted text(byte[] bytes, ImportLimits limits) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportRefused("documentimport.refused.unknownType");
        }
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        long control = text.chars().filter(c -> c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (control > 16 && control * 50 > text.length()) {
            throw new ImportRefused("documentimport.refused.unknownType");
        }
        if (text.length() > limits.maxChars()) {
            throw new ImportRefused("documentimport.refused.tooMuchText", limits.maxChars());
        }
        List<SourceLine> lines = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int page = 1;
        boolean top = true;
        boolean inMarker = false;
        String[] raw = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            int feeds = 0;
            while (line.indexOf('\f') >= 0) {
                line = line.replaceFirst("\f", "");
                feeds++;
            }
            if (feeds > 0) {
                page += feeds;
                top = true;
            }
            String t = clean(line);
            if (t.isEmpty()) {
                continue;
            }
            if (PAGE_MARKER.matcher(t).matches()) {
                // a page's header or footer: a new page begins here (once per group of marker lines)
                if (!inMarker && !lines.isEmpty()) {
                    page++;
                }
                inMarker = true;
                top = true;
                continue;
            }
            inMarker = false;
            if (page > limits.maxPages()) {
                warnings.add("documentimport.warning.pagesCut:" + limits.maxPages());
                break;
            }
            lines.add(new SourceLine(page, i + 1, t, false, false, top || line.startsWith(" ") && !line.startsWith("  ")));
            top = false;
        }
        return new Extracted(lines, page, warnings, "TEXT");
    }

    // --- PDF ------------------------------------------------------------------------------------------------------

    static Extracted pdf(byte[] bytes, ImportLimits limits) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new ImportRefused("documentimport.refused.encrypted");
            }
            int pages = doc.getNumberOfPages();
            int read = Math.min(pages, limits.maxPages());
            List<String> warnings = new ArrayList<>();
            if (pages > read) {
                warnings.add("documentimport.warning.pagesCut:" + read);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            List<List<String>> byPage = new ArrayList<>();
            long deadline = System.currentTimeMillis() + limits.maxMillis();
            int chars = 0;
            for (int p = 1; p <= read; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String t = stripper.getText(doc);
                chars += t.length();
                if (chars > limits.maxChars()) {
                    throw new ImportRefused("documentimport.refused.tooMuchText", limits.maxChars());
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new ImportRefused("documentimport.refused.tooSlow", limits.maxMillis() / 1000);
                }
                List<String> lines = new ArrayList<>();
                for (String l : t.split("\n")) {
                    String c = clean(l);
                    if (!c.isEmpty()) {
                        lines.add(c);
                    }
                }
                byPage.add(lines);
            }
            if (byPage.stream().allMatch(List::isEmpty)) {
                throw new ImportRefused("documentimport.refused.imagesOnly", pages);
            }
            long empty = byPage.stream().filter(List::isEmpty).count();
            if (empty > 0) {
                warnings.add("documentimport.warning.pagesWithoutText:" + empty);
            }
            return new Extracted(withoutRunningHeads(byPage), pages, warnings, "PDF");
        } catch (InvalidPasswordException e) {
            throw new ImportRefused("documentimport.refused.encrypted");
        } catch (IOException e) {
            throw new ImportRefused("documentimport.refused.brokenPdf");
        }
    }

    /**
     * Drops what a PDF prints on most pages at the top or the bottom (the body's name and the document's title, the
     * page number): the first and last two lines of each page, compared with their digits taken out, when at least half
     * of the pages (and three) print the same.
     */
    static List<SourceLine> withoutRunningHeads(List<List<String>> byPage) {
        Map<String, Integer> seen = new HashMap<>();
        for (List<String> page : byPage) {
            java.util.Set<String> edges = new java.util.HashSet<>();
            for (int i = 0; i < page.size(); i++) {
                if (i < 2 || i >= page.size() - 2) {
                    edges.add(page.get(i).replaceAll("\\d+", "#"));
                }
            }
            edges.forEach(e -> seen.merge(e, 1, Integer::sum));
        }
        int needed = Math.max(3, (byPage.size() + 1) / 2);
        List<SourceLine> result = new ArrayList<>();
        int number = 0;
        for (int p = 0; p < byPage.size(); p++) {
            List<String> page = byPage.get(p);
            boolean top = true;
            for (int i = 0; i < page.size(); i++) {
                number++;
                String l = page.get(i);
                boolean edge = i < 2 || i >= page.size() - 2;
                if (edge && (seen.getOrDefault(l.replaceAll("\\d+", "#"), 0) >= needed || PAGE_MARKER.matcher(l).matches()
                        || l.matches("\\d{1,4}"))) {
                    continue;
                }
                result.add(new SourceLine(p + 1, number, l, false, false, top));
                top = false;
            }
        }
        return result;
    }

    // --- DOCX -----------------------------------------------------------------------------------------------------

    static Extracted docx(byte[] bytes, ImportLimits limits) {
        inspectZip(bytes);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<SourceLine> lines = new ArrayList<>();
            int page = 1;
            int number = 0;
            int chars = 0;
            boolean top = true;
            Map<String, Integer> counters = new HashMap<>();
            for (IBodyElement e : doc.getBodyElements()) {
                List<String[]> texts = new ArrayList<>();
                if (e instanceof XWPFParagraph p) {
                    if (p.isPageBreak() || hasPageBreak(p)) {
                        page++;
                        top = true;
                    }
                    String t = clean(p.getText());
                    if (t.isEmpty()) {
                        continue;
                    }
                    String style = p.getStyle() == null ? "" : p.getStyle().toLowerCase(Locale.ROOT);
                    boolean heading = style.startsWith("heading") || style.startsWith("rubrik") || style.equals("title");
                    if (p.getNumID() != null) {
                        String fmt = p.getNumFmt();
                        if ("bullet".equals(fmt)) {
                            t = "• " + t;
                        } else if (fmt != null) {
                            int n = counters.merge(p.getNumID() + ":" + p.getNumIlvl(), 1, Integer::sum);
                            t = n + ". " + t;
                        }
                    }
                    texts.add(new String[] {t, heading ? "h" : ""});
                } else if (e instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.add(clean(cell.getText()));
                        }
                        String t = String.join(" ", cells).strip();
                        if (!t.isEmpty()) {
                            texts.add(new String[] {t, ""});
                        }
                    }
                }
                for (String[] t : texts) {
                    if (page > limits.maxPages()) {
                        return new Extracted(lines, page, List.of("documentimport.warning.pagesCut:" + limits.maxPages()), "DOCX");
                    }
                    chars += t[0].length();
                    if (chars > limits.maxChars()) {
                        throw new ImportRefused("documentimport.refused.tooMuchText", limits.maxChars());
                    }
                    lines.add(new SourceLine(page, ++number, t[0], true, !t[1].isEmpty(), top));
                    top = false;
                }
            }
            return new Extracted(lines, page, List.of(), "DOCX");
        } catch (ImportRefused e) {
            throw e;
        } catch (Exception | Error e) {
            if (e instanceof OutOfMemoryError || String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("zip bomb")) {
                throw new ImportRefused("documentimport.refused.zipBomb");
            }
            throw new ImportRefused("documentimport.refused.brokenDocx");
        }
    }

    private static boolean hasPageBreak(XWPFParagraph p) {
        for (XWPFRun r : p.getRuns()) {
            if (r.getCTR().getBrList().stream().anyMatch(b -> b.getType() != null && "page".equals(b.getType().toString()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the zip's entries before POI does: a macro project (vbaProject.bin) is refused — a document that runs code
     * is not one to import — and so is an entry that inflates beyond the limits (a zip bomb), before it fills memory.
     */
    static void inspectZip(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            boolean document = false;
            int entries = 0;
            byte[] buffer = new byte[8192];
            long total = 0;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > 2000) {
                    throw new ImportRefused("documentimport.refused.zipBomb");
                }
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith("vbaproject.bin") || name.endsWith(".bin") && name.contains("vba")) {
                    throw new ImportRefused("documentimport.refused.macros");
                }
                if (name.equals("word/document.xml")) {
                    document = true;
                }
                long size = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    if (size > ImportLimits.MAX_ENTRY_BYTES || total > bytes.length * ImportLimits.MAX_INFLATE_RATIO + 1_000_000) {
                        throw new ImportRefused("documentimport.refused.zipBomb");
                    }
                }
            }
            if (!document) {
                throw new ImportRefused("documentimport.refused.notDocx");
            }
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry's name that is not UTF-8 while the zip says it is (bench/'s fuzzing found it)
            throw new ImportRefused("documentimport.refused.brokenDocx");
        }
    }

    // --- shared ---------------------------------------------------------------------------------------------------

    /** No-break and odd spaces as spaces, private-use bullet glyphs of Word's Symbol font as a bullet, trimmed. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00a0' || c == '\u2009' || c == '\u202f' || c == '\t') {
                b.append(' ');
            } else if (c >= '\uf000' && c <= '\uf0ff' || c == '\u25cf' || c == '\u25aa' || c == '\u2022') {
                b.append('•');
            } else if (c >= 32 || c == '\n') {
                b.append(c);
            }
        }
        return b.toString().strip();
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((bytes[i] & 0xff) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static Matcher marker(String line) {
        return PAGE_MARKER.matcher(line);
    }
}
