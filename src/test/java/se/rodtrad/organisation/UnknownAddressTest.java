package se.rodtrad.organisation;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;

/** An address nothing answers is "sidan finns inte" for a visitor too; a real page still asks for login. */
@RodtradTest
class UnknownAddressTest {

    @Autowired
    MockMvc mvc;

    @Test
    void an_unknown_address_is_not_found_for_a_visitor_while_a_real_page_asks_for_login() throws Exception {
        mvc.perform(get("/finns-inte")).andExpect(status().isNotFound());
        mvc.perform(get("/planer/finns/inte/heller")).andExpect(status().isNotFound());
        mvc.perform(get("/uppdrag")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/planer/punkter/00000000-0000-0000-0000-000000000000")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/favicon.svg")).andExpect(status().isOk());
    }
}
