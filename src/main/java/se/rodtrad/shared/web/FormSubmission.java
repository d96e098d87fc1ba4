package se.rodtrad.shared.web;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.ValidationException;

/**
 * The one way a page submits a form: run the use case; when a rule refuses the input, render the page again with the
 * {@link Refusal} beside what was typed. A {@link NotFoundException} is never a refusal — it goes on to the error page
 * (404), as does whatever else goes wrong. So a controller says what it does and what it shows when refused, and
 * writes no try/catch of its own; docs/architecture.md, "How a form is submitted", has an example.
 */
@Component
public class FormSubmission {

    private final Messages messages;

    FormSubmission(Messages messages) {
        this.messages = messages;
    }

    /** Any broken rule (a field's, a conflict, a state the thing is not in) is shown on the form. */
    public <T> T submit(Supplier<T> action, Function<Refusal, T> refused) {
        return attempt(action, refused, e -> !(e instanceof NotFoundException));
    }

    /**
     * Only the input's field errors are shown on the form; any other broken rule goes on to the error page with its
     * sentence (for forms whose use case refuses nothing else a person could correct there).
     */
    public <T> T validate(Supplier<T> action, Function<Refusal, T> refused) {
        return attempt(action, refused, e -> e instanceof ValidationException);
    }

    /**
     * Field errors and a conflict (someone saved first) are shown on the form; any other broken rule goes on to the
     * error page.
     */
    public <T> T validateOrConflict(Supplier<T> action, Function<Refusal, T> refused) {
        return attempt(action, refused, e -> e instanceof ValidationException || e instanceof ConflictException);
    }

    /** Only refusals of one kind (an import's failure, a workbook's problems) are shown on the form. */
    public <T> T submitOnly(Class<? extends DomainException> kind, Supplier<T> action, Function<Refusal, T> refused) {
        return attempt(action, refused, kind::isInstance);
    }

    /**
     * A small form on a page shown again by a redirect (a button, a line): the action, or the refusal's sentence kept
     * for the next page (a flash attribute the page shows). Any broken rule but "not found" is a refusal.
     */
    public void run(Runnable action, Consumer<Refusal> refused) {
        submit(() -> {
            action.run();
            return null;
        }, refusal -> {
            refused.accept(refusal);
            return null;
        });
    }

    private <T> T attempt(Supplier<T> action, Function<Refusal, T> refused, Predicate<DomainException> shownOnForm) {
        try {
            return action.get();
        } catch (DomainException e) {
            if (!shownOnForm.test(e)) {
                throw e;
            }
            return refused.apply(Refusal.of(e, messages));
        }
    }
}
