package se.rodtrad.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import se.rodtrad.RodtradTest;

/**
 * Every kind of PDF the product writes — found from the handler mappings (each {@code /api/…/*.pdf}), rendered from the
 * demo data — passes veraPDF, the PDF Association's validator, for PDF/A-3u (ISO 19005-3, what the XMP claims) and
 * PDF/UA-1 (ISO 14289-1, tagged and accessible): the plan, the change overview, the assignments, the report, the
 * annual report, the meeting's notice and minutes, the report of delegated decisions.
 */
@RodtradTest
class PdfValidationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    Set<String> pdfEndpoints() {
        Set<String> result = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            mapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                    .filter(p -> p.startsWith("/api/") && p.endsWith(".pdf")).forEach(result::add));
        }
        return result;
    }

    static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = new ArrayList<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage());
                }
            }
            return result.isCompliant() ? List.of() : failed.isEmpty() ? List.of("inte förenlig") : failed.stream().distinct().limit(5).toList();
        }
    }

    @Test
    void every_kind_of_pdf_passes_pdf_a_3u_and_pdf_ua_1() throws Exception {
        Set<String> endpoints = pdfEndpoints();
        assertThat(endpoints).contains("/api/v1/plans/{id}/document.pdf", "/api/v1/reports/{id}/document.pdf",
                "/api/v1/meetings/{id}/notice.pdf", "/api/v1/meetings/{id}/minutes.pdf");
        DemoPaths demo = new DemoPaths(jdbc);
        List<String> problems = new ArrayList<>();
        for (String pattern : endpoints) {
            var response = mvc.perform(get(demo.expand(pattern)).with(httpBasic("admin", "admin"))).andReturn().getResponse();
            if (response.getStatus() != 200) {
                problems.add(pattern + " → " + response.getStatus() + " " + response.getContentAsString());
                continue;
            }
            byte[] pdf = response.getContentAsByteArray();
            for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_3_U, PDFAFlavour.PDFUA_1)) {
                failures(pdf, flavour).forEach(f -> problems.add(pattern + " " + flavour.getId() + ": " + f));
            }
        }
        assertThat(problems).as("veraPDF på " + endpoints.size() + " slags PDF").isEmpty();
    }
}
