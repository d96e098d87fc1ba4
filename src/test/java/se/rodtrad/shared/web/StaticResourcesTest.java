package se.rodtrad.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;

/**
 * Pages write their links as the templates say (no per-link lookup among the static files, see
 * WebConfiguration), and the static files those links name are served: the stylesheet and htmx by its
 * version-less webjar path.
 */
@RodtradTest
class StaticResourcesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void a_page_links_htmx_by_its_version_less_path_and_that_path_serves_the_script() throws Exception {
        String page = mvc.perform(get("/planer").with(user("lasare"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("src=\"/webjars/htmx.org/dist/htmx.min.js\"").contains("href=\"/css/rodtrad.css\"");

        String script = mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(script).contains("htmx");
    }

    @Test
    void the_stylesheet_is_served_without_login() throws Exception {
        mvc.perform(get("/css/rodtrad.css")).andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/css"));
    }
}
