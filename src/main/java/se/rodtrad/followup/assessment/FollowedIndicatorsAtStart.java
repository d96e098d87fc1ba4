package se.rodtrad.followup.assessment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start, after the plans' demo is loaded: the plans' indicators are followed as the plans are now. Planning
 * also tells of each plan by event and both end the same; this repairs what a restored database or a lost event left,
 * and only for the plans that changed since their indicators were followed (a plan's content stamp).
 */
@Component
@Order(31)
class FollowedIndicatorsAtStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FollowedIndicatorsAtStart.class);

    private final FollowedIndicators followed;

    FollowedIndicatorsAtStart(FollowedIndicators followed) {
        this.followed = followed;
    }

    @Override
    public void run(ApplicationArguments args) {
        log.info("Planer vars indikatorer följdes på nytt: {}", followed.followAll().size());
    }
}
