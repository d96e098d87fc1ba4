package se.rodtrad.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.ComparisonGroup;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.domain.ValidationException.FieldError;

/**
 * Change proposals against a plan not yet decided (seed 004: "Partigruppernas förslag lämnas in", mid September).
 * Anyone who may comment can submit one; the committee's decision to accept or reject is recorded by someone
 * with DECIDE_PLAN for the plan's body. Accepting applies every change in one transaction, or none.
 */
@Service
@Transactional
public class Proposals {

    static final int MAX_CHANGES = 50;

    private final JdbcClient jdbc;
    private final Plans plans;
    private final PlanItemRepository items;
    private final PlanEditing editing;
    private final AccessPolicy access;
    private final Organisation organisation;

    Proposals(JdbcClient jdbc, Plans plans, PlanItemRepository items, PlanEditing editing, AccessPolicy access, Organisation organisation) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.items = items;
        this.editing = editing;
        this.access = access;
        this.organisation = organisation;
    }

    @Transactional(readOnly = true)
    public List<Proposal> forPlan(UUID planId) {
        plans.plan(planId);
        return jdbc.sql("select * from plan_proposal where plan_id = ? order by number").param(planId).query(this::map).list();
    }

    @Transactional(readOnly = true)
    public Proposal proposal(UUID id) {
        Proposal p = jdbc.sql("select * from plan_proposal where id = ?").param(id).query(this::map).optional()
                .orElseThrow(() -> new NotFoundException("förslag", id));
        plans.plan(p.planId());
        return p;
    }

    /** The plan a person may write a proposal for: refused once it is decided, and to whoever may not comment on it. */
    @Transactional(readOnly = true)
    public PlanSummary proposable(UUID planId) {
        PlanSummary plan = editing.editablePlan(planId);
        access.require(Permission.COMMENT, plan.bodyId());
        return plan;
    }

    /** What the current person may do with the proposal now (its page's decision form). */
    public ProposalActions actions(Proposal proposal, PlanSummary plan) {
        return ProposalActions.of(proposal, plans.actions(plan));
    }

    /**
     * Each proposed change of an item's text as words kept, removed and added: against the item's text as it stands
     * while the proposal is open, against the text the proposer saw once it is decided (the item may have changed since).
     */
    public java.util.Map<UUID, List<WordDiff.Token>> diffs(Proposal proposal, java.util.Map<UUID, PlanEntry> current) {
        java.util.Map<UUID, List<WordDiff.Token>> diffs = new java.util.LinkedHashMap<>();
        for (Proposal.ProposalChange c : proposal.changes()) {
            if (c.action() == Proposal.Action.CHANGE && c.itemLabel() != null) {
                PlanEntry e = c.itemId() == null ? null : current.get(c.itemId());
                diffs.put(c.id(), WordDiff.diff(e != null && proposal.isOpen() ? e.text() : c.itemLabel(), c.text()));
            }
        }
        return diffs;
    }

    public Proposal submit(SubmitProposal command) {
        PlanSummary plan = editing.editablePlan(command.planId());
        CurrentUser user = access.require(Permission.COMMENT, plan.bodyId());
        List<FieldError> errors = new ArrayList<>();
        if (command.submitterType() == null) {
            errors.add(new FieldError("submitterType", "validation.proposal.submitterType"));
        }
        String submitter = Texts.trimToNull(command.submitter());
        if (submitter == null) {
            errors.add(new FieldError("submitter", "validation.proposal.submitter"));
        }
        String title = Texts.trimToNull(command.title());
        if (title == null) {
            errors.add(new FieldError("title", "validation.proposal.title"));
        } else if (title.length() > PlanEditing.MAX_TEXT) {
            errors.add(new FieldError("title", "validation.tooLong", "Rubrik", PlanEditing.MAX_TEXT));
        }
        String motivation = Texts.trimToNull(command.motivation());
        List<SubmitProposal.ChangeDraft> drafts = command.changes() == null ? List.of()
                : command.changes().stream().filter(c -> c != null && Texts.trimToNull(c.action()) != null).toList();
        if (drafts.isEmpty()) {
            errors.add(new FieldError("changes", "validation.proposal.noChanges"));
        } else if (drafts.size() > MAX_CHANGES) {
            errors.add(new FieldError("changes", "validation.proposal.tooManyChanges", MAX_CHANGES));
        }
        Set<String> groups = organisation.comparisonGroups().stream().map(ComparisonGroup::code).collect(Collectors.toSet());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            rows.add(validate(plan, drafts.get(i), i, groups, errors));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from plan_proposal where plan_id = ?").param(plan.id()).query(Integer.class).single();
        UUID id = jdbc.sql("""
                insert into plan_proposal (plan_id, number, submitter_type, submitter, title, motivation, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(plan.id(), number, command.submitterType().name(), submitter, title, motivation, user.username(), user.username())
                .query(UUID.class).single();
        for (int i = 0; i < rows.size(); i++) {
            Object[] r = rows.get(i);
            jdbc.sql("""
                    insert into plan_proposal_change (proposal_id, position, action, item_id, parent_id, type, kind, number, text, target, item_label)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)""")
                    .params(id, i, r[0], r[1], r[2], r[3], r[4], r[5], r[6], TargetCodec.write((Target) r[7]), r[8]).update();
        }
        return proposal(id);
    }

    /** Checks one change against the plan; returns the row to store: action, item, parent, type, kind, number, text, target, label. */
    private Object[] validate(PlanSummary plan, SubmitProposal.ChangeDraft d, int index, Set<String> groups, List<FieldError> errors) {
        String field = "changes[" + index + "]";
        int row = index + 1;
        Proposal.Action action;
        try {
            action = Proposal.Action.valueOf(d.action().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field + ".action", "validation.proposal.action", row));
            return new Object[9];
        }
        PlanItemRepository.Row item = null;
        if (d.itemId() != null) {
            item = items.findById(d.itemId()).filter(r -> r.planId().equals(plan.id())).orElse(null);
            if (item == null) {
                errors.add(new FieldError(field + ".itemId", "validation.proposal.itemNotInPlan", row));
                return new Object[9];
            }
        }
        String text = Texts.trimToNull(d.text());
        String kind = Texts.trimToNull(d.kind());
        String number = Texts.trimToNull(d.number());
        if (text != null && text.length() > PlanEditing.MAX_TEXT) {
            errors.add(new FieldError(field + ".text", "validation.tooLong", "Lydelse", PlanEditing.MAX_TEXT));
        }
        String label = item == null ? null : (item.item().label().isEmpty() ? "" : item.item().label() + " ") + item.text();
        switch (action) {
            case ADD -> {
                ItemType type = null;
                try {
                    type = d.type() == null || d.type().isBlank() ? null : ItemType.valueOf(d.type().strip());
                } catch (IllegalArgumentException e) {
                    type = null;
                }
                if (type == null) {
                    errors.add(new FieldError(field + ".type", "validation.proposal.type", row));
                }
                if (text == null) {
                    errors.add(new FieldError(field + ".text", "validation.proposal.text", row));
                }
                Target target = null;
                if (type == ItemType.INDICATOR) {
                    target = d.target() == null || Texts.trimToNull(d.target().form()) == null ? Target.of(TargetForm.UNSPECIFIED, null)
                            : TargetPolicy.parse(d.target(), groups, errors);
                }
                return new Object[] {action.name(), null, d.itemId(), type == null ? null : type.name(), kind, number, text, target, label};
            }
            case CHANGE -> {
                if (item == null) {
                    errors.add(new FieldError(field + ".itemId", "validation.proposal.itemRequired", row));
                }
                if (text == null) {
                    errors.add(new FieldError(field + ".text", "validation.proposal.text", row));
                }
                Target target = null;
                if (item != null && item.type() == ItemType.INDICATOR && d.target() != null && Texts.trimToNull(d.target().form()) != null) {
                    target = TargetPolicy.parse(d.target(), groups, errors);
                }
                return new Object[] {action.name(), d.itemId(), null, item == null ? null : item.type().name(),
                        kind != null ? kind : item == null ? null : item.kind(), number != null ? number : item == null ? null : item.number(), text, target, label};
            }
            default -> {
                if (item == null) {
                    errors.add(new FieldError(field + ".itemId", "validation.proposal.itemRequired", row));
                }
                return new Object[] {action.name(), d.itemId(), null, item == null ? null : item.type().name(), null, null, null, null, label};
            }
        }
    }

    /**
     * The committee accepts: every change is applied to the plan through its verbs, in one save, and the items point
     * back to the proposal. A change whose item is gone (removed since the proposal was made) refuses the whole.
     */
    public Proposal accept(UUID proposalId, int version, String note) {
        Proposal p = proposal(proposalId);
        PlanSummary header = editing.editablePlan(p.planId());
        CurrentUser user = access.require(Permission.DECIDE_PLAN, header.bodyId());
        requireOpen(p);
        // what the proposal adds is read (and given its lineage) once, before the plan is acted on
        java.util.Map<UUID, Plan.NewItem> additions = new java.util.HashMap<>();
        for (Proposal.ProposalChange c : p.changes()) {
            if (c.action() == Proposal.Action.ADD) {
                additions.put(c.id(), editing.newItem(header, new AddItem(header.id(), c.parentId(), c.type(), c.kind(), c.number(), c.text(),
                        null, issuer(p.submitterType()), c.target() == null ? null : TargetDraft.of(c.target())), p.id()));
            }
        }
        java.util.Map<UUID, PlanItemId> applied = editing.act(new PlanId(header.id()), user, plan -> {
            java.util.Map<UUID, PlanItemId> result = new java.util.LinkedHashMap<>();
            for (Proposal.ProposalChange c : p.changes()) {
                switch (c.action()) {
                    case ADD -> {
                        if (c.parentId() != null && plan.find(new PlanItemId(c.parentId())).isEmpty()) {
                            throw new DomainException("proposal.error.gone", c.position() + 1, c.itemLabel() == null ? "" : c.itemLabel());
                        }
                        result.put(c.id(), plan.addItem(additions.get(c.id())));
                    }
                    case CHANGE -> {
                        Plan.Item item = (c.itemId() == null ? java.util.Optional.<Plan.Item>empty() : plan.find(new PlanItemId(c.itemId())))
                                .orElseThrow(() -> new DomainException("proposal.error.gone", c.position() + 1, c.itemLabel()));
                        Target target = c.target() != null ? c.target() : item.target();
                        List<Target> more = c.target() != null ? List.of() : item.additionalTargets();
                        plan.editItem(item.id(), item.version(), new Plan.Content(c.kind(), c.number(), c.text(), item.tag(), target, more,
                                item.unit(), item.koladaId()), p.id());
                        result.put(c.id(), item.id());
                    }
                    case REMOVE -> {
                        if (c.itemId() == null || plan.find(new PlanItemId(c.itemId())).isEmpty()) {
                            throw new DomainException("proposal.error.gone", c.position() + 1, c.itemLabel());
                        }
                        plan.removeItem(new PlanItemId(c.itemId()), null);
                    }
                }
            }
            return result;
        });
        applied.forEach((change, item) -> jdbc.sql("update plan_proposal_change set applied_item_id = ? where id = ?")
                .params(item.value(), change).update());
        decide(p, version, Proposal.Status.ACCEPTED, note, user);
        return proposal(proposalId);
    }

    public Proposal reject(UUID proposalId, int version, String note) {
        Proposal p = proposal(proposalId);
        PlanSummary plan = editing.editablePlan(p.planId());
        CurrentUser user = access.require(Permission.DECIDE_PLAN, plan.bodyId());
        requireOpen(p);
        decide(p, version, Proposal.Status.REJECTED, note, user);
        return proposal(proposalId);
    }

    private void decide(Proposal p, int version, Proposal.Status status, String note, CurrentUser user) {
        int n = jdbc.sql("""
                update plan_proposal set status = ?, decided_at = now(), decided_by = ?, decision_note = ?, version = version + 1,
                       updated_at = now(), updated_by = ? where id = ? and version = ?""")
                .params(status.name(), user.username(), Texts.trimToNull(note), user.username(), p.id(), version).update();
        if (n != 1) {
            Proposal theirs = proposal(p.id());
            throw new ConflictException(theirs, theirs.updatedBy(), theirs.updatedAt());
        }
    }

    private static void requireOpen(Proposal p) {
        if (!p.isOpen()) {
            throw new DomainException("proposal.error.decided", p.number());
        }
    }

    /** Who issues what an accepted proposal adds: the committee's own (DN) unless the administration proposed it. */
    private static String issuer(Proposal.SubmitterType type) {
        return type == Proposal.SubmitterType.ADMINISTRATION ? "FORVALTNING" : "DN";
    }

    private Proposal map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<Proposal.ProposalChange> changes = jdbc.sql("select * from plan_proposal_change where proposal_id = ? order by position").param(id)
                .query((r, i) -> new Proposal.ProposalChange(r.getObject("id", UUID.class), r.getInt("position"),
                        Proposal.Action.valueOf(r.getString("action")), r.getObject("item_id", UUID.class), r.getObject("parent_id", UUID.class),
                        r.getString("type") == null ? null : ItemType.valueOf(r.getString("type")), r.getString("kind"), r.getString("number"),
                        r.getString("text"), TargetCodec.read(r.getString("target")), r.getString("item_label"),
                        r.getObject("applied_item_id", UUID.class)))
                .list();
        return new Proposal(id, rs.getObject("plan_id", UUID.class), rs.getInt("number"),
                Proposal.SubmitterType.valueOf(rs.getString("submitter_type")), rs.getString("submitter"), rs.getString("title"),
                rs.getString("motivation"), Proposal.Status.valueOf(rs.getString("status")), rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")), rs.getString("decided_by"), instant(rs.getTimestamp("decided_at")),
                rs.getString("decision_note"), rs.getInt("version"), instant(rs.getTimestamp("updated_at")), rs.getString("updated_by"), changes);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
