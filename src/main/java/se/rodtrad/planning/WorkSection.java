package se.rodtrad.planning;

import java.util.List;
import se.rodtrad.organisation.Unit;

/**
 * An assignment's "Ansvar och tider" on its item page: its line (owner, dates, latest status, whether it is late), whether
 * the reader may set owner and dates, and the units to choose among. Only an assignment has one
 * ({@link AssignmentOverview#workSection}).
 */
public record WorkSection(AssignmentLine line, boolean mayAssignWork, List<Unit> units) {

    public AssignmentWork work() {
        return line.work();
    }
}
