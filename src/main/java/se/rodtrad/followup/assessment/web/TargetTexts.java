package se.rodtrad.followup.assessment.web;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import se.rodtrad.followup.Formats;
import se.rodtrad.planning.Direction;
import se.rodtrad.planning.Target;
import se.rodtrad.shared.web.Messages;

/** A target in words, for the pages ("ska procentuellt öka mer än jämförbara läns medel"); exposed as {@code @targets}. */
@Component("targets")
class TargetTexts {

    private final Messages messages;
    private final se.rodtrad.organisation.Organisation organisation;

    TargetTexts(Messages messages, se.rodtrad.organisation.Organisation organisation) {
        this.messages = messages;
        this.organisation = organisation;
    }

    public String describe(Target t) {
        String dir = "followup.target.direction." + t.direction().name();
        return switch (t.form()) {
            case PREVIOUS_VALUE -> messages.get("LATEST_STATISTICS".equalsIgnoreCase(t.reference())
                    ? "followup.target.PREVIOUS_VALUE.latest" : "followup.target.PREVIOUS_VALUE", messages.get(dir));
            case BASE_YEAR -> messages.get("followup.target.BASE_YEAR", messages.get(dir), str(t.baseYear()));
            case RELATIVE_CHANGE -> messages.get(t.targetYear() == null ? "followup.target.RELATIVE_CHANGE" : "followup.target.RELATIVE_CHANGE.by",
                    messages.get(dir), num(t.percent()), str(t.baseYear()), str(t.targetYear()));
            case PEER_GROUP -> messages.get((change(t) ? "followup.target.PEER_GROUP.change." : "followup.target.PEER_GROUP.")
                    + t.direction().name(), groupName(t.group()));
            case NATIONAL -> messages.get((change(t) ? "followup.target.NATIONAL.change." : "followup.target.NATIONAL.") + t.direction().name());
            case INTERVAL -> messages.get("followup.target.INTERVAL", num(t.lower()), num(t.upper()), t.unit() == null ? "" : " " + t.unit());
            case GAP -> messages.get("followup.target.GAP", t.between() == null ? "–" : t.between(),
                    messages.get(t.direction() == Direction.INCREASE ? dir : "followup.target.direction.DECREASE"));
            case THRESHOLD -> messages.get("followup.target.THRESHOLD", t.unitsOf() == null ? "–" : t.unitsOf(), num(t.threshold()),
                    messages.get(dir));
            default -> messages.get("followup.target." + t.form().name());
        };
    }

    private static boolean change(Target t) {
        return "CHANGE".equalsIgnoreCase(t.measure());
    }

    private String groupName(String code) {
        if (code == null) {
            return "–";
        }
        String c = code.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace('ä', 'a').replace('ö', 'o').replace('å', 'a');
        return organisation.comparisonGroup(c).map(g -> g.name() + ": " + g.members().stream().map(u -> u.name())
                .collect(java.util.stream.Collectors.joining(", "))).orElse(code);
    }

    private static String num(BigDecimal d) {
        return d == null ? "–" : Formats.number(d, 0, 2);
    }

    private static String str(Integer i) {
        return i == null ? "–" : String.valueOf(i);
    }
}
