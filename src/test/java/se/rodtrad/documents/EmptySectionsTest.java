package se.rodtrad.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.rodtrad.documents.PlanDocument.Block;
import se.rodtrad.documents.PlanDocument.Section;

class EmptySectionsTest {

    private static Section section(String number, Block... blocks) {
        return new Section(number, "Rubrik " + number, number.split("\\.").length, List.of(blocks), List.of());
    }

    @Test
    void a_lead_in_with_nothing_after_it_is_left_out_and_one_before_its_list_stays() {
        List<Section> out = EmptySections.leftOut(List.of(section("2",
                Block.paragraph("Region Örebro läns vision:"),
                Block.paragraph("Region Örebro läns värdegrund:"),
                Block.bullets(List.of("Samarbete", "Utveckling")),
                Block.paragraph("Perspektiven är:"))));
        assertThat(out.get(0).blocks()).extracting(Block::paragraph)
                .containsExactly("Region Örebro läns värdegrund:", null);
    }

    @Test
    void a_section_with_nothing_in_it_or_under_it_is_not_printed_but_one_whose_subsection_holds_text_is() {
        List<Section> out = EmptySections.leftOut(List.of(
                section("1", Block.paragraph("Inledning.")),
                section("2"),
                section("2.1", Block.paragraph("Text under 2.1.")),
                section("3"),
                section("3.1", Block.heading("Bara en rubrik")),
                section("4", Block.paragraph("Slut."))));
        assertThat(out).extracting(Section::number).containsExactly("1", "2", "2.1", "4");
    }

    @Test
    void no_sentence_is_ever_dropped() {
        List<Section> out = EmptySections.leftOut(List.of(section("1", Block.paragraph("En mening."), Block.heading("Rubrik"),
                Block.paragraph("Mer text."))));
        assertThat(out.get(0).blocks()).hasSize(3);
    }
}
