package se.rodtrad.internalcontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.ValidationException;

class RiskLevelTest {

    @Test
    void the_sixteen_cells_fall_into_four_bands_along_the_diagonals() {
        assertThat(RiskLevel.of(1)).isEqualTo(RiskLevel.LOW);
        assertThat(RiskLevel.of(3)).isEqualTo(RiskLevel.LOW);
        assertThat(RiskLevel.of(4)).isEqualTo(RiskLevel.MODERATE);
        assertThat(RiskLevel.of(6)).isEqualTo(RiskLevel.MODERATE);
        assertThat(RiskLevel.of(8)).isEqualTo(RiskLevel.HIGH);
        assertThat(RiskLevel.of(9)).isEqualTo(RiskLevel.HIGH);
        assertThat(RiskLevel.of(12)).isEqualTo(RiskLevel.VERY_HIGH);
        assertThat(RiskLevel.of(16)).isEqualTo(RiskLevel.VERY_HIGH);
        assertThatThrownBy(() -> RiskLevel.of(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Risk risk() {
        return new Risk(UUID.randomUUID(), UUID.randomUUID(), "Risken att redovisningen inte är rättvisande.", 0, 2, 3, true, null, null, false);
    }

    @Test
    void a_persons_assessment_replaces_exempeldata() {
        Risk risk = risk();
        risk.assess(4, 1);
        assertThat(risk.probability()).isEqualTo(4);
        assertThat(risk.consequence()).isEqualTo(1);
        assertThat(risk.assessmentExempeldata()).isFalse();
        assertThat(risk.reassessed()).isTrue();
    }

    @Test
    void accepting_needs_a_reason_and_treating_drops_it() {
        Risk risk = risk();
        assertThatThrownBy(() -> risk.accept(" ")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(f -> {
                    assertThat(f.field()).isEqualTo("reason");
                    assertThat(f.messageKey()).isEqualTo("ic.validation.acceptReason");
                }));
        risk.accept("Liten risk, hög kostnad för kontroll.");
        assertThat(risk.decision()).isEqualTo(RiskDecision.ACCEPT);
        risk.treat();
        assertThat(risk.decision()).isEqualTo(RiskDecision.TREAT);
        assertThat(risk.decisionReason()).isNull();
    }

    @Test
    void an_unassessed_risk_cannot_be_decided() {
        Risk risk = new Risk(UUID.randomUUID(), UUID.randomUUID(), "R", 0, null, null, false, null, null, false);
        assertThatThrownBy(risk::treat).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("ic.error.notAssessed"));
    }

    @Test
    void the_matrix_puts_each_assessed_risk_in_its_cell_and_counts_the_rest() {
        RiskView a = view(1, 3, 4, false);
        RiskView b = view(2, 3, 4, true);
        RiskView c = view(3, null, null, false);
        RiskMatrix m = RiskMatrix.of(java.util.List.of(a, b, c));
        assertThat(m.rows()).extracting(RiskMatrix.Row::probability).containsExactly(4, 3, 2, 1);
        RiskMatrix.Cell cell = m.rows().get(1).cells().get(3);
        assertThat(cell.value()).isEqualTo(12);
        assertThat(cell.level()).isEqualTo(RiskLevel.VERY_HIGH);
        assertThat(cell.risks()).containsExactly(a, b);
        assertThat(cell.containsExempeldata()).isTrue();
        assertThat(m.assessed()).isEqualTo(2);
        assertThat(m.unassessed()).isEqualTo(1);
        assertThat(m.exempeldata()).isEqualTo(1);
    }

    private static RiskView view(int number, Integer p, Integer c, boolean exempel) {
        return new RiskView(UUID.randomUUID(), UUID.randomUUID(), number, null, "HR", "Risk " + number, RiskScope.BODY, null,
                p == null ? null : new Assessment(p, c, exempel, "x", null), null, null, false, java.util.List.of(), java.util.List.of(), null, 0);
    }
}
