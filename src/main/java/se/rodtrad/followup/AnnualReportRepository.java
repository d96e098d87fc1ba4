package se.rodtrad.followup;

import java.sql.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AnnualReportRepository {

    record Organisation(UUID id, String name, List<Integer> years) {
    }

    private final JdbcClient jdbc;

    AnnualReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The regions and municipalities above a body with a decided verksamhetsplan, with those plans' years: one
     * walk up the tree from the bodies, stopping at the first region or municipality (the body's organisation).
     */
    List<Organisation> organisationsWithDecidedPlans() {
        return jdbc.sql("""
                with recursive up(year, id, parent_id, type) as (
                    select p.year, u.id, u.parent_id, u.type
                    from (select distinct body_id, year from plan where status = 'DECIDED' and kind = 'VP') p join org_unit u on u.id = p.body_id
                    union all
                    select up.year, u.id, u.parent_id, u.type from org_unit u join up on u.id = up.parent_id
                    where up.type not in ('REGION', 'MUNICIPALITY', 'NATION'))
                select o.id, o.name, array_agg(distinct up.year order by up.year desc) as years
                from up join org_unit o on o.id = up.id
                where up.type in ('REGION', 'MUNICIPALITY')
                group by o.id, o.name""")
                .query((rs, i) -> {
                    Array a = rs.getArray("years");
                    List<Integer> years = new ArrayList<>(Arrays.stream((Integer[]) a.getArray()).toList());
                    return new Organisation(rs.getObject("id", UUID.class), rs.getString("name"), years);
                }).list();
    }
}
