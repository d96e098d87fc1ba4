package se.rodtrad.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The frame of a plan year with its changes, allowances, reserves and area inputs, loaded and saved whole. */
@Repository
class FrameRepository {

    private final JdbcClient jdbc;

    private final se.rodtrad.organisation.Organisation organisation;

    FrameRepository(JdbcClient jdbc, se.rodtrad.organisation.Organisation organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    Optional<Frame> findByPlan(UUID planId) {
        return jdbc.sql("select * from budget_frame where plan_id = ?").param(planId)
                .query((rs, i) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    Boolean reduction = rs.getObject("general_reduction") == null ? null : rs.getBoolean("general_reduction");
                    return new Frame(id, planId, rs.getBigDecimal("net_frame_kr"), rs.getBigDecimal("previous_net_frame_kr"),
                            rs.getBigDecimal("index_percent"), rs.getBigDecimal("index_amount_kr"), rs.getBigDecimal("salary_percent"),
                            rs.getBigDecimal("salary_amount_kr"), rs.getBigDecimal("po_percent"), rs.getBigDecimal("po_amount_kr"),
                            rs.getBigDecimal("price_percent"), rs.getBigDecimal("price_amount_kr"), rs.getBigDecimal("hours_per_fte"),
                            rs.getBigDecimal("sick_pay_percent"), reduction, rs.getString("note"), rs.getString("source"), List.of(), List.of(),
                            List.of(), List.of(), rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
                })
                .optional()
                .map(this::withParts);
    }

    /** The area's name as the organisation module names it (null for a change that names no area). */
    private String areaName(UUID areaId) {
        if (areaId == null) {
            return null;
        }
        var unit = organisation.unitsById().get(areaId);
        return unit != null ? unit.name() : organisation.unit(areaId).name();
    }

    private Frame withParts(Frame f) {
        List<Frame.Change> changes = jdbc.sql("""
                select c.id, c.amount_kr, c.reason, c.area_id, c.source from budget_frame_change c where c.frame_id = ? order by c.position""")
                .param(f.id())
                .query((rs, i) -> new Frame.Change(rs.getObject("id", UUID.class), rs.getBigDecimal("amount_kr"), rs.getString("reason"),
                        rs.getObject("area_id", UUID.class), areaName(rs.getObject("area_id", UUID.class)), rs.getString("source")))
                .list();
        List<Frame.Allowance> allowances = jdbc.sql("select name, kr_per_fte from budget_allowance where frame_id = ? order by position")
                .param(f.id()).query((rs, i) -> new Frame.Allowance(rs.getString("name"), rs.getBigDecimal("kr_per_fte"))).list();
        List<Frame.Reserve> reserves = jdbc.sql("select name, amount_kr from budget_reserve where frame_id = ? order by position")
                .param(f.id()).query((rs, i) -> new Frame.Reserve(rs.getString("name"), rs.getBigDecimal("amount_kr"))).list();
        List<Frame.AreaInput> areas = jdbc.sql("""
                select a.area_id, a.fte, a.project_hours, a.previous_frame_kr, a.example_data
                from budget_allocation_area a where a.frame_id = ? order by a.position""")
                .param(f.id())
                .query((rs, i) -> new Frame.AreaInput(rs.getObject("area_id", UUID.class), areaName(rs.getObject("area_id", UUID.class)),
                        rs.getBigDecimal("fte"),
                        rs.getBigDecimal("project_hours"), rs.getBigDecimal("previous_frame_kr"), rs.getBoolean("example_data")))
                .list();
        return new Frame(f.id(), f.planId(), f.netFrameKr(), f.previousNetFrameKr(), f.indexPercent(), f.indexAmountKr(), f.salaryPercent(),
                f.salaryAmountKr(), f.poPercent(), f.poAmountKr(), f.pricePercent(), f.priceAmountKr(), f.hoursPerFte(), f.sickPayPercent(),
                f.generalReduction(), f.note(), f.source(), changes, allowances, reserves, areas, f.version(), f.updatedAt(), f.updatedBy());
    }

    UUID insert(Frame f) {
        UUID id = jdbc.sql("""
                insert into budget_frame (plan_id, net_frame_kr, previous_net_frame_kr, index_percent, index_amount_kr, salary_percent,
                    salary_amount_kr, po_percent, po_amount_kr, price_percent, price_amount_kr, hours_per_fte, sick_pay_percent,
                    general_reduction, note, source)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(f.planId(), f.netFrameKr(), f.previousNetFrameKr(), f.indexPercent(), f.indexAmountKr(), f.salaryPercent(),
                        f.salaryAmountKr(), f.poPercent(), f.poAmountKr(), f.pricePercent(), f.priceAmountKr(), f.hoursPerFte(),
                        f.sickPayPercent(), f.generalReduction(), f.note(), f.source())
                .query(UUID.class).single();
        int p = 1;
        for (Frame.Change c : f.changes()) {
            addChange(id, p++, c.amountKr(), c.reason(), c.areaId(), c.source(), "system");
        }
        p = 1;
        for (Frame.Allowance a : f.allowances()) {
            jdbc.sql("insert into budget_allowance (frame_id, position, name, kr_per_fte) values (?, ?, ?, ?)").params(id, p++, a.name(), a.krPerFte()).update();
        }
        p = 1;
        for (Frame.Reserve r : f.reserves()) {
            jdbc.sql("insert into budget_reserve (frame_id, position, name, amount_kr) values (?, ?, ?, ?)").params(id, p++, r.name(), r.amountKr()).update();
        }
        p = 1;
        for (Frame.AreaInput a : f.areas()) {
            insertArea(id, p++, a);
        }
        return id;
    }

    void addChange(UUID frameId, int position, BigDecimal amountKr, String reason, UUID areaId, String source, String actor) {
        jdbc.sql("insert into budget_frame_change (frame_id, position, amount_kr, reason, area_id, source, created_by) values (?, ?, ?, ?, ?, ?, ?)")
                .params(frameId, position, amountKr, reason, areaId, source, actor).update();
    }

    int nextChangePosition(UUID frameId) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from budget_frame_change where frame_id = ?").param(frameId).query(Integer.class).single();
    }

    void insertArea(UUID frameId, int position, Frame.AreaInput a) {
        jdbc.sql("""
                insert into budget_allocation_area (frame_id, area_id, position, fte, project_hours, previous_frame_kr, example_data)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(frameId, a.areaId(), position, a.fte(), a.projectHours(), a.previousFrameKr(), a.exampleData()).update();
    }

    /** Replaces an area's inputs; what a person enters is no longer example data. */
    void updateArea(UUID frameId, Frame.AreaInput a) {
        jdbc.sql("""
                update budget_allocation_area set fte = ?, project_hours = ?, previous_frame_kr = ?, example_data = ?
                where frame_id = ? and area_id = ?""")
                .params(a.fte(), a.projectHours(), a.previousFrameKr(), a.exampleData(), frameId, a.areaId()).update();
    }

    boolean claim(UUID frameId, int version, String actor) {
        return jdbc.sql("update budget_frame set version = version + 1, updated_at = now(), updated_by = ? where id = ? and version = ?")
                .params(actor, frameId, version).update() == 1;
    }
}
