package se.rodtrad.documents;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.rodtrad.budget.PlanProse;

/**
 * The budget checker's view of a plan's prose: the sections {@link PlanTexts} keeps from the plan's document
 * ({@code demo/documents/<plan>.yaml} as printed), each split into its paragraphs.
 */
@Component
class PlanProseFromTexts implements PlanProse {

    private final JdbcClient jdbc;

    PlanProseFromTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Section(String number, String heading, String text) {
    }

    @Override
    public List<Paragraph> paragraphs(String planKey) {
        List<Paragraph> result = new ArrayList<>();
        for (Section s : jdbc.sql("select number, heading, text from plan_text_section where plan_key = ? order by position").param(planKey)
                .query(Section.class).list()) {
            int n = 0;
            for (String p : s.text() == null ? new String[0] : s.text().split("\n")) {
                if (!p.isBlank()) {
                    result.add(new Paragraph(s.number(), s.heading(), ++n, p.strip()));
                }
            }
        }
        return result;
    }
}
