package se.rodtrad.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rodtrad.organisation.Permission;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.ValidationException;

/** The plan's lifecycle and its items, as the aggregate itself guards them — no database, no Spring. */
class PlanAggregateTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 1);
    private static final Set<Permission> CONTROLLER = EnumSet.of(Permission.READ_INTERNAL, Permission.EDIT_PLAN);
    private static final Set<Permission> SECRETARY = EnumSet.of(Permission.READ_INTERNAL, Permission.EDIT_PLAN, Permission.DECIDE_PLAN);

    private static Plan draft() {
        return Plan.draft(new PlanId(UUID.randomUUID()), "rtn-2026", UUID.randomUUID(), "RTN", "Regional tillväxtnämnd", 2026,
                "Verksamhetsplan med budget 2026", null, "VP", null, null, null, 1, null, null, null);
    }

    private static Plan.NewItem goal(String text) {
        return new Plan.NewItem(null, ItemType.GOAL, "Målsättning", "1", text, null, null, null, new LineageId(UUID.randomUUID()), null);
    }

    @Test
    void a_draft_is_proposed_then_decided_with_date_body_and_paragraph_and_tells_the_world() {
        Plan plan = draft();
        assertThat(plan.actions(CONTROLLER).transitions()).containsExactly(PlanStatus.PROPOSAL);
        plan.propose();
        assertThat(plan.actions(CONTROLLER).transitions()).containsExactly(PlanStatus.DRAFT);
        assertThat(plan.actions(SECRETARY).transitions()).containsExactly(PlanStatus.DECIDED, PlanStatus.DRAFT);

        assertThatThrownBy(() -> plan.decide(new Decision(LocalDate.of(2025, 11, 18), "RTN", " "), null, TODAY))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(ValidationException.FieldError::field)
                        .containsExactly("decisionParagraph"));
        assertThat(plan.status()).isEqualTo(PlanStatus.PROPOSAL);

        UUID minutes = UUID.randomUUID();
        plan.decide(new Decision(LocalDate.of(2025, 11, 18), " RTN ", "§ 88"), minutes, TODAY);
        assertThat(plan.status()).isEqualTo(PlanStatus.DECIDED);
        assertThat(plan.summary().decision()).isEqualTo(new Decision(LocalDate.of(2025, 11, 18), "RTN", "§ 88"));
        assertThat(plan.events()).hasSize(2).last().isEqualTo(new PlanDecided(plan.id(), plan.bodyId(), 2026, "VP",
                new Decision(LocalDate.of(2025, 11, 18), "RTN", "§ 88"), minutes));
        assertThat(plan.actions(SECRETARY).transitions()).isEmpty();
        assertThat(plan.actions(SECRETARY).mayRevise()).isTrue();
        assertThat(plan.actions(SECRETARY).mayEdit()).isFalse();
    }

    @Test
    void a_draft_cannot_be_decided_and_a_decided_plan_never_moves_or_changes() {
        Plan plan = draft();
        PlanItemId goal = plan.addItem(goal("Länet har en hållbar tillväxt."));
        assertThatThrownBy(() -> plan.decide(new Decision(TODAY, "RTN", "§ 1"), null, TODAY)).hasMessage("plan.error.transition");
        plan.propose();
        plan.decide(new Decision(TODAY, "RTN", "§ 1"), null, TODAY);
        assertThatThrownBy(plan::returnToDraft).hasMessage("plan.error.transition");
        assertThatThrownBy(() -> plan.addItem(goal("Nytt"))).hasMessage("plan.error.decided");
        assertThatThrownBy(() -> plan.removeItem(goal, null)).hasMessage("plan.error.decided");
        assertThatThrownBy(() -> plan.editItem(goal, 0, new Plan.Content(null, null, "X", null, null, null, null, null), null))
                .hasMessage("plan.error.decided");
    }

    @Test
    void items_keep_document_order_under_their_parent_and_removing_takes_the_subtree() {
        Plan plan = draft();
        PlanItemId first = plan.addItem(goal("Första"));
        PlanItemId second = plan.addItem(goal("Andra"));
        PlanItemId under = plan.addItem(new Plan.NewItem(first, ItemType.INDICATOR, null, null, "Ska öka.", null, null,
                Target.of(TargetForm.PREVIOUS_VALUE, Direction.INCREASE), new LineageId(UUID.randomUUID()), null));
        assertThat(plan.items()).extracting(PlanItem::text).containsExactly("Första", "Ska öka.", "Andra");
        assertThat(plan.items()).extracting(PlanItem::position).containsExactly(0, 1, 2);

        assertThat(plan.removeItem(first, null)).isEqualTo(2);
        assertThat(plan.items()).extracting(PlanItem::text).containsExactly("Andra");
        assertThat(plan.items().get(0).position()).isZero();
        assertThat(plan.removedItems()).containsExactly(first, under);
        assertThat(plan.changedItems()).containsExactly(second);
        assertThatThrownBy(() -> plan.addItem(new Plan.NewItem(first, ItemType.GOAL, null, null, "Under en borttagen", null, null, null,
                new LineageId(UUID.randomUUID()), null))).isInstanceOf(ValidationException.class);
    }

    @Test
    void an_item_edited_by_someone_else_since_it_was_read_is_not_overwritten() {
        // a plan as read from the store: its goal was saved twice, last by Cecilia
        PlanItemId goal = new PlanItemId(UUID.randomUUID());
        Plan.Item saved = new Plan.Item(goal, new LineageId(UUID.randomUUID()), null, ItemType.GOAL, "Målsättning", "1",
                "Länet har en hållbar tillväxt.", null, null, null, null, null, null, null, null, null, null, 0, null, null, null, 2,
                java.time.Instant.parse("2025-09-29T08:00:00Z"), "cecilia", null);
        Plan plan = new Plan(draft().summary(), List.of(saved), List.of());

        assertThatThrownBy(() -> plan.editItem(goal, 1, new Plan.Content(null, null, "Ny lydelse", null, null, null, null, null), null))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.changedBy()).isEqualTo("cecilia"));
        assertThat(plan.items().get(0).text()).isEqualTo("Länet har en hållbar tillväxt.");
        plan.editItem(goal, 2, new Plan.Content("Målsättning", "2", "Ny lydelse", null, null, null, null, null), null);
        assertThat(plan.items().get(0).text()).isEqualTo("Ny lydelse");
        assertThat(plan.items().get(0).number()).isEqualTo("2");
        assertThat(plan.events()).containsExactly(new PlanContentChanged(plan.id(), Set.of(goal), Set.of()));
    }

    @Test
    void a_revision_is_a_draft_with_the_same_lineage_that_points_at_the_decided_plan() {
        Plan plan = draft();
        plan.addItem(goal("Länet har en hållbar tillväxt."));
        assertThatThrownBy(() -> plan.revise(new PlanId(UUID.randomUUID()), "rtn-2026-v2", 2, "Ny ram")).hasMessage("plan.error.reviseNotDecided");
        plan.propose();
        plan.decide(new Decision(TODAY, "RTN", "§ 1"), null, TODAY);

        PlanId next = new PlanId(UUID.randomUUID());
        Plan revision = plan.revise(next, "rtn-2026-v2", 2, "Ny ram efter tilläggsbudget");
        assertThat(revision.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(revision.summary().revisesId()).isEqualTo(plan.id().value());
        assertThat(revision.items()).extracting(PlanItem::lineageId).isEqualTo(plan.items().stream().map(PlanItem::lineageId).toList());
        assertThat(revision.items()).extracting(PlanItem::id).doesNotContainAnyElementsOf(plan.items().stream().map(PlanItem::id).toList());
        assertThat(revision.events()).first().isEqualTo(new PlanRevised(next, plan.id(), "Ny ram efter tilläggsbudget"));
        assertThat(List.copyOf(revision.items())).hasSize(1);
    }
}
