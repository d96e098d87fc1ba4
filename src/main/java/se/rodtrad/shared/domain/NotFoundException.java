package se.rodtrad.shared.domain;

/** The object asked for does not exist (or is not visible to the caller). */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super("error.notFound", what, id);
    }
}
