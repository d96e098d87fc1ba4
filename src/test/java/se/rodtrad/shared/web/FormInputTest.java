package se.rodtrad.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rodtrad.shared.domain.ValidationException;

/** Typed values read from a form's text: what is no date, time, year, id or choice is its field's error, all at once. */
class FormInputTest {

    enum Colour { RED, GREEN }

    @Test
    void values_typed_well_are_read_and_blank_is_no_value() {
        FormInput in = new FormInput();
        assertThat(in.date("d", " 2020-01-22 ")).isEqualTo(LocalDate.of(2020, 1, 22));
        assertThat(in.time("t", "13:00")).isEqualTo(LocalTime.of(13, 0));
        assertThat(in.year("y", "2 027")).isEqualTo(2027);
        assertThat(in.id("i", "0f8fad5b-d9cb-469f-a165-70867728950e")).isEqualTo(UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"));
        assertThat(in.choice(Colour.class, "c", "GREEN")).isEqualTo(Colour.GREEN);
        assertThat(in.date("d", "  ")).isNull();
        assertThat(in.year("y", null)).isNull();
        in.check(); // nothing refused
    }

    @Test
    void every_field_that_is_not_what_it_says_is_refused_at_once_with_what_was_typed() {
        FormInput in = new FormInput();
        in.date("decisionDate", "2020-02-30");
        in.time("startsAt", "13.00");
        in.year("year", "tjugotjugo");
        in.id("milestoneId", "x'; drop table plan");
        in.choice(Colour.class, "colour", "BLUE");
        assertThatThrownBy(in::check).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.errors()).extracting(ValidationException.FieldError::field)
                    .containsExactly("decisionDate", "startsAt", "year", "milestoneId", "colour");
            assertThat(e.errors().get(0).messageKey()).isEqualTo("validation.plan.dateFormat");
            assertThat(e.errors().get(0).arguments()).containsExactly("2020-02-30");
            assertThat(e.errors().get(3).arguments()).containsExactly("milestoneId", "x'; drop table plan");
        });
    }

    @Test
    void lenient_readings_for_filters_and_links_give_null_for_anything_else() {
        assertThat(FormInput.uuidOrNull("not-a-uuid")).isNull();
        assertThat(FormInput.dateOrNull("22/1 2020")).isNull();
        assertThat(FormInput.enumOrNull(Colour.class, "red")).isNull();
        assertThat(FormInput.intOrNull("12345678901")).isNull();
        assertThat(FormInput.intOrNull(" 7 ")).isEqualTo(7);
    }

    @Test
    void a_choice_an_api_client_names_wrongly_is_a_400_naming_the_field() {
        assertThat(FormInput.choiceOrRefuse(Colour.class, "outcome", null)).isNull();
        assertThatThrownBy(() -> FormInput.choiceOrRefuse(Colour.class, "outcome", "PURPLE"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("outcome"));
    }
}
