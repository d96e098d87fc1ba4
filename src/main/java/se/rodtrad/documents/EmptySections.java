package se.rodtrad.documents;

import java.util.ArrayList;
import java.util.List;
import se.rodtrad.documents.PlanDocument.Block;
import se.rodtrad.documents.PlanDocument.Section;

/**
 * A printed plan never announces what it does not hold (issue #18, item 6). Two things are left out of the PDF and the
 * DOCX alike:
 * <ul>
 * <li>a lead-in that ends in a colon with nothing after it — "Region Örebro läns vision:" in RTN 2023 and RS 2024,
 * whose vision is a picture in the original that the text extraction never had (seed 000, line 41);</li>
 * <li>a section (or an unnumbered heading) with no text, no list, no steering item, no table and no subsection that
 * holds any of them.</li>
 * </ul>
 * What is left out is only what would print as a heading or a label over nothing; no sentence is ever dropped.
 */
final class EmptySections {

    private EmptySections() {
    }

    static List<Section> leftOut(List<Section> sections) {
        List<Section> withContent = new ArrayList<>();
        for (Section s : sections) {
            withContent.add(new Section(s.number(), s.heading(), s.level(), blocks(s), s.items(), s.tables(), s.risks()));
        }
        List<Section> result = new ArrayList<>();
        for (int i = 0; i < withContent.size(); i++) {
            if (holdsSomething(withContent.get(i)) || subsectionHoldsSomething(withContent, i)) {
                result.add(withContent.get(i));
            }
        }
        return result;
    }

    private static List<Block> blocks(Section s) {
        List<Block> blocks = s.blocks();
        List<Block> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            boolean lastBeforeTables = next == null && (!s.items().isEmpty() || !s.tables().isEmpty() || !s.risks().isEmpty());
            if (b.paragraph() != null && isLeadIn(b.paragraph()) && !isList(next) && !lastBeforeTables) {
                continue;
            }
            if (b.heading() != null && (next == null ? !lastBeforeTables : next.heading() != null)) {
                continue;
            }
            if (b.paragraph() == null && b.heading() == null && b.bullets().isEmpty() && b.items().isEmpty()) {
                continue;
            }
            kept.add(b);
        }
        return kept;
    }

    private static boolean isLeadIn(String paragraph) {
        return paragraph.strip().endsWith(":");
    }

    private static boolean isList(Block b) {
        return b != null && (!b.bullets().isEmpty() || !b.items().isEmpty());
    }

    private static boolean holdsSomething(Section s) {
        return !s.blocks().isEmpty() || !s.items().isEmpty() || !s.tables().isEmpty() || !s.risks().isEmpty();
    }

    /** A section's subsections follow it with a deeper level, until the next section of its own level or higher. */
    private static boolean subsectionHoldsSomething(List<Section> sections, int index) {
        int level = sections.get(index).level();
        for (int j = index + 1; j < sections.size() && sections.get(j).level() > level; j++) {
            if (holdsSomething(sections.get(j))) {
                return true;
            }
        }
        return false;
    }
}
