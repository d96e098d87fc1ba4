package se.rodtrad.documents;

import java.time.LocalDate;
import java.util.List;
import se.rodtrad.planning.Change;
import se.rodtrad.planning.ItemType;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.WordDiff;

/**
 * "Förslag till ändringar av målsättningar, styrtal och uppdrag till VP-2026" (seed 004) as the system can say
 * it: what is new, changed, removed and continued between an earlier plan and a later one, grouped as the deck
 * groups it (målsättningar and fokusområden, styrtal, uppdrag), each item with where it came from.
 */
public record ChangeDocument(PlanSummary from, PlanSummary to, String title, String subtitle, String footer, LocalDate date,
        List<Group> groups, List<CountRow> counts) {

    /** A part of the document: one kind of steering item, its changes in four sections. */
    public record Group(String number, String heading, List<ItemType> types, List<Section> sections) {

        public String anchor() {
            return "del-" + number;
        }

        public int size() {
            return sections.stream().mapToInt(s -> s.items().size()).sum();
        }
    }

    /** New, changed, removed or continued items of one group. */
    public record Section(String number, Change change, String heading, List<Item> items) {

        public String anchor() {
            return "avsnitt-" + number.replace('.', '-');
        }
    }

    /**
     * One item: its label and wording in the later plan (in the earlier one when removed), what it read before,
     * the word diff between them, what it stands under, and its provenance in words.
     */
    public record Item(Change change, ItemType type, String label, String previousLabel, String text, String previousText,
            List<WordDiff.Token> diff, String context, String provenance, boolean renumbered, boolean targetChanged) {

        public boolean hasDiff() {
            return !diff.isEmpty();
        }
    }

    /** One row of the overview table: a group and how many of its items are new, changed, removed, continued. */
    public record CountRow(String heading, long added, long changed, long removed, long continued) {
    }
}
