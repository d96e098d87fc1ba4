package se.rodtrad.documentimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plan's internal control plan (internkontrollplan), the table "Verksamhet | Risk | Åtgärd" as a PDF's text
 * gives it: column by column, each cell broken over short lines. A risk begins "Risken att …" (the activity printed
 * before it on its line or on the short lines above: "HR", "Informat-/ionssä-/kerhet"), an action "Regionövergripande
 * åtgärd: …", "Nämndspecifik åtgärd: …" or "Åtgärd: …"; a risk whose actions are region-wide is the region's risk
 * (KL 6 kap. 6 §: the board's common risks), the others the body's own.
 */
final class InternalControlReader {

    private static final Pattern SECTION = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?\\s+(Internkontrollplan.*)$");
    private static final Pattern NEXT_SECTION = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?\\s+\\p{Lu}.{1,80}$");
    private static final Pattern RISK = Pattern.compile("^(.*?)\\s*\\b(Risken? (?:att|för att)\\b.*)$");
    private static final Pattern ACTION = Pattern.compile("^((?:Regionövergripande|Nämndspecifik|Förvaltningsspecifik)?\\s*[Åå]tgärd\\s*:.*)$");

    private InternalControlReader() {
    }

    static List<ProposedItem> read(List<SourceLine> lines) {
        int start = -1;
        String section = null;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = SECTION.matcher(lines.get(i).text().strip());
            if (m.matches()) {
                section = m.group(1);
                start = i + 1;
            }
        }
        if (start < 0) {
            return List.of();
        }
        // the table begins after its column header "Risk Åtgärd"
        int from = -1;
        for (int i = start; i < Math.min(lines.size(), start + 60); i++) {
            String t = lines.get(i).text().strip();
            if (t.contains("Risk") && (t.contains("Åtgärd") || t.contains("åtgärd")) && t.length() < 60) {
                from = i + 1;
                break;
            }
        }
        if (from < 0) {
            return List.of();
        }
        List<ProposedItem> result = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        String activity = null;
        StringBuilder risk = null;
        List<StringBuilder> actions = new ArrayList<>();
        StringBuilder target = null;
        SourceLine riskLine = null;
        int last = from;
        for (int i = from; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String t = line.text().strip();
            if (NEXT_SECTION.matcher(t).matches() && !t.contains("Risk")) {
                break;
            }
            Matcher r = RISK.matcher(t);
            Matcher a = ACTION.matcher(t);
            if (r.matches()) {
                List<String> chain = activityChain(pending);
                flushTo(target, pending);
                if (risk != null) {
                    result.add(item(activity, risk, actions, section, riskLine, last));
                }
                String prefix = (String.join("", joinBroken(chain)) + " " + r.group(1)).strip();
                if (!prefix.isEmpty()) {
                    activity = prefix;
                }
                risk = new StringBuilder(r.group(2));
                actions = new ArrayList<>();
                target = risk;
                riskLine = line;
            } else if (a.matches() && risk != null) {
                flushTo(target, pending);
                StringBuilder action = new StringBuilder(a.group(1).strip());
                actions.add(action);
                target = action;
            } else {
                pending.add(t);
            }
            last = i;
        }
        flushTo(target, pending);
        if (risk != null) {
            result.add(item(activity, risk, actions, section, riskLine, last));
        }
        return result;
    }

    /** The short lines just above a risk that spell its activity ("Informat-", "ionssä-", "kerhet"), taken off the list. */
    private static List<String> activityChain(List<String> pending) {
        List<String> chain = new ArrayList<>();
        int j = pending.size();
        while (j > 0) {
            String l = pending.get(j - 1);
            boolean fits = l.length() <= 14 && (chain.isEmpty() ? !l.endsWith(".") && !l.endsWith(",") : l.endsWith("-"));
            if (!fits) {
                break;
            }
            chain.add(0, l);
            j--;
        }
        if (!chain.isEmpty() && !Character.isUpperCase(chain.get(0).charAt(0))) {
            return List.of();
        }
        for (int k = 0; k < chain.size(); k++) {
            pending.remove(pending.size() - 1);
        }
        return chain;
    }

    private static List<String> joinBroken(List<String> parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (b.length() > 0 && b.charAt(b.length() - 1) == '-') {
                b.setLength(b.length() - 1);
            } else if (b.length() > 0) {
                b.append(' ');
            }
            b.append(p);
        }
        return b.length() == 0 ? List.of() : List.of(b.toString());
    }

    private static void flushTo(StringBuilder target, List<String> pending) {
        if (target != null) {
            for (String p : pending) {
                append(target, p);
            }
        }
        pending.clear();
    }

    /** Appends a continuation line: a word hyphenated at the line end whole again, "hälso- och" kept. */
    static void append(StringBuilder text, String next) {
        int end = text.length();
        if (end > 1 && text.charAt(end - 1) == '-' && Character.isLowerCase(text.charAt(end - 2)) && !next.isEmpty()
                && Character.isLowerCase(next.charAt(0)) && !next.matches("^(och|eller|samt|till)\\b.*")) {
            text.setLength(end - 1);
            text.append(next);
        } else {
            text.append(end > 0 && text.charAt(end - 1) == '-' && !next.isEmpty() && Character.isLowerCase(text.charAt(end - 2))
                    && !next.matches("^(och|eller|samt|till)\\b.*") ? "" : " ").append(next);
        }
    }

    private static ProposedItem item(String activity, StringBuilder risk, List<StringBuilder> actions, String section, SourceLine at, int last) {
        List<String> texts = actions.stream().map(b -> b.toString().replaceAll("\\s+", " ").strip()).toList();
        boolean regionWide = !texts.isEmpty() && texts.stream().allMatch(t -> t.startsWith("Regionövergripande"));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("activity", activity);
        details.put("scope", regionWide ? "REGION_WIDE" : "BODY");
        details.put("actions", texts);
        String reason = "Inleds med ”Risken att” i internkontrollplanens tabell" + (activity == null ? "" : ", verksamhet ”" + activity + "”")
                + (regionWide ? "; åtgärderna är regionövergripande." : "; nämndens egen risk.");
        return new ProposedItem("RISK", activity, null, risk.toString().replaceAll("\\s+", " ").strip(), null, null, null, null,
                section == null ? null : section + " Internkontrollplan", -1, at.page(), at.number(), at.number() + 1, activity == null ? 50 : 75,
                reason, null, List.of(), null, details);
    }
}
