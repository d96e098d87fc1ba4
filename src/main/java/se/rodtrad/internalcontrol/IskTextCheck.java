package se.rodtrad.internalcontrol;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Catches slips in a plan's ISK texts instead of reproducing them silently. The requirement that internal
 * control be sufficient is kommunallagen (2017:725) 6 kap. 6 §; RTN's VP 2020 cites "6 kap. 7 §", where
 * the rule stood in the former kommunallagen (1991:900). The text stays as printed; the finding is shown.
 */
final class IskTextCheck {

    private static final Pattern LAW_REFERENCE = Pattern.compile("6 kap\\. (\\d+) §");

    private IskTextCheck() {
    }

    static List<InternalControlPlan.Finding> check(List<String> description) {
        List<InternalControlPlan.Finding> findings = new ArrayList<>();
        for (String paragraph : description) {
            if (!paragraph.contains("tillräcklig")) {
                continue;
            }
            Matcher m = LAW_REFERENCE.matcher(paragraph);
            while (m.find()) {
                if (!m.group(1).equals("6")) {
                    findings.add(new InternalControlPlan.Finding("ic.finding.lawReference", List.of(m.group())));
                }
            }
        }
        return findings;
    }
}
