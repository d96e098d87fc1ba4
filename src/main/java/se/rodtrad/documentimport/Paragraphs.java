package se.rodtrad.documentimport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Joins a document's lines into paragraphs the way a reader sees them. A PDF or its text breaks every paragraph into
 * lines and hyphenates words at line ends ("prio-" / "riterade"); a DOCX paragraph is already one. A line continues on
 * the next unless the next one starts something of its own (a bullet, a numbered heading, a label such as
 * "Effektmål 5.", "Indikatorer", "Uppdrag:", "att"), or the line is short — the next line's first word would have
 * fitted on it, so the writer ended the paragraph there. A next line that starts with a small letter always continues.
 * Line-end hyphenation is removed except where the hyphen belongs to the text: "hälso- och sjukvård", "EU-frågor",
 * "2020-2027".
 */
final class Paragraphs {

    /** A paragraph: its text and where it stands (page, first and last line number). */
    record Block(String text, int page, int firstLine, int lastLine, boolean bullet, boolean heading, boolean top, List<int[]> breaks) {

        /** The same block with its text shortened from the start ({@code newText} is a tail of the text), breaks kept. */
        Block with(String newText) {
            int cut = text.length() - newText.length();
            List<int[]> shifted = new ArrayList<>();
            for (int[] b : breaks) {
                if (b[0] - cut > 0) {
                    shifted.add(new int[] {b[0] - cut, b[1]});
                }
            }
            return new Block(newText, page, firstLine, lastLine, bullet, heading, top, shifted);
        }

        /**
         * The block cut where a line ended a sentence and the next began with a capital ({@code breaks}: offset in the
         * text, line number): the candidates where two items may have run together.
         */
        List<Block> cut(java.util.function.BiPredicate<String, String> separate) {
            List<Block> result = new ArrayList<>();
            int start = 0;
            int startLine = firstLine;
            for (int[] b : breaks) {
                String before = text.substring(start, b[0]).strip();
                String after = text.substring(b[0]).strip();
                if (separate.test(before, after)) {
                    result.add(new Block(before, page, startLine, b[1] - 1, bullet && start == 0, heading, top && start == 0, List.of()));
                    start = b[0];
                    startLine = b[1];
                }
            }
            result.add(new Block(text.substring(start).strip(), page, startLine, lastLine, bullet && start == 0, heading, top && start == 0, List.of()));
            return result;
        }
    }

    static final Pattern BULLET = Pattern.compile("^(?:[•·▪◦o]|[-–](?=\\s))\\s*");
    private static final Pattern STARTS = Pattern.compile("^(?:"
            + "[•·▪◦]|[-–]\\s|o\\s"
            + "|\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?\\s+\\p{Lu}"
            + "|(?:Effektmål|Målsättning|Fokusområde|Territoriellt\\s+m[åa][lI]|Verksamhetsmål|Nämndmål|Mål)(?:\\s+(?:nr\\.?\\s*)?\\d[\\d.]*)?\\s*[:.\\-–]"
            + "|(?:Effektmål|Målsättning|Fokusområde)\\s+(?:nr\\.?\\s*)?\\d"
            + "|Indikatorer\\s*:?$|Indikator\\s*:?$|Styrtal\\s*:?$|Styrtal\\s*:"
            + "|Uppdrag(?:\\s*[:;]|\\s+\\p{Lu}|$)|Strategi\\s*:?$|Strategi:|Strategier\\s+(?:för|inom)\\b|Perspektiv\\s*:"
            + "|Nr\\.?\\s*\\d+\\s*[.:]"
            + "|Förslag till beslut|Beslutsunderlag|Sammanfattning\\s*$|Diarienummer|Dnr\\s*:|Föredragande|att\\s{2,}|att\\t"
            + "|Gemensamma\\s+(?:målsättningar|uppdrag)|Sammanfattning av uppdrag"
            + ")|.{0,80}\\bfår i uppdrag\\s*:?\\s*$");
    private static final Set<String> KEEP_HYPHEN_BEFORE = Set.of("och", "eller", "samt", "till", "resp", "respektive", "som", "men", "utan");

    private Paragraphs() {
    }

    static boolean startsSomething(String line) {
        return STARTS.matcher(line).find();
    }

    static List<Block> of(List<SourceLine> all) {
        List<SourceLine> lines = withoutRepeatedLabels(all);
        int width = fullWidth(lines);
        List<int[]> breaks = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        StringBuilder text = null;
        SourceLine first = null;
        SourceLine last = null;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String t = line.text().strip().replaceAll("\\s+", " ");
            SourceLine following = i + 1 < lines.size() ? lines.get(i + 1) : null;
            if (text != null && following != null && t.length() < 50 && !t.matches(".*[.,:;]$") && Character.isUpperCase(t.charAt(0))
                    && startsSomething(following.text().strip()) && !startsSomething(t)) {
                // a short title line before a list ("Regional utvecklingsstrategi" / "Strategier inom …") stands alone
                flush(blocks, text, first, last, breaks);
                text = null;
            }
            if (text == null) {
                text = new StringBuilder(t);
                first = line;
                breaks = new ArrayList<>();
            } else {
                if (text.toString().matches("(?s).*[.)”]$") && Character.isUpperCase(t.charAt(0))) {
                    breaks.add(new int[] {text.length(), line.number()});
                }
                join(text, t);
            }
            last = line;
            SourceLine next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            if (next == null || endsHere(line, t, next, width)) {
                flush(blocks, text, first, last, breaks);
                text = null;
            }
        }
        return blocks;
    }

    private static void flush(List<Block> blocks, StringBuilder text, SourceLine first, SourceLine last, List<int[]> breaks) {
        {
            {
                String joined = text.toString();
                boolean bullet = BULLET.matcher(joined).find();
                if (bullet) {
                    String rest = BULLET.matcher(joined).replaceFirst("");
                    int cut = joined.length() - rest.length();
                    joined = rest;
                    List<int[]> shifted = new ArrayList<>();
                    breaks.forEach(b -> shifted.add(new int[] {b[0] - cut, b[1]}));
                    breaks = shifted;
                }
                if (!joined.isBlank()) {
                    blocks.add(new Block(joined, first.page(), first.number(), last.number(), bullet, first.heading(), first.top(), List.copyOf(breaks)));
                }
            }
        }
    }

    /**
     * A list's label printed again at the top of a page inside an unfinished paragraph ("… för invånare," / "Indikatorer" /
     * "organisationer och …") is the page's repeated table header, not a new list.
     */
    private static List<SourceLine> withoutRepeatedLabels(List<SourceLine> lines) {
        List<SourceLine> result = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            SourceLine l = lines.get(i);
            if (l.top() && i > 0 && i + 1 < lines.size() && l.text().strip().matches("(?i)^(Indikatorer|Indikator|Styrtal)\\s*:?$")
                    && !lines.get(i - 1).text().strip().matches(".*[.:!?)”]$")) {
                String next = lines.get(i + 1).text().strip();
                if (!next.isEmpty() && (Character.isLowerCase(next.charAt(0)) || !startsSomething(next) && lines.get(i - 1).text().strip().length() > 60)) {
                    continue;
                }
            }
            result.add(l);
        }
        return result;
    }

    private static boolean endsHere(SourceLine line, String t, SourceLine next, int width) {
        if (line.paragraphEnd() || line.heading() || next.heading()) {
            return true;
        }
        String n = next.text().strip();
        if (startsSomething(n)) {
            return true;
        }
        if (t.endsWith(":") && !t.matches(".*\\d:$")) {
            return true;
        }
        if (t.endsWith("-") && !t.endsWith(" -")) {
            return false;
        }
        char c = n.charAt(0);
        if (next.top() && n.startsWith("att ")) {
            // an indented "att …" after a lead-in: a bullet whose glyph the extraction lost
            return true;
        }
        if (next.top() && Character.isUpperCase(c) && !t.matches("(?i).*(,|-|\\b(och|för|i|av|med|till|som|att|om|på|en|ett|de|den|det|samt|eller|inom|från|vid))$")) {
            // a line set apart at the top of a page or by its indent, after a line that asks for nothing more
            return true;
        }
        if (Character.isLowerCase(c) || Character.isDigit(c) || c == '(' || c == ')' || c == ',' || c == '.' || c == '”' && n.length() < 3) {
            return false;
        }
        String firstWord = n.split("\\s+", 2)[0];
        // the next line's first word would have fitted: the writer broke the line, so the paragraph ends
        return t.length() + 1 + firstWord.length() < width * 0.97;
    }

    /** Appends a continuation line, taking out line-end hyphenation where the hyphen only broke the word. */
    private static void join(StringBuilder text, String next) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        text.setLength(end);
        if (end > 1 && text.charAt(end - 1) == '-' && text.charAt(end - 2) != ' ') {
            char before = text.charAt(end - 2);
            String firstWord = next.split("[\\s,.]", 2)[0];
            if (Character.isLowerCase(before) && !next.isEmpty() && Character.isLowerCase(next.charAt(0))
                    && !KEEP_HYPHEN_BEFORE.contains(firstWord)) {
                text.setLength(end - 1);
                text.append(next);
                return;
            }
            if (Character.isLowerCase(before) && KEEP_HYPHEN_BEFORE.contains(firstWord)) {
                text.append(' ').append(next);
                return;
            }
            text.append(next);
            return;
        }
        text.append(' ').append(next);
    }

    /** The length of a full line: the 90th percentile of the lines that are not short, at least 40 characters. */
    static int fullWidth(List<SourceLine> lines) {
        int[] lengths = lines.stream().mapToInt(l -> l.text().strip().length()).filter(n -> n >= 30).toArray();
        if (lengths.length < 5) {
            return 90;
        }
        Arrays.sort(lengths);
        return Math.max(40, lengths[(int) (lengths.length * 0.9)]);
    }
}
