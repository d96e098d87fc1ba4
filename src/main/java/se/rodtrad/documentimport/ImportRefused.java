package se.rodtrad.documentimport;

import se.rodtrad.shared.domain.DomainException;

/**
 * A document that cannot be read as it is — encrypted, only images, a macro document, a zip bomb, an unknown file
 * type, over the limits — refused with a Swedish message that says why and what to do instead. Nothing is kept.
 */
public class ImportRefused extends DomainException {

    public ImportRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
