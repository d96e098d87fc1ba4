package se.rodtrad.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import se.rodtrad.shared.demo.DemoYaml;

/**
 * The one classifier of target wording, measured on every indicator of the demo plans: their transcribed
 * {@code target:} is the truth. The agreement per form is printed (and reported in bench/RESULTS.md).
 */
class TargetReadingTest {

    record Case(String plan, String text, String form, List<String> additional) {
    }

    @SuppressWarnings("unchecked")
    static List<Case> demoIndicators() {
        List<Case> result = new ArrayList<>();
        for (Map<String, Object> doc : PlanningDemoData.documents()) {
            collect(DemoYaml.str(doc.get("key")), (List<Map<String, Object>>) doc.get("items"), result);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static void collect(String plan, List<Map<String, Object>> items, List<Case> out) {
        if (items == null) {
            return;
        }
        for (Map<String, Object> it : items) {
            if ("INDICATOR".equals(it.get("type"))) {
                Target t = PlanningDemoData.target(it.get("target"));
                List<String> more = new ArrayList<>();
                if (it.get("additionalTargets") instanceof List<?> l) {
                    l.forEach(x -> more.add(PlanningDemoData.target(x).form().name()));
                }
                out.add(new Case(plan, String.valueOf(it.get("text")), t == null ? "UNSPECIFIED" : t.form().name(), more));
            }
            collect(plan, (List<Map<String, Object>>) it.get("children"), out);
        }
    }

    @Test
    void reads_the_form_of_the_demo_plans_indicators_as_transcribed() {
        List<Case> cases = demoIndicators();
        Map<String, int[]> perForm = new TreeMap<>();
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            TargetReading.Reading r = TargetReading.read(c.text());
            int[] n = perForm.computeIfAbsent(c.form(), k -> new int[2]);
            n[1]++;
            if (r.target().form().equals(c.form())) {
                n[0]++;
                right++;
            } else {
                wrong.add(c.plan() + ": " + c.form() + " ≠ " + r.target().form() + " — " + c.text());
            }
        }
        StringBuilder report = new StringBuilder("TargetReading on " + cases.size() + " demo indicators: " + right + " right\n");
        perForm.forEach((form, n) -> report.append(String.format("  %-16s %3d / %3d%n", form, n[0], n[1])));
        wrong.forEach(w -> report.append("  ✗ ").append(w).append('\n'));
        System.out.println(report);
        assertThat(cases).hasSizeGreaterThan(150);
        assertThat(right).as(report.toString()).isGreaterThanOrEqualTo((int) Math.ceil(cases.size() * 0.85));
    }

    @Test
    void reads_the_forms_of_domain_md_with_their_parameters() {
        assertThat(TargetReading.read("Ton koldioxidekvivalenter ska minska med 60 procent till år 2030 jämfört med 2005.").target())
                .isEqualTo(new TargetDraft("RELATIVE_CHANGE", "DECREASE", null, "2005", "2030", "60", null, null, null, null, null, null, null, null));
        assertThat(TargetReading.read("Antal samverkansprojekt ska öka jämfört med 2022.").target().baseYear()).isEqualTo("2022");
        assertThat(TargetReading.read("HME ska ligga på en hög nivå inom intervallet 77-80 för totalt HME.").target())
                .extracting(TargetDraft::form, TargetDraft::lower, TargetDraft::upper).containsExactly("INTERVAL", "77", "80");
        TargetReading.Reading gap = TargetReading.read("Andelen ska öka i jämförelse med senast tillgängliga statistik. Skillnader mellan kvinnor och män ska minska.");
        assertThat(gap.target().form()).isEqualTo("PREVIOUS_VALUE");
        assertThat(gap.target().reference()).isEqualTo("LATEST_STATISTICS");
        assertThat(gap.additional()).extracting(TargetDraft::form, TargetDraft::between).containsExactly(org.assertj.core.groups.Tuple.tuple("GAP", "kvinnor och män"));
        assertThat(TargetReading.read("Antal kommuner som uppnått indikatorn om 95 procent för 100 Mbit/s.").target())
                .extracting(TargetDraft::form, TargetDraft::threshold, TargetDraft::unitsOf).containsExactly("THRESHOLD", "95", "kommuner");
        assertThat(TargetReading.read("Antal nystartade företag ska vara högre än i jämförbara län.").target().measure()).isEqualTo("LEVEL");
        assertThat(TargetReading.read("Antal nystartade företag per 1000 invånare ska vara högre än snittet för riket.").form()).isEqualTo(TargetForm.NATIONAL);
        assertThat(TargetReading.read("Personalomsättningen externt ska redovisas.").form()).isEqualTo(TargetForm.REPORT_ONLY);
        assertThat(TargetReading.read("Sjukfrånvaron ska minska. (Utfall 2024 6,5% Mål 6,3-6,1%)").additional())
                .extracting(TargetDraft::form, TargetDraft::lower, TargetDraft::upper).containsExactly(org.assertj.core.groups.Tuple.tuple("INTERVAL", "6,1", "6,3"));
        assertThat(TargetReading.read("").form()).isEqualTo(TargetForm.UNSPECIFIED);
        assertThat(TargetReading.read("Lorem ipsum").reason()).contains("person väljer");
    }
}
