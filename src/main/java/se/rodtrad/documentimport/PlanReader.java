package se.rodtrad.documentimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.rodtrad.planning.TargetReading;

/**
 * Reads a Swedish plan document (verksamhetsplan med budget, a committee's proposed goals and assignments) into
 * proposed items by the conventions such documents follow — never by the name of a body or a document:
 * <ul>
 * <li>numbered headings "3.1 Perspektiv: Invånare och samhälle" open a perspective; a heading at the same level that is
 * no perspective ("3.3 Regionstyrelsens ansvar för …") closes it and names the section of what follows;</li>
 * <li>a goal starts with its kind and number ("Effektmål 5.", "Effektmål nr 7.", "Mål: Territoriellt mål:",
 * "Fokusområde 4.1", "Målsättning nr 6:", "Nr 4:" under "Målsättningar"); an effektmål or målsättning is the top of
 * a tree, a focus area numbered 4.1 belongs to målsättning 4, a territorial goal or "Mål" to the effektmål above it,
 * a verksamhetsmål to the territorial goal it follows;</li>
 * <li>"Indikatorer"/"Styrtal" lists the goal's indicators, each a paragraph or bullet, its target read by planning's
 * {@link TargetReading}; a list printed where no goal is open (a box the PDF put elsewhere) belongs to the latest goal
 * that has none;</li>
 * <li>"Uppdrag:" with a tag ("Från 2022 fortsätter 2023:"), "Nr 27. Att …", and the bullets under "… får i
 * uppdrag:" or under a sentence that introduces "uppdrag" are assignments; they belong to the effektmål or focus
 * area, not to a territorial or operational goal; a sentence "… har i uppdrag att …" in prose is one too;</li>
 * <li>"Strategi" introduces strategies in prose, "Strategi: Digitalisering"/"Strategier för …" a group with bullets;</li>
 * <li>an origin tag in parentheses at the end ("(FM 2026)", "(Förslag till DN 2026)") is the item's tag, and
 * an item printed again on a later slide or in a summary is the same item, not a new one.</li>
 * </ul>
 */
final class PlanReader {

    private static final Pattern SECTION = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?\\s+(\\p{Lu}.{1,100})$");
    private static final Pattern GOAL = Pattern.compile("^(?:Mål\\s*:\\s*)?(Effektmål|Målsättning|Fokusområde|Territoriellt\\s+m[åa][lI]|Verksamhetsmål|Nämndmål|Mål)"
            + "(?:\\s+((?:nr\\.?\\s*)?\\d{1,3}(?:\\.\\d{1,2}){0,3}))?\\s*[.:\\-–]?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NR = Pattern.compile("^(Nr\\.?\\s*\\d{1,3})\\s*[.:]\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern UPPDRAG = Pattern.compile("^Uppdrag(?:\\s*[:;]\\s*|\\s+(?=\\p{Lu})|\\s*$)(.*)$");
    private static final Pattern RECIPIENT = Pattern.compile("^(.{2,80}?)\\s+får i uppdrag\\s*:?\\s*$");
    private static final Pattern SUFFIX_TAG = Pattern.compile("\\s*\\(((?:Från|Förslag|Förlag|Ny|Nytt|FM|DN|RS)(?:\\b|(?=\\d))[^()]{0,40})\\)\\s*$");
    private static final Pattern PREFIX_TAG = Pattern.compile("^((?:Från|Nytt|Ny|Förslag|FM|DN|RS)\\b[^:]{0,40}?\\d{4})\\s*:\\s*(.+)$");
    private static final Pattern PROSE_ASSIGNMENT = Pattern.compile("[^.]*\\b(?:har|får|ges|fått)(?: \\p{L}+){0,2} i uppdrag att (?:[^.]|\\d\\.\\d)*\\.");
    /** What follows a goal on its own line and is about the goal, not part of it ("Uppföljning sker utifrån …"). */
    private static final Pattern GOAL_NOTE = Pattern.compile("^(Uppföljning|Indikatorerna|Indikatorn|Målet mäts|Mäts|Målet följs)\\b");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})\\.\\s+(.+)$");
    private static final Pattern COUNTED_KIND = Pattern.compile(
            "\\b(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|\\d{1,2})\\s+(?:\\p{L}+\\s+)?(gap|utmaningar|fokusområden|målsättningar|prioriteringar)\\b");
    private static final Pattern YEAR_TITLE = Pattern.compile("(Verksamhetsplan med budget|Verksamhetsplan|VP)(?: för)?[\\s-]*((?:19|20)\\d\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> TOP_KINDS = Set.of("Effektmål", "Målsättning");

    /** A proposed item while reading: mutable until the proposal is made. */
    static final class Node {
        String type;
        String kind;
        String number;
        String text;
        String tag;
        String issuer;
        String assignee;
        String heading;
        String section;
        String note;
        Node parent;
        Paragraphs.Block block;
        int confidence;
        String reason;
        boolean fromList;
        int indicators;
        int indicatorBlocks;
        final List<Node> children = new ArrayList<>();
    }

    enum Mode { NONE, INDICATORS, ASSIGNMENTS, STRATEGY_PROSE, STRATEGY_BULLETS, GOAL_LIST, NUMBERED_KIND, SUMMARY }

    private final List<Node> nodes = new ArrayList<>();
    private final ImportLimits limits;
    private final long deadline;
    private Node perspective;
    private String perspectiveNumber;
    private String section;
    private Node topGoal;
    private Node goal;
    private Node strategyParent;
    private Node strategyGroup;
    private Node listOwner;
    private Mode mode = Mode.NONE;
    private String pendingKind;
    private boolean pendingPerspective;
    private String assignee;
    private String numberedKind;
    private String lastShortLine;
    private boolean budgetPart;
    private boolean afterLabel;
    private boolean inGoalList;

    PlanReader(ImportLimits limits) {
        this.limits = limits;
        this.deadline = System.currentTimeMillis() + limits.maxMillis();
    }

    /** The plan's title and year as the document names them ("Verksamhetsplan med budget 2023"), when it does. */
    record Title(String title, Integer year) {
    }

    static Title title(List<Paragraphs.Block> blocks) {
        for (int i = 0; i < Math.min(blocks.size(), 60); i++) {
            Matcher m = YEAR_TITLE.matcher(blocks.get(i).text());
            if (m.find()) {
                int year = Integer.parseInt(m.group(2));
                String t = blocks.get(i).text();
                String title = t.length() <= 120 && i < 5 ? t : "Verksamhetsplan med budget " + year;
                return new Title(title, year);
            }
        }
        return new Title(null, null);
    }

    List<ProposedItem> read(List<Paragraphs.Block> blocks) {
        for (Paragraphs.Block b : blocks) {
            if (System.currentTimeMillis() > deadline) {
                throw new ImportRefused("documentimport.refused.tooSlow", limits.maxMillis() / 1000);
            }
            step(b);
        }
        return proposal();
    }

    private void step(Paragraphs.Block b) {
        String t = b.text();
        Matcher m;
        // a numbered heading: a perspective, a strategy group, or a section that ends the perspective
        if (!b.bullet() && (m = SECTION.matcher(t)).matches() && !t.endsWith(".") && !t.endsWith(",") && heading(m.group(2), b)) {
            section(m.group(1), m.group(2).strip(), b);
            return;
        }
        if (t.matches("(?i)^Perspektiv\\s*:?$")) {
            pendingPerspective = true;
            return;
        }
        if (t.matches("(?i)^(Indikatorer|Indikator|Styrtal)\\s*:?$")) {
            pendingKind = null;
            indicatorsFor(b);
            return;
        }
        if (t.matches("^Strategi\\s*:?$")) {
            mode = Mode.STRATEGY_PROSE;
            strategyParent = goal == null ? perspective : goal.kind != null && goal.kind.equals("Verksamhetsmål") && goal.parent != null
                    && "GOAL".equals(goal.parent.type) ? goal.parent : goal;
            return;
        }
        if ((m = Pattern.compile("^Strategi\\s*:\\s*(.+)$").matcher(t)).matches()) {
            strategyGroup(null, m.group(1), b, "Inleds med ”Strategi:” – en grupp av strategier.");
            return;
        }
        if (t.matches("^Strategier\\s+(?:för|inom)\\b.*")) {
            if (strategyGroup == null || lastShortLine != null) {
                if (lastShortLine != null) {
                    strategyGroup(null, lastShortLine, b, "Rubrik ovanför ”" + t + "” – en grupp av strategier.");
                } else {
                    strategyGroup(null, t, b, "”" + t + "” – en grupp av strategier.");
                }
            }
            strategyGroup.heading = t;
            mode = Mode.STRATEGY_BULLETS;
            lastShortLine = null;
            return;
        }
        if (t.matches("(?i)^Gemensamma\\s+målsättningar.*") || t.matches("(?i)^Målsättningar(\\s+med\\b.*)?$")) {
            mode = Mode.GOAL_LIST;
            inGoalList = true;
            goal = null;
            topGoal = null;
            lastShortLine = null;
            return;
        }
        if (t.matches("(?i)^Sammanfattning av uppdrag.*")) {
            mode = Mode.SUMMARY;
            return;
        }
        if ((m = RECIPIENT.matcher(t)).matches()) {
            mode = Mode.ASSIGNMENTS;
            assignee = m.group(1).strip();
            if (lastShortLine != null && inGoalList) {
                goal(kindOfList(), null, lastShortLine, b, false, "Rubrik över ”" + t + "”.", 60);
            }
            lastShortLine = null;
            return;
        }
        if ((m = UPPDRAG.matcher(t)).matches()) {
            String rest = m.group(1).strip();
            if (rest.isEmpty()) {
                mode = Mode.ASSIGNMENTS;
                assignee = null;
                afterLabel = true;
                return;
            }
            assignment(rest, null, b, 90, "Inleds med ”Uppdrag”.");
            mode = Mode.NONE;
            return;
        }
        if ((m = GOAL.matcher(t)).matches() && !b.bullet() && goalLabel(t)) {
            String kind = kind(m.group(1));
            String number = m.group(2) == null ? null : m.group(2).strip();
            String text = m.group(3).strip();
            if (text.isEmpty() && number == null) {
                pendingKind = kind;
                return;
            }
            if (text.isEmpty()) {
                return;
            }
            String label = t.substring(0, Math.min(t.length(), m.start(3))).strip();
            List<Paragraphs.Block> parts = b.with(text).cut((before, after) -> GOAL_NOTE.matcher(after).find());
            goal(kind, number, text.substring(0, Math.min(text.length(), parts.get(0).text().length())).strip(), b, false,
                    "Inleds med ”" + label + "”.", 90);
            if (parts.size() > 1) {
                goal.note = text.substring(parts.get(0).text().length()).strip();
            }
            return;
        }
        if ((m = NR.matcher(t)).matches()) {
            String rest = m.group(2).strip();
            String number = m.group(1).replaceAll("(?i)nr\\.?\\s*", "");
            if (mode == Mode.SUMMARY) {
                return;
            }
            if (mode == Mode.ASSIGNMENTS || rest.matches("^[Aa]tt\\s.*")) {
                assignment(rest, number, b, 85, "”Nr " + number + ".” i en lista över uppdrag.");
                return;
            }
            goal(mode == Mode.GOAL_LIST || topGoal == null ? "Målsättning" : "Målsättning", m.group(1).strip(), rest, b, b.bullet(),
                    "”" + m.group(1) + ":” under rubriken om målsättningar.", 80);
            return;
        }
        if (pendingKind != null) {
            String kind = pendingKind;
            pendingKind = null;
            goal(kind, null, t, b, false, "Står under etiketten ”" + kind + ":”.", 85);
            return;
        }
        if (pendingPerspective) {
            pendingPerspective = false;
        }
        switch (mode) {
            case INDICATORS -> {
                for (Paragraphs.Block part : b.cut(PlanReader::twoItems)) {
                    if (mode == Mode.INDICATORS && !looksLikeProse(part.text(), part)) {
                        indicator(part.text(), part);
                    } else {
                        mode = Mode.NONE;
                        prose(part.text(), part);
                    }
                }
                return;
            }
            case ASSIGNMENTS -> {
                boolean first = afterLabel;
                afterLabel = false;
                if (b.bullet() || b.top() || first || t.matches("^[Aa]tt\\s.*")) {
                    assignment(t, null, b, 80, assignee == null ? "Punkt i listan under ”Uppdrag”." : "Punkt under ”" + assignee + " får i uppdrag”.");
                    return;
                }
                mode = Mode.NONE;
            }
            case STRATEGY_PROSE -> {
                if (!t.endsWith(":")) {
                    strategy(t, strategyParent, b, 75, "Stycke under rubriken ”Strategi”.");
                    return;
                }
                mode = Mode.NONE;
            }
            case STRATEGY_BULLETS -> {
                if (b.bullet() || b.top() && t.length() < 400 || t.matches("^Att\\s.*")) {
                    List<Paragraphs.Block> parts = b.cut((before, after) -> after.length() > 80 && !after.startsWith("Att "));
                    if (parts.size() > 1) {
                        strategy(parts.get(0).text(), strategyGroup, parts.get(0), 80, "Punkt under ”"
                                + (strategyGroup.heading == null ? strategyGroup.text : strategyGroup.heading) + "”.");
                        mode = Mode.NONE;
                        for (int k = 1; k < parts.size(); k++) {
                            prose(parts.get(k).text(), parts.get(k));
                        }
                        return;
                    }
                    strategy(t, strategyGroup, b, 85, "Punkt under ”" + (strategyGroup.heading == null ? strategyGroup.text : strategyGroup.heading) + "”.");
                    return;
                }
                mode = Mode.NONE;
            }
            case GOAL_LIST -> {
                if (t.length() <= 60 && !t.endsWith(".") && !b.bullet()) {
                    lastShortLine = t;
                    return;
                }
            }
            case NUMBERED_KIND -> {
                Matcher n = NUMBERED.matcher(t);
                if (n.matches()) {
                    Node owner = strategyGroup != null ? strategyGroup : perspective;
                    Node g = node("GOAL", numberedKind, n.group(1), n.group(2), owner, b, 60,
                            "Numrerad punkt efter ett stycke som räknar upp " + numberedKind.toLowerCase(Locale.ROOT) + ".");
                    g.section = section;
                    return;
                }
                mode = Mode.NONE;
            }
            case SUMMARY -> {
                return;
            }
            default -> {
            }
        }
        // a short line before "Strategier för …" names a group; remember it
        lastShortLine = t.length() <= 60 && !t.endsWith(".") && !b.bullet() && Character.isUpperCase(t.charAt(0)) ? t : null;
        prose(t, b);
    }

    /** A numbered line is a heading when it is short and reads as a title, not as a sentence or a list item. */
    private boolean heading(String title, Paragraphs.Block b) {
        return title.length() <= 100 && !title.matches(".*[.;]$") && title.split("\\s+").length <= 14 && mode != Mode.NUMBERED_KIND;
    }

    private static boolean goalLabel(String t) {
        // "Målet är att …", "Målsättningen …" are prose; a label is followed by a number, a colon, a dash or a full stop
        return t.matches("(?is)^(Mål\\s*:\\s*)?(Effektmål|Målsättning|Fokusområde|Territoriellt\\s+m[åa][lI]|Verksamhetsmål|Nämndmål|Mål)"
                + "(\\s+(nr\\.?\\s*)?\\d.*|\\s*[:.\\-–].*)");
    }

    private static String kind(String printed) {
        String k = printed.replaceAll("\\s+", " ");
        if (k.toLowerCase(Locale.ROOT).startsWith("territoriellt")) {
            return "Territoriellt mål";
        }
        return Character.toUpperCase(k.charAt(0)) + k.substring(1).toLowerCase(Locale.ROOT);
    }

    private String kindOfList() {
        return "Målsättning";
    }

    private void section(String number, String title, Paragraphs.Block b) {
        Matcher p = Pattern.compile("(?i)^Perspektiv\\s*:?\\s*(.+)$").matcher(title);
        int depth = number.split("\\.").length;
        if (p.matches() || pendingPerspective) {
            pendingPerspective = false;
            String name = p.matches() ? p.group(1).strip() : title;
            perspective = node("PERSPECTIVE", null, number, name, null, b, 90, p.matches() ? "Rubriken ”" + number + " Perspektiv: …”."
                    : "Numrerad rubrik efter ”Perspektiv:”.");
            perspectiveNumber = number;
            section = null;
            resetGoals();
            return;
        }
        Matcher s = Pattern.compile("(?i)^Strategi\\s*:\\s*(.+)$").matcher(title);
        if (s.matches()) {
            strategyGroup(number, s.group(1).strip(), b, "Rubriken ”" + number + " Strategi: …”.");
            return;
        }
        // a focus area's sub-number printed alone ("4.1.1 Innovationsstöds- …") under the focus area it extends, or in a
        // list of such sub-numbers under the focus area the list began under
        Node fa = findGoal(g -> "Fokusområde".equals(g.kind) && g.number != null && number.startsWith(digits(g.number) + "."));
        if (fa == null && depth >= 3 && goal != null && "Fokusområde".equals(goal.kind) && goal.parent != null
                && "Fokusområde".equals(goal.parent.kind) && digits(goal.number).split("\\.").length == depth) {
            fa = goal.parent;
        }
        if (fa != null && depth >= 2 && findGoal(g -> "Fokusområde".equals(g.kind) && digits(g.number).equals(number)) == null) {
            Node g = node("GOAL", "Fokusområde", number, title, fa, b, 70, "Numret " + number + " fortsätter fokusområde " + fa.number + ".");
            g.section = section;
            goal = g;
            return;
        }
        if (title.matches("(?i)^budget\\b.*") && depth == 1) {
            budgetPart = true;
        }
        if (perspectiveNumber == null || depth <= perspectiveNumber.split("\\.").length) {
            perspective = null;
            perspectiveNumber = null;
            section = number + " " + title;
            resetGoals();
        } else {
            mode = Mode.NONE;
            strategyGroup = null;
        }
    }

    private void resetGoals() {
        topGoal = null;
        goal = null;
        strategyGroup = null;
        strategyParent = null;
        mode = Mode.NONE;
        lastShortLine = null;
    }

    private void strategyGroup(String number, String name, Paragraphs.Block b, String reason) {
        strategyGroup = node("STRATEGY", null, number, name, perspective, b, 80, reason);
        strategyGroup.section = section;
        mode = Mode.STRATEGY_BULLETS;
        goal = null;
        topGoal = null;
        lastShortLine = null;
    }

    private void goal(String kind, String number, String rawText, Paragraphs.Block b, boolean fromList, String reason, int confidence) {
        pendingKind = null;
        String[] tagged = tag(rawText);
        String text = tagged[0];
        // printed again (the detail slide, a repeated heading) where it stood: the same goal, opened again
        Node wouldBe = parentFor(kind, number);
        Node again = findGoal(g -> kind.equals(g.kind) && normal(g.text).equals(normal(text)) && (g.parent == wouldBe || g == goal
                || g.parent == goal));
        if (again == null && number != null) {
            again = findGoal(g -> kind.equals(g.kind) && g.number != null && digits(g.number).equals(digits(number)));
        }
        Matcher sub = Pattern.compile("^(.*?)\\s*\\((.+)\\)$").matcher(text);
        if (again == null && sub.matches()) {
            String inner = sub.group(2).strip();
            again = findGoal(g -> normal(g.text).equals(normal(inner)));
            if (again != null && number != null) {
                again.number = number;
            }
        }
        if (again != null) {
            if (again.fromList && !fromList) {
                again.text = text;
                again.number = number == null ? again.number : number;
                again.fromList = false;
            }
            if (again.tag == null) {
                again.tag = tagged[1];
            }
            open(again);
            return;
        }
        Node parent = parentFor(kind, number);
        Node g = node("GOAL", kind, number, text, parent, b, confidence, reason);
        g.tag = tagged[1];
        g.fromList = fromList;
        g.section = parent == null ? section : null;
        open(g);
    }

    private void open(Node g) {
        goal = g;
        if (TOP_KINDS.contains(g.kind)) {
            topGoal = g;
        }
        strategyGroup = null;
        if (mode != Mode.GOAL_LIST) {
            mode = Mode.NONE;
        }
        lastShortLine = null;
    }

    private Node parentFor(String kind, String number) {
        if (TOP_KINDS.contains(kind)) {
            return perspective;
        }
        if ("Fokusområde".equals(kind) && number != null) {
            String n = digits(number);
            Node owner = findGoal(g -> g.number != null && n.startsWith(digits(g.number) + ".") && ("Fokusområde".equals(g.kind)
                    || TOP_KINDS.contains(g.kind)));
            if (owner != null) {
                return owner;
            }
        }
        if ("Verksamhetsmål".equals(kind)) {
            for (Node g = goal; g != null && "GOAL".equals(g.type); g = g.parent) {
                if ("Territoriellt mål".equals(g.kind)) {
                    return g;
                }
            }
            return goal != null ? goal : topGoal != null ? topGoal : perspective;
        }
        if (goal != null && "Fokusområde".equals(goal.kind)) {
            return goal;
        }
        if (goal != null && "Mål".equals(kind) && goal.parent != null && "Fokusområde".equals(goal.parent.kind) && "Mål".equals(goal.kind)) {
            return goal.parent;
        }
        return topGoal != null ? topGoal : perspective;
    }

    private void indicatorsFor(Paragraphs.Block b) {
        Node owner = goal;
        if (owner == null) {
            // a list printed where no goal is open: the PDF put the box elsewhere; the latest goal without indicators
            owner = lastGoalWithout(null);
        } else if (owner.indicatorBlocks > 0 && !b.top() && !"Fokusområde".equals(owner.kind)) {
            Node earlier = lastGoalWithout(owner);
            if (earlier != null && earlier.parent == owner.parent && earlier.kind.equals(owner.kind)) {
                owner = earlier;
            }
        }
        if (owner != null) {
            owner.indicatorBlocks++;
        }
        listOwner = owner;
        mode = Mode.INDICATORS;
        lastShortLine = null;
    }

    private Node lastGoalWithout(Node before) {
        int end = before == null ? nodes.size() : nodes.indexOf(before);
        for (int i = end - 1; i >= 0; i--) {
            Node n = nodes.get(i);
            if ("GOAL".equals(n.type) && n.indicators == 0 && n.indicatorBlocks == 0) {
                return n;
            }
        }
        return null;
    }

    private void indicator(String raw, Paragraphs.Block b) {
        String[] tagged = tag(raw);
        Node owner = listOwner != null ? listOwner : goal;
        Node i = node("INDICATOR", null, null, tagged[0], owner, b, owner == goal ? 85 : 60,
                owner == null ? "Står under ”Indikatorer” utan mål." : owner == goal ? "Står under ”Indikatorer” till " + label(owner) + "."
                        : "Listan står där inget mål är öppet; hör till " + label(owner) + ", senaste målet utan indikatorer.");
        i.tag = tagged[1];
        if (owner != null) {
            owner.indicators++;
        }
    }

    private void assignment(String raw, String number, Paragraphs.Block b, int confidence, String reason) {
        String text = raw;
        String tag = null;
        Matcher p = PREFIX_TAG.matcher(text);
        if (p.matches()) {
            tag = p.group(1).replaceAll("\\s+", " ");
            text = p.group(2);
        }
        String[] suffix = tag(text);
        text = suffix[0];
        if (suffix[1] != null) {
            tag = suffix[1];
        }
        Matcher nr = NR.matcher(text);
        if (number == null && nr.matches()) {
            number = nr.group(1).replaceAll("(?i)nr\\.?\\s*", "");
            text = nr.group(2);
        }
        if (number != null) {
            String n = number;
            if (findNode(x -> "ASSIGNMENT".equals(x.type) && n.equals(x.number)) != null) {
                return;
            }
        }
        String t = text;
        if (findNode(x -> "ASSIGNMENT".equals(x.type) && normal(x.text).equals(normal(t))) != null) {
            return;
        }
        Node owner = strategyGroup != null ? strategyGroup : goal;
        while (owner != null && "GOAL".equals(owner.type) && ("Verksamhetsmål".equals(owner.kind) || "Territoriellt mål".equals(owner.kind))
                && owner.parent != null && "GOAL".equals(owner.parent.type)) {
            owner = owner.parent;
        }
        if (owner != null && "GOAL".equals(owner.type) && "Mål".equals(owner.kind) && owner.parent == null) {
            // a goal of a plain section: the section's assignments stand beside its goals
            owner = null;
        }
        if (owner == null) {
            owner = perspective;
        }
        Node a = node("ASSIGNMENT", null, number, text, owner, b, confidence, reason);
        a.tag = tag;
        a.assignee = assignee;
        a.issuer = issuer(tag, assignee);
        a.section = owner == null ? section : null;
    }

    private void strategy(String text, Node parent, Paragraphs.Block b, int confidence, String reason) {
        Node s = node("STRATEGY", null, null, text, parent, b, confidence, reason);
        s.section = parent == null ? section : null;
    }

    /** Prose: what it may hold is a sentence giving an assignment, or a lead-in to a list of assignments or of goals. */
    private void prose(String t, Paragraphs.Block b) {
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.contains("uppdrag") && (t.endsWith(" är") || t.endsWith(":")) && !lower.contains("ansvara för")) {
            mode = Mode.ASSIGNMENTS;
            assignee = null;
            return;
        }
        Matcher c = COUNTED_KIND.matcher(lower);
        if (c.find() && (lower.contains("identifierat") || t.endsWith(":") || lower.contains("följande"))) {
            numberedKind = switch (c.group(1)) {
                case "gap" -> "Gap";
                case "utmaningar" -> "Utmaning";
                case "fokusområden" -> "Fokusområde";
                case "målsättningar" -> "Målsättning";
                default -> "Prioritering";
            };
            mode = Mode.NUMBERED_KIND;
            return;
        }
        Matcher a = PROSE_ASSIGNMENT.matcher(t);
        while (a.find()) {
            String sentence = a.group().strip();
            Node owner = goal;
            Node n = node("ASSIGNMENT", null, null, sentence, owner, b, 40, "En mening i löptext säger ”i uppdrag att”.");
            n.section = owner == null ? section : null;
            n.issuer = sentence.contains("regionfullmäktige") ? "FM" : null;
        }
    }

    private static final Pattern CONTINUES = Pattern.compile("^(Skillnad|Båda|Samtliga|Den |Det |Detta|Strävan|Ton |Total |Målvärde|Med |Fördelning"
            + "|Formuläret|Uppföljning|Andelen som|Indikatorn|Dessa|Här |Mäts|\\()");

    /** Two indicators run together: each states a target of its own and the second is no continuation of the first. */
    static boolean twoItems(String before, String after) {
        return statesTarget(before) && statesTarget(after) && !CONTINUES.matcher(after).find();
    }

    private static boolean statesTarget(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.contains("ska ") || l.contains("jämfört") || l.contains("jämförelse") || l.contains("öka") || l.contains("minska")
                || l.contains("redovisas") || l.startsWith("antal") || l.startsWith("andel");
    }

    private boolean looksLikeProse(String t, Paragraphs.Block b) {
        return !b.bullet() && t.length() > 600;
    }

    private Node node(String type, String kind, String number, String text, Node parent, Paragraphs.Block b, int confidence, String reason) {
        if (nodes.size() >= 5000) {
            throw new ImportRefused("documentimport.refused.tooManyItems", 5000);
        }
        int depth = 0;
        for (Node p = parent; p != null; p = p.parent) {
            depth++;
        }
        if (depth >= limits.maxDepth()) {
            parent = parent.parent;
        }
        Node n = new Node();
        n.type = type;
        n.kind = kind;
        n.number = number;
        n.text = text.strip();
        n.parent = parent;
        n.block = b;
        n.confidence = confidence;
        n.reason = reason;
        if (parent != null) {
            parent.children.add(n);
        }
        nodes.add(n);
        return n;
    }

    private Node findGoal(java.util.function.Predicate<Node> p) {
        return findNode(n -> "GOAL".equals(n.type) && p.test(n));
    }

    private Node findNode(java.util.function.Predicate<Node> p) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (p.test(nodes.get(i))) {
                return nodes.get(i);
            }
        }
        return null;
    }

    /** The text without an origin tag at its end, and the tag ("FM 2026"), or null. */
    static String[] tag(String text) {
        Matcher m = SUFFIX_TAG.matcher(text);
        if (m.find()) {
            return new String[] {text.substring(0, m.start()).strip(), m.group(1).replaceAll("\\s+", " ").strip()};
        }
        return new String[] {text.strip(), null};
    }

    private static String issuer(String tag, String assignee) {
        if (tag != null) {
            if (tag.contains("FM")) {
                return "FM";
            }
            if (tag.contains("DN")) {
                return "DN";
            }
            if (tag.contains("RS")) {
                return "RS";
            }
        }
        return null;
    }

    private static String label(Node n) {
        return ((n.kind == null ? "" : n.kind) + (n.number == null ? "" : " " + n.number)).strip();
    }

    static String digits(String number) {
        return number == null ? "" : number.replaceAll("(?i)^nr\\.?\\s*", "").strip();
    }

    static String normal(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** The nodes in tree order (each parent before its children, children in the order they were read). */
    private List<ProposedItem> proposal() {
        List<Node> ordered = new ArrayList<>();
        for (Node n : nodes) {
            if (n.parent == null) {
                walk(n, ordered);
            }
        }
        Map<Node, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            index.put(ordered.get(i), i);
        }
        List<ProposedItem> result = new ArrayList<>();
        for (Node n : ordered) {
            TargetReading.Reading reading = "INDICATOR".equals(n.type) ? TargetReading.read(n.text) : null;
            int parent = n.parent == null ? -1 : index.get(n.parent);
            int confidence = n.confidence;
            if ("INDICATOR".equals(n.type) && reading != null && "UNSPECIFIED".equals(reading.target().form())) {
                confidence = Math.min(confidence, 50);
            }
            result.add(new ProposedItem(n.type, n.kind, n.number, n.text, n.tag, n.issuer, n.assignee, n.heading, n.section, parent,
                    n.block.page(), n.block.firstLine(), n.block.lastLine(), confidence, n.reason, reading == null ? null : reading.target(),
                    reading == null ? List.of() : reading.additional(), reading == null ? null : reading.reason(), null));
        }
        return result;
    }

    private static void walk(Node n, List<Node> out) {
        out.add(n);
        n.children.forEach(c -> walk(c, out));
    }

    boolean budgetPart() {
        return budgetPart;
    }
}
