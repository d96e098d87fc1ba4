package se.rodtrad.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;
import se.rodtrad.RodtradTest;

/** The handler lookup asks a pattern's literal beginning first, and still finds exactly what Spring's matching finds. */
@RodtradTest
class HandlerLookupTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private static String[] beginnings(String... patterns) {
        RequestMappingInfo.BuilderConfiguration config = new RequestMappingInfo.BuilderConfiguration();
        config.setPatternParser(new PathPatternParser());
        return HandlerLookup.LiteralFirst.beginnings(RequestMappingInfo.paths(patterns).options(config).build());
    }

    @Test
    void a_patterns_beginning_is_its_text_before_the_first_variable_or_wildcard() {
        assertThat(beginnings("/planer/punkter/{id}")).containsExactly("/planer/punkter/");
        assertThat(beginnings("/api/v1/plans/{id}/items", "/api/v1/plans/{id}/items.csv")).containsExactly("/api/v1/plans/", "/api/v1/plans/");
        assertThat(beginnings("/sok")).containsExactly("/sok");
        // a pattern that may match any path is always matched in full
        assertThat(beginnings("/**")).isEmpty();
        assertThat(beginnings("/{*path}")).isEmpty();
        assertThat(beginnings("/planer/{id}", "/")).isEmpty();
    }

    @Test
    void the_product_looks_up_handlers_with_it_and_finds_what_spring_finds() throws Exception {
        assertThat(mapping).isInstanceOf(HandlerLookup.LiteralFirst.class);
        // a page behind a variable, an encoded path, a wrong method (405) and an unknown address (404)
        assertThat(mvc.perform(get("/planer").with(user("lasare"))).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/planer/punkter/00000000-0000-0000-0000-000000000000").with(user("lasare"))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/%70laner").with(user("lasare"))).andReturn().getResponse().getStatus()).isIn(200, 400, 404);
        assertThat(mvc.perform(delete("/planer/punkter/00000000-0000-0000-0000-000000000000").with(user("admin"))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())).andReturn().getResponse().getStatus()).isEqualTo(405);
        assertThat(mvc.perform(get("/finns-inte/alls/{x}", "1").with(user("lasare"))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
