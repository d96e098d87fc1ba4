package se.rodtrad.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.Yaml;
import se.rodtrad.documents.PlanDocument.Block;
import se.rodtrad.documents.PlanDocument.Section;
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

    PlanDocuments(Plans plans, PlanModel model) {
        this.plans = plans;
        this.model = model;
    }

    public PlanDocument document(UUID planId) {
        PlanSummary plan = plans.plan(planId);
        List<PlanEntry> entries = model.entries(planId);
        Map<UUID, List<PlanEntry>> byPerspective = groupByPerspective(entries);
        Optional<Map<String, Object>> prose = prose(plan.key());
        String title = prose.map(p -> str(p.get("title"))).orElse(plan.title());
        String subtitle = prose.map(p -> str(p.get("subtitle"))).orElse(null);
        List<Section> sections = prose.map(p -> fromProse(p, entries, byPerspective)).orElseGet(() -> outline(entries, byPerspective));
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
        List<Section> sections = new ArrayList<>();
        List<PlanEntry> perspectives = entries.stream().filter(e -> e.type() == ItemType.PERSPECTIVE && e.depth() == 0).toList();
        int nextPerspective = 0;
        boolean anySteering = false;
        for (Map<String, Object> s : (List<Map<String, Object>>) prose.getOrDefault("sections", List.of())) {
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
            }
            sections.add(new Section(number, heading, level(number), blocks(s), items));
        }
        if (!anySteering && !entries.isEmpty()) {
            sections.addAll(outline(entries, byPerspective));
        }
        return sections;
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
    private static List<Block> blocks(Map<String, Object> s) {
        List<Block> blocks = new ArrayList<>();
        if (s.get("blocks") instanceof List<?> list) {
            for (Object o : list) {
                Map<String, Object> b = (Map<String, Object>) o;
                if (b.get("p") != null) {
                    blocks.add(new Block(str(b.get("p")), List.of()));
                } else if (b.get("bullets") instanceof List<?> bullets) {
                    blocks.add(new Block(null, bullets.stream().map(String::valueOf).toList()));
                }
            }
            return blocks;
        }
        if (s.get("paragraphs") instanceof List<?> ps) {
            ps.forEach(p -> blocks.add(new Block(String.valueOf(p), List.of())));
        }
        if (s.get("bullets") instanceof List<?> bs) {
            blocks.add(new Block(null, bs.stream().map(String::valueOf).toList()));
        }
        return blocks;
    }

    private static int level(String number) {
        return number == null ? 1 : (int) number.chars().filter(c -> c == '.').count() + 1;
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Object>> prose(String planKey) {
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

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}
