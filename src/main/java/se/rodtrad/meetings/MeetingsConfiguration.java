package se.rodtrad.meetings;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The daily reminder to adjusters runs on a schedule; {@code rodtrad.meetings.reminders=false} turns it off. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "rodtrad.meetings.reminders", havingValue = "true", matchIfMissing = true)
class MeetingsConfiguration {
}
