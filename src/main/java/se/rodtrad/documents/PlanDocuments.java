package se.rodtrad.documents;

import static se.rodtrad.shared.demo.DemoYaml.str;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.Yaml;
import se.rodtrad.documents.PlanDocument.Block;
import se.rodtrad.documents.PlanDocument.Section;
import se.rodtrad.budget.BudgetTable;
import se.rodtrad.budget.Budgets;
import se.rodtrad.internalcontrol.InternalControl;
import se.rodtrad.internalcontrol.InternalControlPlan;
import se.rodtrad.internalcontrol.RiskView;
import se.rodtrad.planning.ItemType;
import se.rodtrad.planning.PlanEntry;
import se.rodtrad.planning.PlanModel;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;

/**
 * Assembles a plan's document. The prose of the demo plans is transcribed from the seeds
 * ({@code demo/documents/<plan>.yaml}); its sections marked {@code steeringItems} receive the perspective's
 * goals, indicators, assignments and strategies from the plan itself. A plan without transcribed prose
 * gets the standard outline: one section per perspective.
 */
@Service
@Transactional(readOnly = true)
public class PlanDocuments {

    private final Plans plans;
    private final PlanModel model;
    private final Budgets budgets;
    private final InternalControl internalControl;

    PlanDocuments(Plans plans, PlanModel model, Budgets budgets, InternalControl internalControl) {
        this.plans = plans;
        this.model = model;
        this.budgets = budgets;
        this.internalControl = internalControl;
    }

    public PlanDocument document(UUID planId) {
        PlanSummary plan = plans.plan(planId);
        List<PlanEntry> entries = model.entries(planId);
        Map<UUID, List<PlanEntry>> byPerspective = groupByPerspective(entries);
        Optional<Map<String, Object>> prose = prose(plan.key());
        String title = prose.map(p -> str(p.get("title"))).orElse(plan.title());
        String subtitle = prose.map(p -> str(p.get("subtitle"))).orElse(null);
        List<Section> sections = prose.map(p -> fromProse(p, entries, byPerspective)).orElseGet(() -> outline(entries, byPerspective));
        // Tables the transcription made from the prose's own figures are already in the text.
        sections = withTables(sections, budgets.budget(planId).tables().stream().filter(t -> !t.fromProse()).toList(),
                internalControl.forPlan(planId).map(InternalControlPlan::risks).orElse(List.of()));
        sections = EmptySections.leftOut(sections);
        String footer = plan.bodyName() + ", " + plan.title();
        return new PlanDocument(plan, title, subtitle == null ? plan.bodyName() : subtitle, footer, sections);
    }

    private static Map<UUID, List<PlanEntry>> groupByPerspective(List<PlanEntry> entries) {
        Map<UUID, List<PlanEntry>> result = new LinkedHashMap<>();
        UUID current = null;
        for (PlanEntry e : entries) {
            if (e.type() == ItemType.PERSPECTIVE && e.depth() == 0) {
                current = e.id();
                result.put(current, new ArrayList<>());
            } else {
                result.computeIfAbsent(current, k -> new ArrayList<>()).add(e);
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<Section> fromProse(Map<String, Object> prose, List<PlanEntry> entries, Map<UUID, List<PlanEntry>> byPerspective) {
        List<Map<String, Object>> raw = (List<Map<String, Object>>) prose.getOrDefault("sections", List.of());
        // Items the prose places one by one (between its paragraphs) are not repeated where a whole perspective goes.
        Set<UUID> placedByReference = new HashSet<>();
        for (Map<String, Object> s : raw) {
            for (Object b : (List<Object>) s.getOrDefault("blocks", List.of())) {
                if (b instanceof Map<?, ?> block && block.get("steering") instanceof List<?> keys) {
                    referenced(keys, !Boolean.FALSE.equals(block.get("children")), entries).forEach(e -> placedByReference.add(e.id()));
                }
            }
        }
        List<Section> sections = new ArrayList<>();
        List<PlanEntry> perspectives = entries.stream().filter(e -> e.type() == ItemType.PERSPECTIVE && e.depth() == 0).toList();
        int nextPerspective = 0;
        boolean anySteering = !placedByReference.isEmpty();
        for (Map<String, Object> s : raw) {
            String number = str(s.get("number"));
            String heading = str(s.get("heading"));
            List<PlanEntry> items = List.of();
            if (Boolean.TRUE.equals(s.get("steeringItems"))) {
                anySteering = true;
                PlanEntry perspective = matchPerspective(heading, perspectives);
                if (perspective == null && nextPerspective < perspectives.size()) {
                    perspective = perspectives.get(nextPerspective);
                }
                if (perspective != null) {
                    nextPerspective = perspectives.indexOf(perspective) + 1;
                    items = byPerspective.getOrDefault(perspective.id(), List.of());
                } else if (perspectives.isEmpty()) {
                    items = byPerspective.getOrDefault(null, List.of());
                }
                items = items.stream().filter(e -> !placedByReference.contains(e.id())).toList();
            }
            sections.add(new Section(number, heading, level(number), blocks(s, entries), items));
        }
        if (!anySteering && !entries.isEmpty()) {
            sections.addAll(outline(entries, byPerspective));
        }
        return sections;
    }

    /**
     * Puts each budget table in the section the document prints it in ({@code section} "4.4"), and the
     * internal control risks in the section about the internal control plan. What finds no place gets a
     * section of its own at the end, so a document never leaves out a table.
     */
    private static List<Section> withTables(List<Section> sections, List<BudgetTable> tables, List<RiskView> risks) {
        List<Section> result = new ArrayList<>();
        Set<BudgetTable> placed = new HashSet<>();
        boolean risksPlaced = false;
        for (Section s : sections) {
            List<BudgetTable> here = tables.stream().filter(t -> t.section() != null && t.section().equals(s.number())).toList();
            placed.addAll(here);
            boolean internalControlPlan = s.heading() != null && s.heading().toLowerCase().contains("internkontrollplan");
            result.add(s.with(here, internalControlPlan && !risksPlaced ? risks : List.of()));
            risksPlaced |= internalControlPlan;
        }
        List<BudgetTable> rest = tables.stream().filter(t -> !placed.contains(t)).toList();
        if (!rest.isEmpty()) {
            result.add(new Section(null, "Budget", 1, List.of(), List.of()).with(rest, List.of()));
        }
        if (!risksPlaced && !risks.isEmpty()) {
            result.add(new Section(null, "Internkontrollplan", 1, List.of(), List.of()).with(List.of(), risks));
        }
        return result;
    }

    /** The entries with these lineage keys, in document order, with their descendants when asked. */
    private static List<PlanEntry> referenced(List<?> keys, boolean children, List<PlanEntry> entries) {
        List<PlanEntry> result = new ArrayList<>();
        for (Object key : keys) {
            for (int i = 0; i < entries.size(); i++) {
                PlanEntry e = entries.get(i);
                if (String.valueOf(key).equals(e.lineageKey())) {
                    result.add(e);
                    for (int j = i + 1; children && j < entries.size() && entries.get(j).depth() > e.depth(); j++) {
                        result.add(entries.get(j));
                    }
                    break;
                }
            }
        }
        return result;
    }

    private static PlanEntry matchPerspective(String heading, List<PlanEntry> perspectives) {
        if (heading == null) {
            return null;
        }
        String h = heading.toLowerCase();
        return perspectives.stream().filter(p -> h.contains(p.text().toLowerCase())).findFirst().orElse(null);
    }

    private static List<Section> outline(List<PlanEntry> entries, Map<UUID, List<PlanEntry>> byPerspective) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("1", "Mål, strategier och uppdrag", 1, List.of(), byPerspective.getOrDefault(null, List.of())));
        int i = 1;
        for (PlanEntry p : entries) {
            if (p.type() == ItemType.PERSPECTIVE && p.depth() == 0) {
                sections.add(new Section("1." + i++, "Perspektiv: " + p.text(), 2, List.of(), byPerspective.getOrDefault(p.id(), List.of())));
            }
        }
        return sections;
    }

    @SuppressWarnings("unchecked")
    private static List<Block> blocks(Map<String, Object> s, List<PlanEntry> entries) {
        List<Block> blocks = new ArrayList<>();
        if (s.get("blocks") instanceof List<?> list) {
            for (Object o : list) {
                Map<String, Object> b = (Map<String, Object>) o;
                if (b.get("p") != null) {
                    blocks.add(Block.paragraph(str(b.get("p"))));
                } else if (b.get("bullets") instanceof List<?> bullets) {
                    blocks.add(Block.bullets(bullets.stream().map(String::valueOf).toList()));
                } else if (b.get("h") != null || b.get("h2") != null) {
                    blocks.add(Block.heading(str(b.get("h") != null ? b.get("h") : b.get("h2"))));
                } else if (b.get("steering") instanceof List<?> keys) {
                    blocks.add(Block.items(referenced(keys, !Boolean.FALSE.equals(b.get("children")), entries)));
                }
            }
            return blocks;
        }
        if (s.get("paragraphs") instanceof List<?> ps) {
            ps.forEach(p -> blocks.add(Block.paragraph(String.valueOf(p))));
        }
        if (s.get("bullets") instanceof List<?> bs) {
            blocks.add(Block.bullets(bs.stream().map(String::valueOf).toList()));
        }
        return blocks;
    }

    private static int level(String number) {
        return number == null ? 1 : (int) number.chars().filter(c -> c == '.').count() + 1;
    }

    /**
     * The transcribed prose of each plan, read once: the files ship inside the product and never change while it
     * runs, so looking one up in the packaged jar (present or not) and parsing it again for every document is
     * wasted work (bench/, documents: a region's fifteen plans looked up fifteen absent files per rendering).
     */
    private static final Map<String, Optional<Map<String, Object>>> PROSE = new java.util.concurrent.ConcurrentHashMap<>();

    private static Optional<Map<String, Object>> prose(String planKey) {
        return PROSE.computeIfAbsent(planKey, PlanDocuments::readProse);
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Object>> readProse(String planKey) {
        ClassPathResource file = new ClassPathResource("demo/documents/" + planKey + ".yaml");
        if (!file.exists()) {
            return Optional.empty();
        }
        try (InputStream in = file.getInputStream()) {
            return Optional.ofNullable((Map<String, Object>) new Yaml().load(in));
        } catch (IOException e) {
            throw new IllegalStateException("Kan inte läsa " + file.getPath(), e);
        }
    }
}
