package se.rodtrad.documentimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the table of a "Redovisning av delegationsbeslut" (KL 6 kap. 40 §) as the region prints it: a title ("Företagsstöd"),
 * "Perioden: 2019-11-01 – 2019-12-03", the header "Dnr Stöd Företag Bransch/Prioritering Kön Kommun Belopp
 * Beslutsfattare", the delegate's title ("Områdeschef"), then one row per decision. A PDF's text breaks a row's cells
 * over several lines; a row begins with its reference (a diary number "19RS8649" or "NypsID: 214557") and ends with the
 * person who decided, after the amount or the refusal's words ("Avslag/Uppfyller ej villkor").
 *
 * <p>A row is read from both ends. From the end: the decision maker (two or three capitalised words), the amount (digits
 * in groups of three) or the refusal, the municipality (one word, as every municipality of a county is), the owner's sex
 * (K, M, B or "-", when printed). From the start: the reference, the support type (its first word and the small-letter
 * words after it: "Kommersiell service", "Affärsutveckling/Digitalisering"). What lies between is the recipient and its
 * sector: the recipient ends at its legal form ("AB", "HB", "KB", "kommun") when it has one; otherwise the sector is the
 * last capitalised word with only small-letter words after it ("ICA Nära Vintrosa" | "Livsmedelshandel").
 *
 * <p>The day of each decision is not printed, only the period: the period's last day is proposed and the reason says so.
 * The point of the delegation order is the one the report's text names for the table's matter ("Beslut om företagsstöd
 * av områdeschef … enligt punkt 3.3").
 */
final class DelegationReportReader {

    private static final Pattern HEADER = Pattern.compile("^Dnr\\b.*\\bBelopp\\b.*$");
    private static final Pattern PERIOD = Pattern.compile("^Perioden?\\s*:?\\s*((?:19|20)\\d\\d-\\d\\d-\\d\\d)\\s*[–-]\\s*((?:19|20)\\d\\d-\\d\\d-\\d\\d)\\s*$");
    private static final Pattern ROW_START = Pattern.compile("^(?:\\d{2}[A-ZÅÄÖ]{1,6}\\d{1,6}\\b|NypsID\\b)");
    private static final Pattern REFERENCE = Pattern.compile("^(?:(\\d{2}[A-ZÅÄÖ]{1,6}\\d{1,6})|NypsID\\s*:?\\s*(\\d{1,12}))\\s+(.*)$");
    /** sex? municipality (amount | refusal) decision maker — read from the row's end. */
    private static final Pattern TAIL = Pattern.compile("^(.*?)(?:\\s+([KMB]|-))?\\s+(\\p{Lu}[\\p{L}-]+)\\s+"
            + "(\\d{1,3}(?:\\s\\d{3})*|Avslag\\S*(?:\\s+\\p{Ll}[\\p{L}/]*)*)\\s+(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){1,2})$");
    private static final Pattern POINT = Pattern.compile("Beslut om (\\p{L}[^.]{0,120}?) av ([^.]{0,120}?) enligt punkt (\\d+(?:\\.\\d+)*)");
    private static final Set<String> LEGAL_FORMS = Set.of("AB", "AB,", "HB", "KB", "kommun", "region", "ek.för.", "ekonomisk förening");

    private DelegationReportReader() {
    }

    static List<ProposedItem> read(List<SourceLine> lines) {
        List<ProposedItem> result = new ArrayList<>();
        String all = String.join(" ", lines.stream().map(SourceLine::text).toList()).replaceAll("\\s+", " ");
        for (int i = 0; i < lines.size(); i++) {
            if (!HEADER.matcher(lines.get(i).text()).matches() || !lines.get(i).text().contains("Beslutsfattare")) {
                continue;
            }
            LocalDate from = null;
            LocalDate to = null;
            String matter = null;
            for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
                Matcher p = PERIOD.matcher(lines.get(k).text());
                if (p.matches()) {
                    from = LocalDate.parse(p.group(1));
                    to = LocalDate.parse(p.group(2));
                    matter = k > 0 ? lines.get(k - 1).text().strip() : null;
                    break;
                }
            }
            String point = point(all, matter);
            String delegateTitle = null;
            int j = i + 1;
            if (j < lines.size() && !ROW_START.matcher(lines.get(j).text()).find() && lines.get(j).text().length() < 60) {
                delegateTitle = lines.get(j).text().strip();
                j++;
            }
            while (j < lines.size() && ROW_START.matcher(lines.get(j).text()).find()) {
                int first = j;
                StringBuilder row = new StringBuilder(lines.get(j).text().strip());
                j++;
                Matcher tail = TAIL.matcher(row);
                while (!tail.matches() && j < lines.size() && j - first < 24 && !ROW_START.matcher(lines.get(j).text()).find()) {
                    join(row, lines.get(j).text().strip());
                    j++;
                    tail = TAIL.matcher(row);
                }
                if (!tail.matches()) {
                    break;
                }
                result.add(item(tail, lines.get(first), lines.get(j - 1), from, to, matter, point, delegateTitle));
            }
            i = j - 1;
        }
        return result;
    }

    /** Cells broken over lines: "Affärsutveckling/" + "Digitalisering" is one word, anything else gets a space. */
    private static void join(StringBuilder row, String next) {
        if (row.length() > 0 && row.charAt(row.length() - 1) != '/') {
            row.append(' ');
        }
        row.append(next);
    }

    private static String point(String all, String matter) {
        if (matter == null) {
            return null;
        }
        Matcher m = POINT.matcher(all);
        while (m.find()) {
            if (m.group(1).toLowerCase(Locale.ROOT).contains(matter.toLowerCase(Locale.ROOT))) {
                return m.group(3);
            }
        }
        return null;
    }

    private static ProposedItem item(Matcher tail, SourceLine first, SourceLine last, LocalDate from, LocalDate to, String matter, String point,
            String delegateTitle) {
        Matcher ref = REFERENCE.matcher(tail.group(1));
        String referenceKind = "Dnr";
        String reference = null;
        String middle = tail.group(1);
        if (ref.matches()) {
            reference = ref.group(1) != null ? ref.group(1) : ref.group(2);
            referenceKind = ref.group(1) != null ? "Dnr" : "NypsID";
            middle = ref.group(3);
        }
        String[] words = middle.strip().split("\\s+");
        int typeEnd = 1;
        while (typeEnd < words.length && startsSmall(words[typeEnd])) {
            typeEnd++;
        }
        String type = String.join(" ", java.util.Arrays.copyOfRange(words, 0, typeEnd));
        int sectorStart = -1;
        for (int w = typeEnd; w < words.length - 1; w++) {
            if (LEGAL_FORMS.contains(words[w])) {
                sectorStart = w + 1;
                break;
            }
        }
        if (sectorStart < 0) {
            for (int w = words.length - 1; w > typeEnd; w--) {
                if (!startsSmall(words[w])) {
                    sectorStart = w;
                    break;
                }
            }
        }
        String recipient = sectorStart < 0 ? String.join(" ", java.util.Arrays.copyOfRange(words, typeEnd, words.length))
                : String.join(" ", java.util.Arrays.copyOfRange(words, typeEnd, sectorStart));
        String sector = sectorStart < 0 ? null : String.join(" ", java.util.Arrays.copyOfRange(words, sectorStart, words.length));
        String amount = tail.group(4);
        boolean granted = Character.isDigit(amount.charAt(0));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("referenceKind", referenceKind);
        details.put("reference", reference);
        details.put("decisionType", type);
        details.put("recipient", recipient);
        details.put("sector", sector);
        details.put("ownerSex", tail.group(2));
        details.put("municipality", tail.group(3));
        details.put("amountKr", granted ? amount : null);
        details.put("granted", granted);
        details.put("outcomeText", granted ? null : amount);
        details.put("decidedBy", tail.group(5));
        details.put("decidedByTitle", delegateTitle);
        details.put("point", point);
        details.put("matter", matter);
        details.put("decidedOn", to == null ? null : to.toString());
        details.put("periodFrom", from == null ? null : from.toString());
        details.put("periodTo", to == null ? null : to.toString());
        String reason = "Rad i tabellen \"" + (matter == null ? "delegationsbeslut" : matter) + "\" i redovisningen av delegationsbeslut"
                + (point == null ? "" : ", punkt " + point + " i delegationsordningen") + "."
                + (to == null ? " Beslutsdagen är inte tryckt." : " Beslutsdagen är inte tryckt, bara perioden: periodens sista dag, " + to + ", föreslås.");
        int confidence = reference != null && point != null && to != null && sectorStart > typeEnd ? 85 : 60;
        String number = "NypsID".equals(referenceKind) ? "NypsID: " + reference : reference;
        return new ProposedItem("DELEGATED_DECISION", type, number, recipient, null, null, null, matter, null, -1, first.page(), first.number(),
                last.number(), confidence, reason, null, List.of(), null, details);
    }

    private static boolean startsSmall(String word) {
        return !word.isEmpty() && !Character.isUpperCase(word.codePointAt(0)) && !Character.isDigit(word.codePointAt(0)) || "&".equals(word);
    }
}
