package se.rodtrad.shared.web;

import java.io.IOException;

/**
 * A request body grew past what its sender may send (the body limits per role, {@code Limits.BODY_*}): thrown by the
 * stream that counts it, so the body is never held whole. Carries the sentence that names the limit; the one error
 * handler answers 413 with it.
 */
public class BodyTooLarge extends IOException {

    private final String sentence;

    public BodyTooLarge(String sentence) {
        super(sentence);
        this.sentence = sentence;
    }

    public String sentence() {
        return sentence;
    }
}
