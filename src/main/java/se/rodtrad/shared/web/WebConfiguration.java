package se.rodtrad.shared.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Swedish by default; {@code ?lang=en} switches to English and a cookie remembers the choice. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final java.util.Set<String> SUPPORTED = java.util.Set.of("sv", "en");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("rodtrad-lang") {
            @Override
            protected Locale parseLocaleValue(String value) {
                Locale locale = super.parseLocaleValue(value);
                return locale != null && SUPPORTED.contains(locale.getLanguage()) ? locale : null;
            }
        };
        resolver.setDefaultLocale(SWEDISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /**
     * Spring Boot registers a {@link ResourceUrlEncodingFilter} because the resource chain is on (the version-less
     * webjar path of htmx needs it). That filter looks up every {@code @{…}} link a page writes as a possible static
     * file in each static location of the packaged jar before writing it (spring-framework#27538) — a plan page
     * writes hundreds of links, and bench/ measured this as most of its time. No content versioning is configured,
     * so the filter has nothing to rewrite that the webjar resolver does not resolve anyway when the file is
     * requested: it is registered switched off (Boot's own registration backs off for it).
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // only the languages the product speaks: anything else (?lang=x%3C was a 500) is ignored, Swedish stays
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                Locale locale = super.parseLocaleValue(value);
                if (locale == null || !SUPPORTED.contains(locale.getLanguage())) {
                    throw new IllegalArgumentException("Språket stöds inte: " + value);
                }
                return locale.getLanguage().equals("sv") ? SWEDISH : Locale.ENGLISH;
            }
        };
        lang.setParamName("lang");
        lang.setIgnoreInvalidLocale(true);
        registry.addInterceptor(lang);
    }
}
