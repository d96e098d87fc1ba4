package se.rodtrad.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import se.rodtrad.RodtradApplication;
import se.rodtrad.meetings.AgendaItem;
import se.rodtrad.meetings.MeetingDetails;
import se.rodtrad.meetings.Meetings;
import se.rodtrad.meetings.NoticeBoard;
import se.rodtrad.organisation.Organisation;

/**
 * Regional tillväxtnämnd's meeting of 2020-01-22 held in a real browser, as the secretary, the adjuster and the chair
 * would: attendance with a substitute serving, each of the seven items decided (the plan by roll call with a
 * reservation, the PAN grant returned), the meeting closed, the minutes signed by the adjuster and the chair, the notice
 * on the public board with its appeal deadline — and RTN's plan 2020 "Beslutad 2020-01-22, RTN § 3". Every page passes
 * axe (WCAG 2.1 AA) at desktop width and at 390 px.
 */
@SpringBootTest(classes = RodtradApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeetingBrowserTest extends BrowserTestSupport {

    @Autowired
    Meetings meetings;
    @Autowired
    NoticeBoard board;
    @Autowired
    Organisation organisation;

    private UUID demoMeeting() {
        UUID rtn = organisation.unitByCode("RTN").orElseThrow().id();
        return meetings.meetings(rtn).stream().filter(m -> m.date().equals(LocalDate.of(2020, 1, 22))).findFirst().orElseThrow().id();
    }

    @Test
    void the_secretary_and_the_adjuster_hold_the_meeting_of_2020_01_22_and_the_plan_becomes_decided_by_its_paragraph() {
        UUID id = demoMeeting();
        MeetingDetails before = meetings.details(id);
        List<AgendaItem> items = before.items();
        try (BrowserContext secretaryContext = browser.newContext(Browser.context())) {
            Page page = signIn(secretaryContext, "sekreterare");
            page.navigate(url("/sammantraden?organ=RTN"));
            axe(page, "sammanträden");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2020-01-22")).click();
            page.waitForURL(url("/sammantraden/" + id));
            assertThat(page.locator("#punkt-3").textContent()).contains("Regionala tillväxtnämndens verksamhetsplan med budget 2020").contains("19RS9687");
            axe(page, "sammanträdet");
            for (String path : List.of("/diarium", "/diarium/19RS9687", "/diarium/ny", "/sammantraden/ledamoter?organ=RTN",
                    "/sammantraden/sok?q=verksamhetsplan", "/sammantraden/ny", "/sammantraden/" + id + "/redigera",
                    "/sammantraden/" + id + "/punkter/" + items.get(3).id(), "/sammantraden/" + id + "/punkter/ny")) {
                page.navigate(url(path));
                axe(page, path);
            }

            // attendance: every member but one, a substitute serving for the absent member
            page.navigate(url("/sammantraden/" + id + "/narvaro"));
            Locator checks = page.locator("input[type=checkbox][name^=present-]");
            for (int i = 0; i < checks.count(); i++) {
                checks.nth(i).check();
            }
            page.getByLabel("Hassan Exempelnäs (V) är närvarande").uncheck();
            page.getByLabel("Karin Exempelbäck (M) är närvarande").uncheck();
            page.getByLabel("Lars Exempelås (SD) är närvarande").uncheck();
            page.getByLabel("Maria Exempelfors (C) är närvarande").uncheck();
            page.getByLabel("Jonas Exempelvik (S) är närvarande").uncheck();
            page.getByLabel("Nils Exempelmark (V) tjänstgör för").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Hassan Exempelnäs (V)"));
            axe(page, "närvaro");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara närvaron")).click();
            page.waitForURL(url("/sammantraden/" + id + "#narvaro"));
            assertThat(page.locator("#narvaro").textContent()).contains("Beslutför: 11 av 11 ledamöter deltar").contains("tjänstgör för Hassan Exempelnäs (V)");

            for (AgendaItem item : items) {
                page.navigate(url("/sammantraden/" + id + "/punkter/" + item.id() + "/beslut"));
                if (item.number() == 3) {
                    axe(page, "beslut");
                    page.getByLabel("Omröstning med namnupprop (votering)").check();
                    Locator votes = page.locator("select[name^=vote-]");
                    for (int i = 0; i < votes.count(); i++) {
                        votes.nth(i).selectOption("YES");
                    }
                    page.getByLabel("Röst för Patrik Nyström (SD)").selectOption("NO");
                    page.getByLabel("Röst för Greta Exempelqvist (KD)").selectOption("ABSTAIN");
                    page.getByLabel("Reservation för Patrik Nyström (SD)").fill("Till förmån för eget yrkande om en lägre budget för förvaltningskansliet.");
                } else if (item.number() == 4) {
                    page.getByLabel("Återremiss").check();
                    page.getByLabel("Beslutade att-satser").fill("återremittera ärendet för komplettering av projektets finansiering");
                }
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara beslutet")).click();
                page.waitForURL(u -> u.contains("#paragraf-"));
            }
            String agenda = page.locator("#dagordning").textContent();
            assertThat(agenda).contains("§ 3").contains("Votering: 9 ja, 1 nej, 1 avstår – ja har vunnit.")
                    .contains("Reservation: Patrik Nyström (SD) – Till förmån för eget yrkande").contains("Återremiss").contains("§ 7");
            axe(page, "sammanträdet med beslut");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avsluta sammanträdet")).click();
            page.getByText("Sammanträdet är avslutat. Protokollet väntar nu").waitFor();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Justera protokollet")).count())
                    .as("the secretary is not an adjuster").isZero();
        }

        for (String signer : List.of("justerare", "ordforande")) {
            try (BrowserContext context = browser.newContext(Browser.context())) {
                Page page = signIn(context, signer);
                page.navigate(url("/sammantraden/" + id));
                axe(page, "justering (" + signer + ")");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Justera protokollet")).click();
                page.locator("#justering").waitFor();
                page.locator(".alert--success").waitFor();
            }
        }
        MeetingDetails after = meetings.details(id);
        assertThat(after.meeting().isAdjusted()).isTrue();
        LocalDate posted = board.forMeeting(id).orElseThrow().postedOn();

        try (BrowserContext anyone = browser.newContext(Browser.context())) {
            Page page = anyone.newPage();
            page.navigate(url("/portal/anslagstavla"));
            String notices = page.locator("main").textContent();
            assertThat(notices).contains("Protokoll Regional tillväxtnämnd 2020-01-22").contains("Sista dag att överklaga")
                    .contains(posted.plusWeeks(3).toString());
            axe(page, "anslagstavla");
            page.navigate(url("/portal/sammantraden/" + id));
            assertThat(page.locator("main").textContent()).contains("§ 3").contains("Protokollet är justerat.");
            axe(page, "portal: sammanträdet");
            for (String path : List.of("/portal/sammantraden", "/portal/diarium")) {
                page.navigate(url(path));
                axe(page, path);
            }
        }

        try (BrowserContext controllerContext = browser.newContext(Browser.context())) {
            Page page = signIn(controllerContext, "controller");
            page.navigate(url("/planer?organ=RTN"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verksamhetsplan med budget 2020").setExact(true)).first().click();
            // the plan is decided by an event after the justering: reload until it has arrived
            for (int i = 0; i < 50 && !page.locator("main").textContent().contains("Beslutad 2020-01-22, RTN § 3"); i++) {
                page.waitForTimeout(200);
                page.reload();
            }
            Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beslutad 2020-01-22, RTN § 3"));
            assertThat(link.count()).isEqualTo(1);
            link.click();
            page.waitForURL(u -> u.contains("/sammantraden/" + id));
        }
        assertThat(violations).as("axe violations").isEmpty();
    }
}
