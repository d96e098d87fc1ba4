package se.rodtrad.grants;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import se.rodtrad.grants.Explanation.Kr;
import se.rodtrad.grants.Explanation.Pct;
import se.rodtrad.shared.domain.DomainException;

/**
 * What may be paid of a granted decision. Förordning (2003:596) 11 § (lydelse SFS 2015:858): the grant is paid afterwards
 * against the project's actual costs as reported — here the decided share of the booked costs reported so far, never
 * more than the amount granted; the decision maker may, for special reasons and after judging the project's economic
 * capacity, decide an advance of at most half of the grant and at most 400 000 kronor. Company support is paid against
 * reported costs the same way; advances are judged here only for project grants under 2003:596.
 */
final class PaymentPolicy {

    static final long ADVANCE_CAP = 400_000_00L;

    private PaymentPolicy() {
    }

    /** What the payment may be at most, or why it is refused. Amounts in öre. */
    static long allowed(GrantDecision d, boolean project, String kind, long amount, Long reportedCosts, String reason, LocalDate paidOn,
            List<GrantRepository.Payment> earlier) {
        if (!d.decided() || !d.granted() || d.amount() == null) {
            throw new DomainException("grants.payment.notGranted", d.referenceText());
        }
        if (d.decidedOn() != null && paidOn.isBefore(d.decidedOn())) {
            throw new DomainException("grants.payment.beforeDecision", paidOn.toString(), d.decidedOn().toString());
        }
        long paid = earlier.stream().mapToLong(GrantRepository.Payment::amount).sum();
        if ("ADVANCE".equals(kind)) {
            if (!project) {
                throw new DomainException("grants.payment.advanceOnlyProjects", d.supportType());
            }
            if (reason == null || reason.isBlank()) {
                throw new DomainException("grants.payment.advanceReason");
            }
            long cap = Math.min(d.amount() / 2, ADVANCE_CAP);
            long advanced = earlier.stream().filter(p -> p.kind().equals("ADVANCE")).mapToLong(GrantRepository.Payment::amount).sum();
            if (advanced + amount > cap) {
                throw new DomainException("grants.payment.advanceOver", GrantTexts.kr(advanced), GrantTexts.kr(amount), GrantTexts.kr(cap),
                        GrantTexts.kr(d.amount()));
            }
            return cap - advanced;
        }
        if (reportedCosts == null || reportedCosts <= 0) {
            throw new DomainException("grants.payment.costsRequired");
        }
        long byShare = d.sharePercent() == null ? reportedCosts
                : BigDecimal.valueOf(reportedCosts).multiply(d.sharePercent()).divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN).longValue();
        long entitled = Math.min(byShare, d.amount());
        if (paid + amount > entitled) {
            throw new DomainException("grants.payment.over", GrantTexts.kr(amount), GrantTexts.kr(paid), GrantTexts.kr(entitled),
                    d.sharePercent() == null ? "100 %" : GrantTexts.number(d.sharePercent()) + " %", GrantTexts.kr(reportedCosts), GrantTexts.kr(d.amount()));
        }
        return entitled - paid;
    }

    /** The sentence shown before paying: what the reported costs give, what has been paid, what is left. */
    static Explanation explain(GrantDecision d, long reportedCosts, long paid) {
        BigDecimal share = d.sharePercent() == null ? BigDecimal.valueOf(100) : d.sharePercent();
        long byShare = BigDecimal.valueOf(reportedCosts).multiply(share).divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN).longValue();
        long entitled = Math.min(byShare, d.amount() == null ? 0 : d.amount());
        return Explanation.of("grants.payment.explain", new Pct(share), new Kr(reportedCosts), new Kr(byShare), new Kr(d.amount() == null ? 0 : d.amount()),
                new Kr(entitled), new Kr(paid), new Kr(Math.max(0, entitled - paid)));
    }
}
