package se.rodtrad.followup.measures.imports;

import se.rodtrad.shared.domain.DomainException;

/**
 * A file that cannot be imported as a whole: malformed, truncated, or not the format it claims to be. The
 * message names the place ({@code where}: "rad 14", "values[3].values[0].value") and what is wrong there;
 * nothing of the import is written.
 */
public class ImportFailure extends DomainException {

    private final String where;

    /** {@code messageKey}'s first argument is always the place. */
    public ImportFailure(String messageKey, String where, Object... more) {
        super(messageKey, prepend(where, more));
        this.where = where;
    }

    public String where() {
        return where;
    }

    /** The key with its arguments, for logs (the user reads the rendered sentence). */
    @Override
    public String getMessage() {
        return messageKey() + " " + java.util.Arrays.toString(arguments());
    }

    private static Object[] prepend(String where, Object[] more) {
        Object[] args = new Object[more.length + 1];
        args[0] = where;
        System.arraycopy(more, 0, args, 1, more.length);
        return args;
    }
}
