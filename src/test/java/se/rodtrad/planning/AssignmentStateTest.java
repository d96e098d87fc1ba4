package se.rodtrad.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** "Försenat": the deadline passed and no report closes the assignment. */
class AssignmentStateTest {

    private static final LocalDate DEADLINE = LocalDate.of(2023, 12, 31);
    private static final AssignmentWork WORK = AssignmentWork.of(null, "Områdeschef", LocalDate.of(2023, 1, 1), DEADLINE);

    private static AssignmentProgress.Reported reported(String status, boolean finished) {
        return new AssignmentProgress.Reported(UUID.randomUUID(), status, ReportOccasion.DELARSRAPPORT_1, finished, false);
    }

    @Test
    void an_assignment_is_late_from_the_day_after_its_deadline_while_no_report_closes_it() {
        assertThat(AssignmentState.of(WORK, null, DEADLINE)).isEqualTo(AssignmentState.OPEN);
        assertThat(AssignmentState.of(WORK, null, DEADLINE.plusDays(1))).isEqualTo(AssignmentState.LATE);
        assertThat(AssignmentState.of(WORK, reported("PAGAR", false), DEADLINE.plusDays(1))).isEqualTo(AssignmentState.LATE);
    }

    @Test
    void genomfört_or_avslutat_closes_it_whatever_the_date_and_no_deadline_is_never_late() {
        assertThat(AssignmentState.of(WORK, reported("GENOMFORT", true), DEADLINE.plusYears(3))).isEqualTo(AssignmentState.FINISHED);
        assertThat(AssignmentState.of(WORK, reported("AVSLUTAT_EJ_GENOMFORT", true), DEADLINE.plusDays(1))).isEqualTo(AssignmentState.FINISHED);
        assertThat(AssignmentState.of(AssignmentWork.NONE, null, LocalDate.of(2099, 1, 1))).isEqualTo(AssignmentState.OPEN);
    }
}
