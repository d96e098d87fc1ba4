package se.rodtrad.budget;

import java.util.List;

/** A part of a finding's sentence that is itself a message with arguments ("skillnad 0,01 mnkr, avrundning?"). */
public record Phrase(String key, List<Object> arguments) {

    public static final Phrase NONE = new Phrase(null, List.of());

    public Phrase {
        arguments = List.copyOf(arguments);
    }

    public static Phrase of(String key, Object... arguments) {
        return new Phrase(key, List.of(arguments));
    }

    public boolean isEmpty() {
        return key == null;
    }
}
