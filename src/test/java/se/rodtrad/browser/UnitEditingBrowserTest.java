package se.rodtrad.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import se.rodtrad.RodtradApplication;
import se.rodtrad.organisation.Organisation;

/** Two people edit the same area in two browsers: the second gets the conflict message and keeps their text. */
@SpringBootTest(classes = RodtradApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnitEditingBrowserTest extends BrowserTestSupport {

    @Autowired
    Organisation organisation;

    Page openAs(BrowserContext context, String username, String path) {
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Användarnamn").fill(username);
        page.getByLabel("Lösenord").fill(username);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
        page.waitForURL("http://localhost:" + port + "/");
        page.navigate("http://localhost:" + port + path);
        return page;
    }

    @Test
    void two_browsers_editing_the_same_area_get_the_conflict_message_and_neither_edit_is_lost() {
        var area = organisation.unitByCode("FRU-EK").orElseThrow();
        String path = "/organisation/enheter/" + area.id();
        try (BrowserContext first = browser.newContext(Browser.context()); BrowserContext second = browser.newContext(Browser.context())) {
            Page anna = openAs(first, "admin", path);
            Page bo = openAs(second, "controller", path);

            anna.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).fill("Energi, klimat och omställning");
            anna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
            anna.getByText("Ändringen är sparad.").waitFor();
            assertThat(anna.locator("#unit-title").textContent()).isEqualTo("Energi, klimat och omställning");
            assertThat(anna.locator("#history").textContent()).contains("Energi och klimat").contains("Energi, klimat och omställning");

            bo.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).fill("Energi och klimatomställning");
            bo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
            bo.getByText("Någon annan har ändrat samtidigt").waitFor();
            assertThat(bo.locator("#conflict").textContent()).contains("admin").contains("Energi, klimat och omställning");
            assertThat(bo.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).inputValue()).isEqualTo("Energi och klimatomställning");
            assertThat(organisation.unit(area.id()).name()).isEqualTo("Energi, klimat och omställning");

            bo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
            bo.getByText("Ändringen är sparad.").waitFor();
            assertThat(organisation.unit(area.id()).name()).isEqualTo("Energi och klimatomställning");
            assertThat(bo.locator("#history").textContent()).contains("Ada Administratör").contains("Cecilia Controller");  // people by name, never username
        }
    }
}
