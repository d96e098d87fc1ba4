package se.rodtrad.grants.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.rodtrad.planning.PlanEntry;
import se.rodtrad.planning.PlanModel;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;

/** The goals a grant can say it serves: the body's plan goals (by lineage, newest wording) and the RUS goals and priority areas. */
@Component
class GoalOptions {

    /** A goal to choose: its lineage key and how it reads ("RTN 2020 · Verksamhetsmål: …"). */
    record Option(String key, String label) {
    }

    private final Plans plans;
    private final PlanModel model;

    GoalOptions(Plans plans, PlanModel model) {
        this.plans = plans;
        this.model = model;
    }

    List<Option> bodyGoals(UUID bodyId) {
        Map<String, Option> byKey = new LinkedHashMap<>();
        for (PlanSummary p : plans.forBody(bodyId)) {
            for (PlanEntry e : model.goals(p.id())) {
                if (e.lineageKey() != null) {
                    String label = p.bodyCode() + " " + p.years() + " · " + (e.item().label().isEmpty() ? "Mål" : e.item().label()) + ": " + shorten(e.text());
                    byKey.put(e.lineageKey(), new Option(e.lineageKey(), label));
                }
            }
        }
        return new ArrayList<>(byKey.values());
    }

    List<Option> rusGoals() {
        List<Option> result = new ArrayList<>();
        for (PlanSummary p : plans.all()) {
            if (!"RUS".equals(p.kind())) {
                continue;
            }
            for (PlanEntry e : model.goals(p.id())) {
                if (e.lineageKey() != null) {
                    result.add(new Option(e.lineageKey(), (e.item().kind() == null ? "" : e.item().kind() + ": ") + shorten(e.text())));
                }
            }
        }
        return result;
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() > 110 ? text.substring(0, 109) + "…" : text;
    }
}
