package se.rodtrad.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Events between modules run after the publisher's transaction committed, on their own thread and in their own
 * transaction ({@code @ApplicationModuleListener}): a listener that fails leaves its publication outstanding in the
 * registry (root migration V1_3) to be published again, and never undoes or delays what the person did.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class EventsConfiguration {
}
