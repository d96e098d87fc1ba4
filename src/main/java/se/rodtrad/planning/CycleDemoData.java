package se.rodtrad.planning;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;
import se.rodtrad.organisation.Organisation;

/**
 * Loads the yearly cycles transcribed from the seeds ({@code demo/planning/cycle/*.yaml}): milestones, the units'
 * tasks and what they delivered. Called by {@link PlanningDemoData} in its transaction, after the plans.
 */
@Component
class CycleDemoData {

    private final JdbcClient jdbc;
    private final PlanRepository plans;
    private final Organisation organisation;

    CycleDemoData(JdbcClient jdbc, PlanRepository plans, Organisation organisation) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.organisation = organisation;
    }

    @SuppressWarnings("unchecked")
    void load() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:demo/planning/cycle/*.yaml");
            java.util.Arrays.sort(files, java.util.Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    load((Map<String, Object>) new Yaml().load(in));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Kan inte läsa demo/planning/cycle", e);
        }
    }

    @SuppressWarnings("unchecked")
    private void load(Map<String, Object> doc) {
        String key = String.valueOf(doc.get("plan"));
        PlanSummary plan = plans.findByKey(key).orElseThrow(() -> new IllegalStateException("Årshjulet gäller okänd plan " + key));
        String seed = doc.get("source") instanceof Map<?, ?> s ? String.valueOf(s.get("seed")) : null;
        Map<String, UUID> milestones = new HashMap<>();
        int position = 0;
        for (Map<String, Object> m : (List<Map<String, Object>>) doc.getOrDefault("milestones", List.of())) {
            String source = seed == null ? null : seed + (m.get("lines") == null ? "" : " r. " + m.get("lines"));
            milestones.put(String.valueOf(m.get("key")), jdbc.sql("""
                    insert into plan_milestone (plan_id, position, due_date, title, description, source) values (?, ?, ?, ?, ?, ?) returning id""")
                    .params(plan.id(), position++, Date.valueOf(date(m.get("date"))), m.get("title"), m.get("description"), source)
                    .query(UUID.class).single());
        }
        Map<UUID, String> focusLabels = new HashMap<>();
        for (Map<String, Object> t : (List<Map<String, Object>>) doc.getOrDefault("tasks", List.of())) {
            UUID milestone = t.get("milestone") == null ? null : milestones.get(String.valueOf(t.get("milestone")));
            String source = seed == null ? null : seed + (t.get("lines") == null ? "" : " r. " + t.get("lines"));
            for (Map<String, Object> u : (List<Map<String, Object>>) t.getOrDefault("units", List.of())) {
                String code = String.valueOf(u.get("unit"));
                UUID unit = organisation.unitByCode(code).orElseThrow(() -> new IllegalStateException("Okänd enhet " + code)).id();
                LocalDate delivered = u.get("delivered") == null ? null : date(u.get("delivered"));
                UUID task = jdbc.sql("""
                        insert into plan_task (plan_id, milestone_id, unit_id, title, instruction, due_date, min_activities, min_challenges,
                                               submitted_at, submitted_by, source)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                        .params(plan.id(), milestone, unit, t.get("title"), t.get("instruction"), Date.valueOf(date(t.get("due"))),
                                number(t.get("minActivities")), number(t.get("minChallenges")),
                                delivered == null ? null : Timestamp.from(delivered.atStartOfDay(ZoneId.of("Europe/Stockholm")).toInstant()),
                                delivered == null ? null : "seed 004", source)
                        .query(UUID.class).single();
                int pos = 0;
                for (Map<String, Object> a : (List<Map<String, Object>>) u.getOrDefault("activities", List.of())) {
                    UUID focus = a.get("focusLineage") == null ? null : focusItem(plan.id(), String.valueOf(a.get("focusLineage")));
                    entry(task, "ACTIVITY", focus, (String) a.get("focus"), String.valueOf(a.get("text")), pos++);
                }
                pos = 0;
                for (Object c : (List<Object>) u.getOrDefault("challenges", List.of())) {
                    entry(task, "CHALLENGE", null, null, String.valueOf(c), pos++);
                }
            }
        }
    }

    private UUID focusItem(UUID planId, String lineageKey) {
        return jdbc.sql("select i.id from plan_item i join lineage l on l.id = i.lineage_id where i.plan_id = ? and l.key = ?")
                .params(planId, lineageKey).query(UUID.class).optional().orElse(null);
    }

    private void entry(UUID task, String kind, UUID focus, String focusLabel, String text, int position) {
        jdbc.sql("insert into plan_task_entry (task_id, kind, focus_item_id, focus_label, text, position, created_by) values (?, ?, ?, ?, ?, ?, 'seed 004')")
                .params(task, kind, focus, focusLabel, text, position).update();
    }

    private static int number(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }

    private static LocalDate date(Object o) {
        if (o instanceof java.util.Date d) {
            return d.toInstant().atZone(ZoneId.of("UTC")).toLocalDate();
        }
        return LocalDate.parse(String.valueOf(o));
    }
}
