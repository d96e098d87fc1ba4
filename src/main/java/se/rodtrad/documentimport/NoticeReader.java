package se.rodtrad.documentimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a meeting notice (kallelse/föredragningslista) as Swedish bodies print it: items numbered 1, 2, 3 … in order,
 * each with its title, "Diarienummer: 19RS9687 Föredragande: …", "Förslag till beslut" with the body's att-clauses,
 * "Sammanfattning", "Beslutsunderlag" (the papers) — an item without att-clauses that lists points is information.
 * The deadline for justering ("Protokollet ska vara justerat senast den 5 februari 2020") and, where printed, the
 * meeting's date are read too. A number that does not continue the agenda's order ("1." inside item 7's summary)
 * belongs to the text, not to the agenda.
 */
final class NoticeReader {

    private static final Pattern ITEM = Pattern.compile("^(\\d{1,2})\\.\\s+(\\p{Lu}.*)$");
    private static final Pattern CASE = Pattern.compile("(?:Diarienummer|Dnr)\\s*:?\\s*([0-9]{2}[A-ZÅÄÖ]{1,6}\\s?[0-9]{1,6}(?:-[0-9]+)?)");
    private static final Pattern PRESENTERS = Pattern.compile("Föredragande\\s*:\\s*(.*)$");
    private static final Pattern DEADLINE = Pattern.compile("justera[ts]?\\s+senast\\s+(?:den\\s+)?(\\d{1,2})\\s+(\\p{L}+)\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_DATE = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
    private static final List<String> MONTHS = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
            "oktober", "november", "december");
    private static final Pattern PROCEDURAL = Pattern.compile("(?i)^(protokollsjustering|justering|val av justerare|upprop|fastställande av dagordning"
            + "|godkännande av dagordning|mötets öppnande|mötets avslutande)");

    enum Mode { TITLE, CLAUSES, SUMMARY, PAPERS, POINTS }

    private final ImportLimits limits;
    private final List<Map<String, Object>> items = new ArrayList<>();
    private final List<Paragraphs.Block> starts = new ArrayList<>();
    private Map<String, Object> item;
    private Mode mode;
    private LocalDate deadline;
    private LocalDate date;

    NoticeReader(ImportLimits limits) {
        this.limits = limits;
    }

    static boolean looksLikeNotice(List<Paragraphs.Block> blocks) {
        long hits = blocks.stream().filter(b -> b.text().startsWith("Förslag till beslut") || b.text().startsWith("Diarienummer")
                || b.text().startsWith("Föredragande")).count();
        return hits >= 2;
    }

    DocumentReading.Notice notice() {
        return new DocumentReading.Notice(date, null, null, deadline);
    }

    @SuppressWarnings("unchecked")
    List<ProposedItem> read(List<Paragraphs.Block> blocks) {
        long stop = System.currentTimeMillis() + limits.maxMillis();
        for (Paragraphs.Block b : blocks) {
            if (System.currentTimeMillis() > stop) {
                throw new ImportRefused("documentimport.refused.tooSlow", limits.maxMillis() / 1000);
            }
            String t = b.text();
            Matcher d = DEADLINE.matcher(t);
            if (d.find()) {
                int month = MONTHS.indexOf(d.group(2).toLowerCase(Locale.ROOT)) + 1;
                if (month > 0) {
                    deadline = LocalDate.of(Integer.parseInt(d.group(3)), month, Integer.parseInt(d.group(1)));
                }
                continue;
            }
            if (date == null && items.isEmpty() && t.matches("(?i).*(sammanträde|tid|datum).*")) {
                Matcher iso = ISO_DATE.matcher(t);
                if (iso.find()) {
                    date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
                }
            }
            Matcher m = ITEM.matcher(t);
            if (m.matches() && !b.bullet() && Integer.parseInt(m.group(1)) == items.size() + 1) {
                item = new LinkedHashMap<>();
                item.put("number", Integer.parseInt(m.group(1)));
                item.put("title", m.group(2).strip());
                item.put("clauses", new ArrayList<String>());
                item.put("papers", new ArrayList<String>());
                item.put("points", new ArrayList<String>());
                item.put("summary", new ArrayList<String>());
                items.add(item);
                starts.add(b);
                mode = Mode.TITLE;
                continue;
            }
            if (item == null) {
                continue;
            }
            Matcher c = CASE.matcher(t);
            Matcher p = PRESENTERS.matcher(t);
            if (c.find() && (t.startsWith("Diarienummer") || t.startsWith("Dnr"))) {
                item.put("caseNumber", c.group(1).replace(" ", ""));
                if (p.find() && !p.group(1).isBlank()) {
                    item.put("presenters", p.group(1).strip());
                }
                mode = Mode.POINTS;
                continue;
            }
            if (t.startsWith("Föredragande")) {
                if (p.find() && !p.group(1).isBlank()) {
                    item.put("presenters", p.group(1).strip());
                }
                mode = Mode.POINTS;
                continue;
            }
            if (t.startsWith("Förslag till beslut")) {
                mode = Mode.CLAUSES;
                continue;
            }
            if (t.equals("Sammanfattning")) {
                mode = Mode.SUMMARY;
                continue;
            }
            if (t.equals("Beslutsunderlag") || t.equals("Bilagor") || t.equals("Handlingar")) {
                mode = Mode.PAPERS;
                continue;
            }
            List<String> clauses = (List<String>) item.get("clauses");
            switch (mode) {
                case TITLE -> {
                    if (t.length() < 120 && !t.endsWith(".")) {
                        item.put("title", item.get("title") + " " + t);
                    }
                }
                case CLAUSES -> {
                    if (t.matches("^att\\s.*")) {
                        clauses.add(t.replaceFirst("^att\\s+", ""));
                    } else if (b.bullet() && !clauses.isEmpty()) {
                        clauses.set(clauses.size() - 1, clauses.get(clauses.size() - 1) + "\n• " + t);
                    } else if (t.endsWith("beslutar") || t.endsWith("beslutar:")) {
                        // "Regional tillväxtnämnd beslutar": the clauses follow
                    } else if (!clauses.isEmpty()) {
                        mode = Mode.SUMMARY;
                        ((List<String>) item.get("summary")).add(t);
                    }
                }
                case SUMMARY -> ((List<String>) item.get("summary")).add(t);
                case PAPERS -> ((List<String>) item.get("papers")).add(t);
                case POINTS -> {
                    if (b.bullet()) {
                        ((List<String>) item.get("points")).add(t);
                    }
                }
            }
        }
        List<ProposedItem> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> it = items.get(i);
            Paragraphs.Block b = starts.get(i);
            List<String> clauses = (List<String>) it.get("clauses");
            List<String> points = (List<String>) it.get("points");
            String title = String.valueOf(it.get("title"));
            boolean information = clauses.isEmpty() && !points.isEmpty();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("caseNumber", it.get("caseNumber"));
            details.put("presenters", it.get("presenters"));
            details.put("clauses", clauses);
            details.put("informationPoints", points);
            details.put("papers", it.get("papers"));
            details.put("summary", String.join("\n\n", (List<String>) it.get("summary")));
            details.put("itemKind", information ? "INFORMATION" : "DECISION");
            details.put("procedural", PROCEDURAL.matcher(title).find());
            String reason = "Numrerad punkt " + it.get("number") + " på föredragningslistan" + (it.get("caseNumber") != null
                    ? ", med diarienummer." : ".") + (information ? " Inga att-satser men punkter: information." : "");
            int confidence = it.get("caseNumber") != null || !clauses.isEmpty() ? 90 : 70;
            result.add(new ProposedItem("AGENDA_ITEM", information ? "Information" : "Beslutsärende", String.valueOf(it.get("number")), title,
                    null, null, null, null, null, -1, b.page(), b.firstLine(), b.lastLine(), confidence, reason, null, List.of(), null, details));
        }
        return result;
    }
}
