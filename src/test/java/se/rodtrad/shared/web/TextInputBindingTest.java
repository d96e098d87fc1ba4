package se.rodtrad.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.web.bind.WebDataBinder;
import se.rodtrad.shared.domain.TextInput;

/** The binder's text editors: by field kind on a form object, and only for the fields its class has. */
class TextInputBindingTest {

    /** A form object bound by its setters. */
    public static class Form {
        private String title;
        private String note;
        private String body;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }
    }

    record Shown(String name, String reason, int count) {
    }

    @Test
    void a_class_gets_editors_only_for_its_own_text_fields() {
        assertThat(TextInputBinding.TEXT_FIELDS.get(Form.class)).containsExactlyInAnyOrder("title", "note");
        assertThat(TextInputBinding.TEXT_FIELDS.get(Shown.class)).containsExactlyInAnyOrder("name", "reason");
        assertThat(TextInputBinding.TEXT_FIELDS.get(Integer.class)).isEmpty();
    }

    @Test
    void a_form_field_is_checked_by_its_kind_and_cleaned() {
        Form form = new Form();
        WebDataBinder binder = new WebDataBinder(form, "form");
        new TextInputBinding.Binders().normaliseText(binder);

        binder.bind(new MutablePropertyValues(java.util.Map.of("title", "Ma\u030al 1", "body", "x".repeat(600))));
        // NFC: the a and its combining ring become one å
        assertThat(form.getTitle()).isEqualTo("Mål 1");
        // body has no name kind: the longest kind applies, 600 characters pass
        assertThat(form.getBody()).hasSize(600);

        Form refused = new Form();
        WebDataBinder again = new WebDataBinder(refused, "form");
        new TextInputBinding.Binders().normaliseText(again);
        // a name is at most 500 characters: the title is a name, refused at the field and never set
        again.bind(new MutablePropertyValues(java.util.Map.of("title", "x".repeat(501))));
        assertThat(again.getBindingResult().getFieldError("title")).isNotNull();
        assertThat(causes(again.getBindingResult().getFieldError("title").unwrap(Throwable.class)))
                .anyMatch(TextInput.Refused.class::isInstance);
        assertThat(refused.getTitle()).isNull();
    }

    private static java.util.List<Throwable> causes(Throwable e) {
        java.util.List<Throwable> all = new java.util.ArrayList<>();
        for (Throwable t = e; t != null && !all.contains(t); t = t.getCause()) {
            all.add(t);
        }
        return all;
    }
}
