package se.rodtrad.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an indicator's target from its Swedish wording (DOMAIN.md, "Indicator targets"): "ska öka jämfört med 2022"
 * is a base year, "minska med 60 procent till år 2030 jämfört med 2005" a relative change, "högre än i jämförbara
 * län" a comparison group, "inom intervallet 77–80" an interval, "skillnaden mellan kvinnor och män ska minska" a gap,
 * "ska redovisas" report only. The one classifier of the product: the editing page proposes a form from the wording
 * with it, and the document import reads every imported indicator with it. It proposes; a person decides — the
 * result is a {@link TargetDraft} that {@code TargetPolicy} validates like anything typed, with the reason in words.
 *
 * <p>An indicator that states more than one target ("… ska öka. Skillnaden mellan kvinnor och män ska minska.")
 * gives the first as {@link Reading#target()} and the others as {@link Reading#additional()}.
 */
public final class TargetReading {

    /** The proposed target, further targets the wording states, and why, in Swedish. */
    public record Reading(TargetDraft target, List<TargetDraft> additional, String reason) {

        public Reading {
            additional = additional == null ? List.of() : List.copyOf(additional);
        }

        public TargetForm form() {
            return TargetForm.valueOf(target.form());
        }
    }

    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final String NUMBER = "(\\d+(?:[,.]\\d+)?)";
    private static final String DASH = "\\s*[-–—]\\s*";
    private static final Pattern GAP = Pattern.compile("skillnad(?:en|er|erna)? mellan (.+?) (?:ska|skall) (?:minska|utjämnas)");
    private static final Pattern RELATIVE = Pattern.compile(
            "(öka|minska|effektivare|förbättras)\\D{0,30}?(?:med )?" + NUMBER + " ?(?:procent|%)(?: effektivare)?(?:\\s+(?:till )?(?:år )?" + YEAR + ")?"
                    + "\\s+jämfört med (?:år )?" + YEAR);
    private static final Pattern RELATIVE_BY_YEAR = Pattern.compile(
            "(?:minst )?" + NUMBER + " ?(?:procent|%) (effektivare|lägre|högre|mindre|större)\\D{0,20}?(?:år )?" + YEAR + "\\s+jämfört med (?:år )?" + YEAR);
    private static final Pattern INTERVAL = Pattern.compile(
            "(?:intervallet|mål:?|målvärde:?|målnivå:?|inom)\\s*" + NUMBER + DASH + NUMBER + "\\s*(%|procent)?");
    private static final Pattern SINGLE_TARGET = Pattern.compile("(?:målvärde|målnivå):?\\s*" + NUMBER + "\\s*(%|procent)?");
    private static final Pattern THRESHOLD = Pattern.compile("antal (\\p{L}+) som (?:uppnått|når|nått|klarar)\\D{0,40}?" + NUMBER + " ?(?:procent|%)");
    private static final Pattern BASE_YEAR = Pattern.compile("(?:jämfört med|i jämförelse med|i förhållande till|mot) (?:år )?" + YEAR + "(?!\\d)");
    private static final Pattern INCREASE = Pattern.compile(
            "\\b(ska öka|skall öka|öka[rs]?\\b|ökad|ökat|ökade|förbättras|förbättrad|förbättrade|högre|fler|stärkas|stärkts|stärkt|ska stiga|ska växa|ska bli bättre)");
    private static final Pattern DECREASE = Pattern.compile("\\b(ska minska|skall minska|minska[rs]?\\b|minskad|minskat|lägre|färre|ska sjunka)");

    private TargetReading() {
    }

    /** Reads the wording; never null: a wording none of the rules knows is {@link TargetForm#UNSPECIFIED}, said so. */
    public static Reading read(String wording) {
        String text = wording == null ? "" : normalise(wording);
        List<String> sentences = sentences(text);
        List<TargetDraft> found = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (String s : sentences) {
            readSentence(s, found, reasons);
        }
        if (found.isEmpty()) {
            TargetDraft whole = whole(text, reasons);
            found.add(whole);
        }
        // "Ska minska. Ton … ska minska med 60 procent till år 2030 jämfört med 2005": the later sentence says how much
        if (found.size() > 1 && "PREVIOUS_VALUE".equals(found.get(0).form()) && found.get(0).reference() == null
                && java.util.Set.of("RELATIVE_CHANGE", "BASE_YEAR", "PEER_GROUP", "NATIONAL").contains(found.get(1).form())) {
            found.remove(0);
        }
        // a gap alone is never the first target when the wording also states a direction for the whole
        if (found.size() > 1 && "GAP".equals(found.get(0).form())) {
            TargetDraft gap = found.remove(0);
            found.add(gap);
        }
        // "Båda indikatorerna mäts i jämförelse med senast tillgängliga statistik": the reference of the first
        if (text.contains("senast tillgänglig") && "PREVIOUS_VALUE".equals(found.get(0).form())) {
            TargetDraft t = found.get(0);
            found.set(0, draft("PREVIOUS_VALUE", t.direction(), "LATEST_STATISTICS"));
        }
        return new Reading(found.get(0), found.subList(1, found.size()), String.join(" ", reasons));
    }

    private static void readSentence(String s, List<TargetDraft> found, List<String> reasons) {
        Matcher m;
        if (!s.contains("ska ") && !s.contains("skall ") && (s.startsWith("förbättrad") || s.contains(" som mäts som "))) {
            // "Förbättrade resultat …", "Ökad attraktionskraft som mäts som …": a wished-for change with no measure to judge it by
            found.add(draft("UNSPECIFIED", "INCREASE", null));
            reasons.add("En önskad förbättring utan mått eller jämförelse – bedöms av en person.");
            return;
        }
        if ((m = GAP.matcher(s)).find()) {
            String between = m.group(1).strip();
            found.add(new TargetDraft("GAP", "DECREASE", null, null, null, null, null, null, null, null, null, between, null, null));
            reasons.add("”Skillnaden mellan " + between + " ska minska” är ett gap som ska slutas.");
            // the same sentence may state nothing else
            return;
        }
        if (s.contains("ska redovisas") || s.contains("skall redovisas")) {
            found.add(draft("REPORT_ONLY", null, null));
            reasons.add("”Ska redovisas”: redovisas utan att bedömas.");
            return;
        }
        if ((m = THRESHOLD.matcher(s)).find()) {
            found.add(new TargetDraft("THRESHOLD", "NONE", null, null, null, null, null, null, null, null, null, null, plain(m.group(2)),
                    m.group(1)));
            reasons.add("”Antal " + m.group(1) + " som uppnått " + m.group(2) + " procent” räknar enheter över en nivå.");
            return;
        }
        if ((m = INTERVAL.matcher(s)).find() && !s.contains("utfall") || (m = INTERVAL.matcher(afterTarget(s))).find()) {
            String a = plain(m.group(1));
            String b = plain(m.group(2));
            String lower = compare(a, b) <= 0 ? a : b;
            String upper = compare(a, b) <= 0 ? b : a;
            String unit = m.group(3) == null ? null : "%";
            found.add(new TargetDraft("INTERVAL", "NONE", null, null, null, null, null, null, lower, upper, unit, null, null, null));
            reasons.add("Ett intervall " + lower + "–" + upper + (unit == null ? "" : " %") + " anges.");
            if (s.contains("ska minska") && !found.isEmpty() && found.size() == 1) {
                found.add(0, draft("PREVIOUS_VALUE", "DECREASE", null));
            }
            return;
        }
        if ((m = SINGLE_TARGET.matcher(s)).find()) {
            String v = plain(m.group(1));
            found.add(new TargetDraft("INTERVAL", "NONE", null, null, null, null, null, null, v, v, m.group(2) == null ? null : "%", null, null,
                    null));
            reasons.add("Ett målvärde " + v + (m.group(2) == null ? "" : " %") + " anges.");
            return;
        }
        if ((m = RELATIVE.matcher(s)).find()) {
            String verb = m.group(1);
            String direction = verb.equals("öka") || verb.equals("förbättras") ? "INCREASE" : "DECREASE";
            found.add(new TargetDraft("RELATIVE_CHANGE", direction, null, m.group(4), m.group(3), plain(m.group(2)), null, null, null, null, null,
                    null, null, null));
            reasons.add("En förändring med " + m.group(2) + " procent jämfört med " + m.group(4) + (m.group(3) == null ? "" : " till " + m.group(3))
                    + ".");
            return;
        }
        if ((m = RELATIVE_BY_YEAR.matcher(s)).find()) {
            String word = m.group(2);
            String direction = word.equals("högre") || word.equals("större") ? "INCREASE" : "DECREASE";
            found.add(new TargetDraft("RELATIVE_CHANGE", direction, null, m.group(4), m.group(3), plain(m.group(1)), null, null, null, null, null,
                    null, null, null));
            reasons.add("”" + m.group(1) + " procent " + word + " år " + m.group(3) + " jämfört med " + m.group(4) + "” är en relativ förändring.");
            return;
        }
        if (s.contains("jämförbara län") && (s.contains("högre än") || s.contains("mer än") || s.contains("lägre än") || s.contains("öka mer"))) {
            boolean change = s.contains("procentuellt") || s.contains("öka mer") || s.contains("ökar mer");
            String direction = s.contains("lägre än") ? "DECREASE" : "INCREASE";
            found.add(new TargetDraft("PEER_GROUP", direction, null, null, null, null, "jamforbara-lan", change ? "CHANGE" : "LEVEL", null, null,
                    null, null, null, null));
            reasons.add(change ? "Förändringen jämförs med jämförbara län." : "Nivån jämförs med jämförbara län.");
            return;
        }
        if ((s.contains("riket") || s.contains("rikets") || s.contains("riksgenomsnitt")) && (s.contains("högre än") || s.contains("lägre än")
                || s.contains("mer än"))) {
            boolean change = s.contains("procentuellt") || s.contains("öka mer");
            found.add(new TargetDraft("NATIONAL", s.contains("lägre än") ? "DECREASE" : "INCREASE", null, null, null, null, null,
                    change ? "CHANGE" : "LEVEL", null, null, null, null, null, null));
            reasons.add("Jämförs med riket.");
            return;
        }
        String direction = direction(s);
        if ((m = BASE_YEAR.matcher(s)).find() && direction != null) {
            found.add(new TargetDraft("BASE_YEAR", direction, null, m.group(1), null, null, null, null, null, null, null, null, null, null));
            reasons.add("Ska " + word(direction) + " jämfört med år " + m.group(1) + ".");
            return;
        }
        if (s.contains("föregående år") || s.contains("tidigare år") || s.contains("förra året")) {
            found.add(draft("PREVIOUS_VALUE", direction == null ? "NONE" : direction, "PREVIOUS_YEAR"));
            reasons.add("Jämförs med föregående år" + (direction == null ? ", utan angiven riktning." : " och ska " + word(direction) + "."));
            return;
        }
        if (direction != null && (s.contains("senast tillgänglig") || s.contains("tidigare medarbetarenkät") || s.contains("senaste mätning")
                || s.contains("tidigare mätning") || s.contains("senast tillgängliga uppföljning"))) {
            found.add(draft("PREVIOUS_VALUE", direction, "LATEST_STATISTICS"));
            reasons.add("Ska " + word(direction) + " jämfört med senast tillgängliga värde.");
            return;
        }
        if (qualitative(s)) {
            found.add(draft("QUALITATIVE", null, null));
            reasons.add("En utvärdering eller bedömning som en person gör.");
            return;
        }
        if (direction != null) {
            found.add(draft("PREVIOUS_VALUE", direction, null));
            reasons.add("Ska " + word(direction) + "; ingen annan jämförelse anges, så mot föregående värde.");
        }
    }

    /** Nothing in any sentence stated a target: a bare count or share is reported, other wordings judged by a person. */
    private static TargetDraft whole(String text, List<String> reasons) {
        if (text.contains("resultat i balans") || text.contains("ska vara positivt") || text.contains("i balans")) {
            reasons.add("Ett krav utan jämförelse (resultat i balans) – bedöms av en person.");
            return draft("UNSPECIFIED", null, null);
        }
        if (text.startsWith("antal") || text.startsWith("andel") || text.contains("(%)") || text.startsWith("installerad")
                || text.matches("^[\\p{L} ]{0,40}(andel|antal|nyttjande|omsättning)\\b.*")) {
            reasons.add("Ett antal eller en andel utan riktning: redovisas.");
            return draft("REPORT_ONLY", null, null);
        }
        reasons.add("Ingen regel känner igen lydelsen; en person väljer form.");
        return draft("UNSPECIFIED", null, null);
    }

    private static boolean qualitative(String s) {
        return s.contains("utvärdering") || s.contains("kvalitativ") || s.contains("upplevs som") || s.contains("ska integreras")
                || s.contains("ska efterlevas") || s.contains("genomförd") || s.contains("genomförda") || s.contains("är framtaget")
                || s.contains("uppfattning av") || s.contains("ska vara framtagen") || s.contains("beslutat senast");
    }

    private static String direction(String s) {
        Matcher inc = INCREASE.matcher(s);
        Matcher dec = DECREASE.matcher(s);
        int i = inc.find() ? inc.start() : Integer.MAX_VALUE;
        int d = dec.find() ? dec.start() : Integer.MAX_VALUE;
        if (i == Integer.MAX_VALUE && d == Integer.MAX_VALUE) {
            return null;
        }
        return i <= d ? "INCREASE" : "DECREASE";
    }

    private static String word(String direction) {
        return "INCREASE".equals(direction) ? "öka" : "minska";
    }

    private static String afterTarget(String s) {
        int i = s.indexOf("mål");
        return i < 0 ? "" : s.substring(i);
    }

    private static TargetDraft draft(String form, String direction, String reference) {
        return new TargetDraft(form, direction, reference, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.forLanguageTag("sv")).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Sentences at ". " followed by a letter; "(utfall …)" parentheses kept with the sentence before. */
    private static List<String> sentences(String text) {
        List<String> result = new ArrayList<>();
        for (String s : text.split("(?<=[.!?:])\\s+(?=[\\p{L}(])")) {
            if (!s.isBlank()) {
                result.add(s.strip());
            }
        }
        return result;
    }

    private static String plain(String n) {
        return n.replace('.', ',');
    }

    private static int compare(String a, String b) {
        return new java.math.BigDecimal(a.replace(',', '.')).compareTo(new java.math.BigDecimal(b.replace(',', '.')));
    }
}
