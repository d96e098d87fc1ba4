package se.rodtrad.meetings.web;

import java.util.Arrays;
import java.util.List;

/** What the meetings' forms share: line lists and clauses typed one per paragraph (typed values: {@code shared.web.FormInput}). */
final class Forms {

    private Forms() {
    }

    /** A textarea's lines, one entry per non-blank line. */
    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Clauses typed one per paragraph (separated by a blank line), so a clause may hold several lines (bullets). */
    static List<String> paragraphs(String text) {
        return text == null ? List.of() : Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static String joinParagraphs(List<String> values) {
        return String.join("\n\n", values);
    }
}
