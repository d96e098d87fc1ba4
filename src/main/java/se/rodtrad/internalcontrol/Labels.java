package se.rodtrad.internalcontrol;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Field names inside messages ("Fältet "Skäl" måste fyllas i."), resolved in the reader's language: the
 * message source resolves a {@link MessageSourceResolvable} argument before formatting.
 */
final class Labels {

    private Labels() {
    }

    static MessageSourceResolvable of(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, key);
    }
}
