package se.rodtrad.internalcontrol.web;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.rodtrad.internalcontrol.ActionView;
import se.rodtrad.internalcontrol.BodyJudgement;
import se.rodtrad.internalcontrol.ControlView;
import se.rodtrad.internalcontrol.InternalControl;
import se.rodtrad.internalcontrol.InternalControlPlan;
import se.rodtrad.internalcontrol.RiskView;
import se.rodtrad.shared.web.Messages;

/**
 * The internal control tables as CSV for Excel: semicolon-separated, UTF-8 with a byte order mark so that
 * Swedish Excel opens å, ä and ö correctly; exempeldata is a column of its own.
 */
@Controller
class InternalControlExports {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Europe/Stockholm"));

    private final InternalControl internalControl;
    private final Messages messages;

    InternalControlExports(InternalControl internalControl, Messages messages) {
        this.internalControl = internalControl;
        this.messages = messages;
    }

    @GetMapping("/internkontroll/planer/{planId}/risker.csv")
    ResponseEntity<byte[]> risks(@PathVariable UUID planId) {
        InternalControlPlan ic = internalControl.plan(planId);
        StringBuilder csv = new StringBuilder();
        row(csv, m("ic.csv.number"), m("ic.field.activity"), m("ic.field.riskText"), m("ic.scope"), m("ic.requirement"),
                m("ic.field.probability"), m("ic.field.consequence"), m("ic.csv.value"), m("ic.csv.level"), m("ic.exempeldata"),
                m("ic.decision"), m("ic.field.reason"), m("ic.actions"), m("ic.csv.controls"));
        for (RiskView r : ic.risks()) {
            row(csv, RiskRow.of(r, this::m).cells());
        }
        return download(csv, "internkontroll-" + ic.plan().key() + ".csv");
    }

    @GetMapping("/internkontroll/bedomningar.csv")
    ResponseEntity<byte[]> judgements(@RequestParam("ar") int year) {
        List<BodyJudgement> judgements = internalControl.judgements(year);
        StringBuilder csv = new StringBuilder();
        row(csv, m("ic.index.body"), m("ic.index.plan"), m("ic.judgement"), m("ic.field.reasons"), m("ic.exempeldata"), m("ic.index.risks"),
                m("ic.judgements.deviations"), m("ic.judgements.by"));
        for (BodyJudgement b : judgements) {
            row(csv, JudgementRow.of(b, this::m).cells());
        }
        return download(csv, "isk-bedomningar-" + year + ".csv");
    }

    /** A risk as a line of the plan's CSV. */
    record RiskRow(String[] cells) {

        static RiskRow of(RiskView r, java.util.function.Function<String, String> m) {
            var a = r.assessment();
            return new RiskRow(new String[] {String.valueOf(r.number()), r.activity(), r.text(),
                    r.scope() == null ? m.apply("ic.scope.none") : m.apply("ic.scope." + r.scope()), r.requirement(),
                    a == null ? null : String.valueOf(a.probability()), a == null ? null : String.valueOf(a.consequence()),
                    a == null ? null : String.valueOf(a.value()), a == null ? null : m.apply("ic.level." + a.level()),
                    r.containsExempeldata() ? m.apply("ic.csv.yes") : m.apply("ic.csv.no"),
                    r.decision() == null ? null : m.apply("ic.decision." + r.decision()), r.decisionReason(),
                    r.actions().stream().map(InternalControlExports::action).collect(Collectors.joining("\n")),
                    r.controls().stream().map(ControlView::what).collect(Collectors.joining("\n"))});
        }
    }

    /** A body's ISK judgement as a line of the year's CSV; who judged is left out for example data. */
    record JudgementRow(String[] cells) {

        static JudgementRow of(BodyJudgement b, java.util.function.Function<String, String> m) {
            var j = b.judgement();
            return new JudgementRow(new String[] {b.bodyName(), b.planTitle(), m.apply(b.judgementKey()), j == null ? null : j.reasons(),
                    j != null && j.exempeldata() ? m.apply("ic.csv.yes") : m.apply("ic.csv.no"), String.valueOf(b.risks()), String.valueOf(b.deviations()),
                    j == null || j.exempeldata() ? null : j.updatedBy() + " " + DATE.format(j.updatedAt())});
        }
    }

    private static String action(ActionView a) {
        return a.text() + (a.owner() == null ? "" : " (" + a.owner() + ")") + (a.deadline() == null ? "" : " " + a.deadline());
    }

    private String m(String key) {
        return messages.get(key);
    }

    private static void row(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append(cell(cells[i]));
        }
        csv.append("\r\n");
    }

    /** RFC 4180 quoting; a leading = + - @ is prefixed so that Excel never runs a cell as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static ResponseEntity<byte[]> download(StringBuilder csv, String filename) {
        byte[] body = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
