package se.rodtrad.organisation;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A login refused before its password was checked: this name from this source must wait (see {@link LoginDelay}). The
 * login page reads it from the session to say how long, so it is serializable like every authentication failure.
 */
public class LoginThrottled extends AuthenticationException {

    private final long waitSeconds;

    LoginThrottled(Duration wait) {
        super("Vänta innan nästa inloggningsförsök");
        this.waitSeconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
    }

    public long getWaitSeconds() {
        return waitSeconds;
    }
}
