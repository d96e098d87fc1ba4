package se.rodtrad.followup.reports;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.rodtrad.planning.AssignmentProgress;
import se.rodtrad.planning.ReportOccasion;

/**
 * Tells planning how far its assignments have come: the status of the latest report occasion of the year at which each
 * was reported (the verksamhetsberättelse after delårsrapport 2 after delårsrapport 1). Genomfört and avslutat/ej
 * genomfört close an assignment.
 */
@Component
class FollowupAssignmentProgress implements AssignmentProgress {

    private final JdbcClient jdbc;

    FollowupAssignmentProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, Reported> latest(Collection<UUID> itemIds) {
        Map<UUID, Reported> result = new HashMap<>();
        if (itemIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                select distinct on (item_id) item_id, occasion, status, exempeldata from assignment_status where item_id = any (?)
                order by item_id, case occasion when 'VERKSAMHETSBERATTELSE' then 3 when 'DELARSRAPPORT_2' then 2 else 1 end desc""")
                .param(itemIds.toArray(UUID[]::new))
                .query((rs, n) -> {
                    AssignmentStatus status = AssignmentStatus.valueOf(rs.getString("status"));
                    UUID item = rs.getObject("item_id", UUID.class);
                    return new Reported(item, status.name(), ReportOccasion.valueOf(rs.getString("occasion")),
                            status == AssignmentStatus.GENOMFORT || status == AssignmentStatus.AVSLUTAT_EJ_GENOMFORT, rs.getBoolean("exempeldata"));
                })
                .list().forEach(r -> result.put(r.itemId(), r));
        return result;
    }
}
