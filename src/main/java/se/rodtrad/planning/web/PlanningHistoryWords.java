package se.rodtrad.planning.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import se.rodtrad.audit.HistoryVocabulary;
import se.rodtrad.planning.PlanItem;
import se.rodtrad.planning.PlanModel;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;
import se.rodtrad.planning.Target;

/**
 * What planning names in the history: an item as the plan prints it ("effektmål 5", "styrtalet 4.1.1", "uppdraget
 * 27") with the plan it is in, a plan by its body and title, a target in words ("ska minska med 60 % till 2030
 * jämfört med 2005") — never its JSON.
 */
@Component
class PlanningHistoryWords implements HistoryVocabulary {

    private final Plans plans;
    private final PlanModel model;
    private final TargetWords targets;
    private final MessageSource messages;

    PlanningHistoryWords(Plans plans, PlanModel model, TargetWords targets, MessageSource messages) {
        this.plans = plans;
        this.model = model;
        this.targets = targets;
        this.messages = messages;
    }

    @Override
    public Optional<String> object(String objectType, Map<String, String> state, Locale locale) {
        return switch (objectType) {
            case "plan" -> Optional.of(word("history.object.plan", locale) + " " + planName(state.get("id"), state.get("title")));
            case "plan_item" -> Optional.of(item(state.get("type"), state.get("kind"), state.get("number"), state.get("text"), locale)
                    + in(state.get("plan_id"), locale));
            case "plan_assignment_work" -> Optional.of(word("history.object.plan_assignment_work", locale)
                    + itemOf(state.get("item_id"), locale).map(s -> " – " + s).orElse(""));
            case "plan_task", "plan_milestone" -> Optional.of(word("history.object." + objectType, locale) + " ”" + cut(state.get("title"), 60) + "”"
                    + in(state.get("plan_id"), locale));
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<String> value(String objectType, String field, String raw, Locale locale) {
        if ("plan_item".equals(objectType) && "target".equals(field)) {
            return Optional.of(targets.describe(Target.fromJson(raw)));
        }
        if ("plan_item".equals(objectType) && "additional_targets".equals(field)) {
            List<Target> all = Target.listFromJson(raw);
            return Optional.of(all.stream().map(targets::describe).collect(Collectors.joining("; ")));
        }
        return Optional.empty();
    }

    /** "effektmålet 5 ”Länets invånare …”": the goal's level as printed, or the item's kind of thing, its number and words. */
    private String item(String type, String kind, String number, String text, Locale locale) {
        String word = "GOAL".equals(type) && kind != null && !kind.isBlank() ? kind.toLowerCase(locale)
                : word("history.object.plan_item." + (type == null ? "" : type), locale);
        StringBuilder b = new StringBuilder(word);
        if (number != null && !number.isBlank()) {
            b.append(' ').append(number);
        }
        if (text != null && !text.isBlank()) {
            b.append(" ”").append(cut(text, 60)).append('”');
        }
        return b.toString();
    }

    private Optional<String> itemOf(String itemId, Locale locale) {
        try {
            PlanItem i = model.item(UUID.fromString(itemId));
            return Optional.of(item(i.type().name(), i.kind(), i.number(), i.text(), locale) + in(i.planId().toString(), locale));
        } catch (RuntimeException e) {
            // removed since, or not the reader's to see: the history still says what kind of change it was
            return Optional.empty();
        }
    }

    /** " i RTN Verksamhetsplan med budget 2023" — the plan an item or task belongs to. */
    private String in(String planId, Locale locale) {
        PlanSummary p = plan(planId);
        return p == null ? "" : " " + messages.getMessage("history.inPlan", new Object[] {p.bodyCode() + " " + p.title()}, locale);
    }

    /** "RTN Verksamhetsplan med budget 2023": the body's code and the plan's title. */
    private String planName(String planId, String title) {
        PlanSummary p = plan(planId);
        return p != null ? p.bodyCode() + " " + p.title() : title == null ? "" : title;
    }

    /** Plans by id, read once per request: a history of fifty entries names the same plan fifty times. */
    @SuppressWarnings("unchecked")
    private PlanSummary plan(String id) {
        if (id == null) {
            return null;
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Map<String, Optional<PlanSummary>> cache = request == null ? new HashMap<>()
                : (Map<String, Optional<PlanSummary>>) request.getAttribute(PlanningHistoryWords.class.getName(), RequestAttributes.SCOPE_REQUEST);
        if (cache == null) {
            cache = new HashMap<>();
            request.setAttribute(PlanningHistoryWords.class.getName(), cache, RequestAttributes.SCOPE_REQUEST);
        }
        return cache.computeIfAbsent(id, k -> {
            UUID planId = se.rodtrad.shared.web.FormInput.uuidOrNull(k);
            return planId == null ? Optional.<PlanSummary>empty() : plans.find(planId);
        }).orElse(null);
    }

    private String word(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= max ? t : t.substring(0, max - 1).stripTrailing() + "…";
    }
}
