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
    record Block(String text, int page, int firstLine, int lastLine, boolean bullet, boolean heading, boolean top) {

        Block with(String newText) {
            return new Block(newText, page, firstLine, lastLine, bullet, heading, top);
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
            + "|Förslag till beslut|Beslutsunderlag|Sammanfattning\\s*$|Diarienummer|Dnr\\s*:|Föredragande|att\\s"
            + "|Gemensamma\\s+(?:målsättningar|uppdrag)|Sammanfattning av uppdrag"
            + ")|.{0,80}\\bfår i uppdrag\\s*:?\\s*$");
    private static final Set<String> KEEP_HYPHEN_BEFORE = Set.of("och", "eller", "samt", "till", "resp", "respektive", "som", "men", "utan");

    private Paragraphs() {
    }

    static boolean startsSomething(String line) {
        return STARTS.matcher(line).find();
    }

    static List<Block> of(List<SourceLine> lines) {
        int width = fullWidth(lines);
        List<Block> blocks = new ArrayList<>();
        StringBuilder text = null;
        SourceLine first = null;
        SourceLine last = null;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String t = line.text().strip();
            if (text == null) {
                text = new StringBuilder(t);
                first = line;
            } else {
                join(text, t);
            }
            last = line;
            SourceLine next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            if (next == null || endsHere(line, t, next, width)) {
                String joined = text.toString().replaceAll("\\s+", " ").strip();
                boolean bullet = BULLET.matcher(joined).find();
                if (bullet) {
                    joined = BULLET.matcher(joined).replaceFirst("").strip();
                }
                if (!joined.isEmpty()) {
                    blocks.add(new Block(joined, first.page(), first.number(), last.number(), bullet, first.heading(), first.top()));
                }
                text = null;
            }
        }
        return blocks;
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
