package se.rodtrad.budget;

import java.util.List;

/**
 * The prose of a plan's document, paragraph by paragraph, for the checker's rules on figures stated in the text (a port:
 * the documents module, which keeps the plans' texts, answers it; the budget does not read its tables).
 */
public interface PlanProse {

    /** One paragraph: the section it stands in (number and heading), its place in the section (1, 2, …) and its words. */
    record Paragraph(String section, String heading, int number, String text) {
    }

    /** The paragraphs of the plan's document in reading order; empty when the plan has no text kept. */
    List<Paragraph> paragraphs(String planKey);
}
