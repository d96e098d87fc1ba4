package se.rodtrad.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.ValidationException;

/**
 * The "Redovisning av delegationsbeslut" for RTN 2019-11-01 – 2019-12-03 is made from the decisions the grant register
 * reported (DelegatedDecisionMade) and equals seed 001's table row by row; a decision outside a delegate's mandate is
 * refused with a Swedish reason; the order keeps its history.
 */
@RodtradTest
class DelegationReportTest {

    static final LocalDate FROM = LocalDate.of(2019, 11, 1);
    static final LocalDate TO = LocalDate.of(2019, 12, 3);
    static final Locale SV = Locale.forLanguageTag("sv-SE");

    /** Seed 001_fb44509df49901da.txt lines 4480-4635: Dnr | Stöd | Företag | Bransch/Prioritering | Kön | Kommun | Belopp | Beslutsfattare. */
    static final List<Tuple> SEED = List.of(
            row("19RS8649", "Konsulttjänst", "Samflex AB", "Utveckling lexikon", "M", "Örebro", "34 200"),
            row("19RS8586", "Mikrobidrag", "Studio LUXE By Angelica", "Skönhetssalong", "K", "Kumla", "18 000"),
            row("19RS8140", "Investeringsbidrag", "Bramac AB", "Entreprenad/Energieffektivisering", "M", "Ljusnarsberg", "243 714"),
            row("19RS8198", "Investeringsbidrag", "Widmarks Handelsstål AB", "Avancerad tillverkning", "M", "Degerfors", "260 625"),
            row("19RS8995", "Konsulttjänst", "B-Engaged AB", "Apputveckling", "K", "Örebro", "66 000"),
            row("19RS9033", "Såddbidrag", "Period Pack Sweden AB", "Innovationsutveckling", "K", "Örebro", "315 000"),
            row("19RS9065", "Konsulttjänst", "P-Invent AB", "Utveckling av interna processer", "M", "Örebro", "30 000"),
            row("19RS9059", "Konsulttjänst", "Delta Webbyrå AB", "Webbyrå", "M", "Askersund", "37 000"),
            row("19RS9584", "Kommersiell service", "Närbutiken i Pålsboda AB", "Livsmedelshandel", "M", "Hallsberg", "87 735"),
            row("19RS9415", "Konsulttjänst", "MoveTech AB", "Tjänster inom återvinning", "M", "Örebro", "150 000"),
            row("19RS9787", "Investeringsbidrag", "Cabinova AB", "Avancerad tillverkning", "M", "Ljusnarsberg", "378 965"),
            row("19RS9763", "Hemsändningsbidrag", "Lindesbergs kommun", "Hemsändning av livsmedel", "-", "Lindesberg", "3 400"),
            row("19RS9696", "Kommersiell service", "Vedlunds i Närkes Kil", "Livsmedelshandel", "M", "Örebro", "20 000"),
            row("19RS9698", "Kommersiell service", "ICA Nära Vintrosa", "Livsmedelshandel", "B", "Örebro", "40 210"),
            row("19RS9030", "Konsulttjänst", "Aktivaliva AB", "Utveckling utbildningsverktyg", "M", "Örebro", "115 000"),
            row("19RS9492", "Investeringsbidrag", "HITAB", "Avancerad tillverkning", "M", "Karlskoga", "800 000"),
            row("19RS9835", "Mikrobidrag", "Tiveds Kafferosteri & Café", "Kafferosteri och café/Utveckling av tjänst", "K", "Laxå", "27 500"),
            row("19RS8277", "Såddbidrag", "Vikariehjälpen AB", "Innovationsutveckling", "K", "Örebro", "209 500"),
            row("NypsID: 214557", "Affärsutveckling/Internationalisering", "Wec360 AB", "Satsning mot Finland och USA", "M", "Örebro", "250 000"),
            row("NypsID: 214557", "Affärsutveckling/Digitalisering", "Candles of Scandinavia", "Utveckla interna digitala processer", "M", "Örebro",
                    "250 000"),
            row("NypsID: 214557", "Affärsutveckling/Digitalisering", "Silkflower Import AB", "Utveckla interna digitala processer", null, "Askersund",
                    "250 000"),
            row("NypsID: 214557", "Kommersiell service/Driftstöd", "Klipphallen i Sköllersta", "Livsmedelshandel", "M", "Hallsberg",
                    "Avslag/Uppfyller ej villkor"));

    static Tuple row(String ref, String type, String company, String sector, String sex, String municipality, String amount) {
        return Tuple.tuple(ref, type, company, sector, sex, municipality, amount, "Kristina Eklöf");
    }

    @Autowired
    DelegatedDecisions decisions;
    @Autowired
    DelegationOrder order;
    @Autowired
    MockMvc mvc;
    @Autowired
    MessageSource messages;

    static <T> T as(String username, Supplier<T> work) {
        SecurityContextHolder.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken(username, null, List.of())));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    DelegatedDecisionReport report() {
        long deadline = System.currentTimeMillis() + 30_000;
        DelegatedDecisionReport r = as("lasare", () -> decisions.report("RTN", FROM, TO));
        while (r.sections().stream().filter(s -> "3.3".equals(s.point())).mapToInt(s -> s.rows().size()).sum() < 22
                && System.currentTimeMillis() < deadline) {
            sleep();
            r = as("lasare", () -> decisions.report("RTN", FROM, TO));
        }
        return r;
    }

    @Test
    void the_report_for_rtn_2019_11_01_to_2019_12_03_equals_seed_001s_table_row_by_row() {
        DelegatedDecisionReport r = report();
        DelegatedDecisionReport.Section company = r.sections().stream().filter(s -> "3.3".equals(s.point())).findFirst().orElseThrow();
        assertThat(company.heading()).isEqualTo("Beslut om företagsstöd av områdeschef näringslivsutveckling enligt punkt 3.3");
        assertThat(company.rows()).extracting(DelegatedDecisionReport.Row::referenceText, DelegatedDecisionReport.Row::supportType,
                DelegatedDecisionReport.Row::recipient, DelegatedDecisionReport.Row::sector, DelegatedDecisionReport.Row::ownerSex,
                DelegatedDecisionReport.Row::municipality, DelegatedDecisionReport.Row::amountText, DelegatedDecisionReport.Row::decidedBy)
                .containsExactlyElementsOf(SEED);
        DelegatedDecisionReport.Section projects = r.sections().get(0);
        assertThat(projects.point()).isEqualTo("3.2");
        assertThat(projects.heading()).isEqualTo("Beslut om regionala utvecklingsstöd av förvaltningschef enligt punkt 3.2");
        assertThat(projects.rows()).extracting(DelegatedDecisionReport.Row::reference, DelegatedDecisionReport.Row::recipient,
                DelegatedDecisionReport.Row::amountText).containsExactly(Tuple.tuple("19RS9282", "Alfred Nobel Science Park AB", "432 000"),
                Tuple.tuple("19RS9565", "Nora kommun", "137 725"));
    }

    @Test
    void the_report_is_a_page_a_pdf_and_json() throws Exception {
        report();
        mvc.perform(get("/api/v1/bodies/RTN/delegation-report").param("from", "2019-11-01").param("to", "2019-12-03").with(httpBasic("lasare", "lasare")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decisions.length()").value(24))
                .andExpect(jsonPath("$.decisions[2].reference").value("19RS8649"))
                .andExpect(jsonPath("$.decisions[2].supportType").value("Konsulttjänst"))
                .andExpect(jsonPath("$.decisions[2].recipient").value("Samflex AB"))
                .andExpect(jsonPath("$.decisions[2].sector").value("Utveckling lexikon"))
                .andExpect(jsonPath("$.decisions[2].ownerSex").value("M"))
                .andExpect(jsonPath("$.decisions[2].municipality").value("Örebro"))
                .andExpect(jsonPath("$.decisions[2].amount").value(34200))
                .andExpect(jsonPath("$.decisions[2].outcome").value("GRANTED"))
                .andExpect(jsonPath("$.decisions[2].decidedBy").value("Kristina Eklöf"))
                .andExpect(jsonPath("$.decisions[23].recipient").value("Klipphallen i Sköllersta"))
                .andExpect(jsonPath("$.decisions[23].amount").doesNotExist())
                .andExpect(jsonPath("$.decisions[23].outcome").value("REFUSED"));
        mvc.perform(get("/delegationsbeslut/RTN").param("fran", "2019-11-01").param("till", "2019-12-03").with(user("lasare")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Perioden: 2019-11-01 – 2019-12-03")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Avslag/Uppfyller ej villkor")));
        byte[] pdf = mvc.perform(get("/dokument/delegationsbeslut/RTN.pdf").param("fran", "2019-11-01").param("till", "2019-12-03").with(user("lasare")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void a_decision_entered_by_hand_outside_the_delegates_mandate_is_refused_with_a_swedish_reason() {
        DelegatedDecisionEntry outside = new DelegatedDecisionEntry("3.3", "2019-11-20", "Dnr", "19RS9999", "Företagsstöd", "Investeringsbidrag",
                "Exempel AB", "Avancerad tillverkning", "M", "Karlskoga", "1 200 000", true, null, "Kristina Eklöf", "Områdeschef");
        assertThatThrownBy(() -> as("sekreterare", () -> decisions.enter("RTN", outside))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(messages.getMessage(e.messageKey(), e.arguments(), SV)).isEqualTo(
                        "Beloppet 1 200 000 kr överstiger delegationens gräns 1 000 000 kr per beslut enligt punkt 3.3; beslutet fattas av Regional tillväxtnämnd."));
        DelegatedDecisionEntry wrongPerson = new DelegatedDecisionEntry("3.3", "2019-11-20", "Dnr", "19RS9998", "Företagsstöd", "Mikrobidrag",
                "Exempel AB", null, "K", "Kumla", "20 000", true, null, "Hanna Handläggare", null);
        assertThatThrownBy(() -> as("sekreterare", () -> decisions.enter("RTN", wrongPerson))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(messages.getMessage(e.messageKey(), e.arguments(), SV)).isEqualTo(
                        "Hanna Handläggare innehar inte delegationen enligt punkt 3.3 (Områdeschef näringslivsutveckling: Kristina Eklöf) den 2019-11-20."));
        assertThat(as("lasare", () -> decisions.report("RTN", LocalDate.of(2019, 11, 20), LocalDate.of(2019, 11, 20))).count()).isZero();
    }

    @Test
    void a_decision_no_module_takes_is_entered_checked_and_reported() {
        DelegatedDecisionEntry urgent = new DelegatedDecisionEntry("3.3", "2018-03-14", "Dnr", "18RS0001", "Företagsstöd", "Mikrobidrag",
                "Exempelbolaget AB", "Exempel", "K", "Nora", "12 000", true, null, "Kristina Eklöf", "Områdeschef");
        assertThatThrownBy(() -> as("sekreterare", () -> decisions.enter("RTN", urgent))).isInstanceOf(DomainException.class);
        DelegatedDecisionEntry inside = new DelegatedDecisionEntry("3.3", "2019-06-14", "Dnr", "19RS0001", "Företagsstöd", "Mikrobidrag",
                "Exempelbolaget AB", "Exempel", "K", "Nora", "12 000", true, null, "Kristina Eklöf", "Områdeschef");
        DelegatedDecisionReport.Row row = as("sekreterare", () -> decisions.enter("RTN", inside));
        assertThat(row.amountText()).isEqualTo("12 000");
        assertThat(as("lasare", () -> decisions.report("RTN", LocalDate.of(2019, 6, 1), LocalDate.of(2019, 6, 30))).rows())
                .extracting(DelegatedDecisionReport.Row::recipient).containsExactly("Exempelbolaget AB");
        assertThatThrownBy(() -> as("lasare", () -> decisions.enter("RTN", inside)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void a_point_the_law_keeps_with_the_body_is_refused_and_a_change_keeps_the_old_version() throws Exception {
        DelegationPointCommand banned = new DelegationPointCommand("9.1", "Beslut om inriktningsbeslut för 1:1-anslaget", "Inriktningsbeslut", List.of(),
                "Förvaltningschef", List.of(), List.of("Petter Arneback"), null, null, "2020-01-01");
        assertThatThrownBy(() -> as("sekreterare", () -> order.addPoint("RTN", banned))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(messages.getMessage(e.errors().get(0).messageKey(), e.errors().get(0).arguments().toArray(), SV)).isEqualTo(
                        "Ärenden som avser verksamhetens mål, inriktning, omfattning eller kvalitet får inte delegeras (KL 6 kap. 38 § 1): "
                                + "\"Inriktningsbeslut\" beslutas av Regional tillväxtnämnd."));
        DelegationPoint added = as("sekreterare", () -> order.addPoint("RTN", new DelegationPointCommand("4.1", "Beslut om hemsändningsbidrag",
                "Hemsändning", List.of(), "Enhetschef", List.of(), List.of("Eva Getzman"), "50 000", null, "2020-01-01")));
        DelegationPoint changed = as("sekreterare", () -> order.changePoint(added.id(), added.version(), new DelegationPointCommand(null,
                "Beslut om hemsändningsbidrag", "Hemsändning", List.of(), "Enhetschef", List.of(), List.of("Eva Getzman"), "80 000", null, "2020-07-01")));
        assertThat(changed.maxAmountKr()).isEqualTo(80_000L);
        List<DelegationPoint> history = as("lasare", () -> order.history("RTN")).stream().filter(p -> p.point().equals("4.1")).toList();
        assertThat(history).extracting(DelegationPoint::maxAmountKr, DelegationPoint::validFrom, DelegationPoint::validTo).containsExactly(
                Tuple.tuple(50_000L, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 30)), Tuple.tuple(80_000L, LocalDate.of(2020, 7, 1), null));
        assertThatThrownBy(() -> as("sekreterare", () -> order.changePoint(added.id(), added.version(), new DelegationPointCommand(null, "x", "Hemsändning",
                List.of(), "Enhetschef", List.of(), List.of("Eva Getzman"), null, null, "2020-09-01")))).isInstanceOf(DomainException.class);
        mvc.perform(post("/api/v1/bodies/RTN/delegation-order/points").with(httpBasic("lasare", "lasare")).with(csrf())
                .contentType("application/json").content("{}")).andExpect(status().isForbidden());
    }

    static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Autowired
    DelegationReporting reporting;
    @Autowired
    Agenda agenda;
    @Autowired
    Meetings meetings;

    @Test
    void the_secretary_puts_the_periods_report_on_the_first_meeting_after_it_with_the_report_as_its_paper() throws Exception {
        // the demo's meeting 2020-01-22 already has the report of 2019-11-01 – 2019-12-03 (item 7, as the notice prints it)
        Meeting demo = reporting.nextMeeting("RTN", TO).orElseThrow();
        assertThat(demo.date()).isEqualTo(LocalDate.of(2020, 1, 22));
        assertThat(meetings.details(demo.id()).items()).anySatisfy(i -> assertThat(i.papers())
                .anySatisfy(p -> assertThat(p.href()).isEqualTo("/dokument/delegationsbeslut/RTN.pdf?fran=2019-11-01&till=2019-12-03")));
        DomainException twice = as("sekreterare", () -> {
            try {
                reporting.placeOnNextAgenda("RTN", FROM.toString(), TO.toString());
                return null;
            } catch (DomainException e) {
                return e;
            }
        });
        assertThat(messages.getMessage(twice.messageKey(), twice.arguments(), SV)).contains("ligger redan på föredragningslistan för sammanträdet 2020-01-22");

        // decisions of a later period go to the first meeting after it: the secretary puts them there from the report page
        Meeting later = as("sekreterare", () -> agenda.createMeeting(demo.bodyId(), new Agenda.MeetingForm(LocalDate.of(2021, 2, 10), null,
                "Regionens hus", LocalDate.of(2021, 2, 24), "Sara Sekreterare", null)));
        mvc.perform(post("/delegationsbeslut/RTN/foredragningslista").with(user("lasare")).with(csrf())
                        .param("fran", "2020-12-01").param("till", "2021-01-31"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/delegationsbeslut/RTN/foredragningslista").with(user("sekreterare")).with(csrf())
                        .param("fran", "2020-12-01").param("till", "2021-01-31"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/sammantraden/" + later.id())));
        AgendaItem item = meetings.details(later.id()).items().stream().filter(i -> i.title().equals("Redovisning av delegationsbeslut"))
                .findFirst().orElseThrow();
        assertThat(item.caseNumber()).isNotNull();
        assertThat(item.proposedClauses()).containsExactly("godkänna redovisningen.");
        assertThat(item.papers()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("RENDERED");
            assertThat(p.href()).isEqualTo("/dokument/delegationsbeslut/RTN.pdf?fran=2020-12-01&till=2021-01-31");
        });
    }
}
