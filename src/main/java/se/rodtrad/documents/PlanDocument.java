package se.rodtrad.documents;

import java.util.List;
import se.rodtrad.budget.BudgetTable;
import se.rodtrad.internalcontrol.RiskView;
import se.rodtrad.planning.PlanEntry;
import se.rodtrad.planning.PlanSummary;

/**
 * A plan laid out as its document: the title page, then the sections in document order. A section holds
 * prose blocks and, where the document puts them, the steering items of one perspective.
 */
public record PlanDocument(PlanSummary plan, String title, String subtitle, String footer, List<Section> sections) {

    /**
     * One numbered section; {@code level} 1 = "3", 2 = "3.1". Where the document prints tables the section
     * holds the plan's budget tables of that section, or its internal control risks.
     */
    public record Section(String number, String heading, int level, List<Block> blocks, List<PlanEntry> items,
            List<BudgetTable> tables, List<RiskView> risks) {

        public Section(String number, String heading, int level, List<Block> blocks, List<PlanEntry> items) {
            this(number, heading, level, blocks, items, List.of(), List.of());
        }

        Section with(List<BudgetTable> tables, List<RiskView> risks) {
            return new Section(number, heading, level, blocks, items, tables, risks);
        }

        public String anchor() {
            return "s" + (number == null ? heading.hashCode() : number.replace('.', '-'));
        }

        public String numberedHeading() {
            return number == null ? heading : number + " " + heading;
        }
    }

    /**
     * One block of a section, in document order: a paragraph, a bullet list, an unnumbered heading, or
     * steering items the document prints at that place between its prose.
     */
    public record Block(String paragraph, List<String> bullets, String heading, List<PlanEntry> items) {

        static Block paragraph(String text) {
            return new Block(text, List.of(), null, List.of());
        }

        static Block bullets(List<String> bullets) {
            return new Block(null, bullets, null, List.of());
        }

        static Block heading(String text) {
            return new Block(null, List.of(), text, List.of());
        }

        public static Block items(List<PlanEntry> items) {
            return new Block(null, List.of(), null, items);
        }
    }
}
