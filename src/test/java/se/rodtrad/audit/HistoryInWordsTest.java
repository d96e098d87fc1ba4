package se.rodtrad.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.fixtures.Acting;
import se.rodtrad.fixtures.TestPlans;
import se.rodtrad.planning.PlanEditing;
import se.rodtrad.planning.PlanItem;
import se.rodtrad.planning.PlanStatus;
import se.rodtrad.planning.UpdateItem;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The history told as people read it: names, labels and values in words, never a table, a column, an id or JSON. */
@RodtradTest
class HistoryInWordsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PlanEditing editing;
    @Autowired
    AuditTrail trail;
    @Autowired
    HistoryWords words;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    org.springframework.context.MessageSource messages;

    @AfterEach
    void swedish() {
        LocaleContextHolder.setLocale(null);
    }

    @Test
    void a_changed_target_is_told_with_the_persons_name_the_items_label_and_the_target_in_words() {
        TestPlans builder = TestPlans.plan(context, "RTN", TestPlans.newYear());
        int goal = builder.goal("Effektmål", "4", "Ett starkt näringsliv");
        builder.indicator(goal, "Antal nystartade företag ska öka", TestPlans.target("PREVIOUS_VALUE", "INCREASE"));
        TestPlans.Made plan = builder.in(PlanStatus.DRAFT);
        PlanItem indicator = plan.item(1);
        Acting.as("controller", () -> editing.updateItem(new UpdateItem(indicator.id(), indicator.version(), null, "4.1.1", indicator.text(), null,
                TestPlans.target("PREVIOUS_VALUE", "DECREASE"), null, null)));

        LocaleContextHolder.setLocale(Locale.forLanguageTag("sv-SE"));
        List<HistoryEntry> history = trail.history("plan_item", indicator.id());
        List<HistoryWords.Save> saves = words.tell(history);
        HistoryWords.Save latest = saves.get(0);
        assertThat(latest.person()).isEqualTo("Cecilia Controller");
        HistoryWords.Told told = latest.entries().get(0);
        assertThat(told.object()).startsWith("styrtalet 4.1.1 ”Antal nystartade företag ska öka”").contains("Verksamhetsplan med budget");
        assertThat(told.changes()).extracting(HistoryWords.Change::label).containsExactlyInAnyOrder("Nummer", "Målvärde");
        HistoryWords.Change target = told.changes().stream().filter(c -> c.label().equals("Målvärde")).findFirst().orElseThrow();
        assertThat(target.before()).isEqualTo("Ska öka jämfört med föregående år");
        assertThat(target.after()).isEqualTo("Ska minska jämfört med föregående år");
        for (HistoryWords.Save s : saves) {
            for (HistoryWords.Told t : s.entries()) {
                assertThat(t.sentence()).doesNotContain("plan_item").doesNotContain("{").doesNotContain("_id");
                assertThat(t.changes().toString()).doesNotContain("{").doesNotContain("\"form\"");
            }
        }
    }

    @Test
    void the_rows_one_save_wrote_are_told_together_and_numbers_the_swedish_way() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("sv-SE"));
        assertThat(words.value("budget_frame", "net_frame_kr", "1675505", 200, LocaleContextHolder.getLocale())).isEqualTo("1\u00a0675\u00a0505 kr");
        assertThat(words.value("grant_decision", "amount", "13772500", 200, LocaleContextHolder.getLocale())).isEqualTo("137\u00a0725 kr");
        assertThat(words.value("indicator_value", "value", "3.10", 200, LocaleContextHolder.getLocale())).isEqualTo("3,1");
        assertThat(words.value("plan_item", "parent_id", "8d3c6a1e-3b1d-4e0c-9d55-2c6f0b6f1a11", 200, LocaleContextHolder.getLocale())).isNull();

        TestPlans builder = TestPlans.plan(context, "RTN", TestPlans.newYear());
        builder.goal("Effektmål", "1", "Ett mål");
        TestPlans.Made plan = builder.in(PlanStatus.DRAFT);
        Acting.as("controller", () -> editing.changeStatus(plan.id(), plan.plan().version(), PlanStatus.PROPOSAL, null));
        List<HistoryWords.Save> saves = words.tell(trail.history("plan", plan.id()));
        HistoryWords.Save proposed = saves.get(0);
        assertThat(proposed.headline()).isEqualTo("Cecilia Controller ändrade status för planen RTN Verksamhetsplan med budget "
                + plan.plan().year() + " från utkast till förslag");
        // two rows written by one transaction are one save; the same person's next transaction is another
        HistoryEntry first = saves.get(0).entries().get(0).entry();
        HistoryEntry item = new HistoryEntry(first.id() - 1, first.occurredAt(), first.actor(), "plan_item", "x", HistoryEntry.Operation.INSERT,
                List.of(), "plan", plan.id().toString(), first.transaction(), java.util.Map.of("type", "GOAL", "kind", "Effektmål", "number", "2",
                        "text", "Ett mål till"), null, null);
        HistoryEntry later = new HistoryEntry(first.id() + 1, first.occurredAt(), first.actor(), "plan", plan.id().toString(),
                HistoryEntry.Operation.UPDATE, List.of(), null, null, first.transaction() + 1, first.state(), null, null);
        List<HistoryWords.Save> grouped = words.tell(List.of(later, first, item));
        assertThat(grouped).hasSize(2);
        assertThat(grouped.get(1).entries()).hasSize(2);
        assertThat(grouped.get(1).entries().get(1).object()).isEqualTo("effektmål 2 ”Ett mål till”");
    }

    @Test
    void every_audited_table_names_its_objects_in_swedish_and_english() {
        List<String> tables = jdbc.sql("""
                select distinct split_part(encode(t.tgargs, 'escape'), '\\000', 1) from pg_trigger t join pg_proc p on p.oid = t.tgfoid
                where p.proname in ('audit_record_change', 'audit_record_inserts') order by 1""").query(String.class).list();
        assertThat(tables).contains("plan_item", "follow_report", "grant_decision");
        for (Locale locale : List.of(Locale.forLanguageTag("sv-SE"), Locale.ENGLISH)) {
            assertThat(tables).as("tabeller utan ord i %s", locale).allSatisfy(t ->
                    assertThat(messages.getMessage("history.object." + t, null, null, locale)).as(t).isNotNull());
        }
    }

    @Test
    void the_history_pages_filter_by_person_and_period_and_show_no_table_names() throws Exception {
        String today = LocalDate.now().toString();
        String page = mvc.perform(get("/historik").param("person", "admin").param("fran", "2000-01-01").param("till", today)
                        .with(user("lasare").roles("READER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ada Administratör").doesNotContain("org_unit").doesNotContain("plan_item").doesNotContain("Teknisk post");
        String bad = mvc.perform(get("/historik").param("fran", "igår").with(user("lasare").roles("READER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("aria-invalid=\"true\"").contains("Skriv datumet som ÅÅÅÅ-MM-DD");
        String technical = mvc.perform(get("/historik").param("teknisk", "1").with(user("admin").roles("ADMINISTRATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(technical).contains("Teknisk post");
    }
}
