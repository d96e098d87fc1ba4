-- An assignment (uppdrag) as work (issue #18 item 2): who is responsible — a unit and a person — and when it starts and
-- must be done. The plan says what the body wants done; who does it and by when is how the administration carries the
-- decision out, so it is kept beside the item and may be set and changed after the plan is decided (the decided
-- item's own content never changes: plan_item_decided_guard). One row per assignment; none means not yet assigned.
create table plan_assignment_work (
    item_id       uuid primary key references plan_item (id) on delete cascade,
    plan_id       uuid        not null references plan (id),
    owner_unit_id uuid references org_unit (id),
    owner_person  text check (length(owner_person) <= 200),
    start_date    date,
    deadline      date,
    exempeldata   boolean     not null default false,
    version       int         not null default 0,
    updated_at    timestamptz not null default now(),
    updated_by    text        not null default 'system',
    check (start_date is null or deadline is null or start_date <= deadline)
);
create index plan_assignment_work_plan on plan_assignment_work (plan_id);
create index plan_assignment_work_deadline on plan_assignment_work (deadline);
create index plan_assignment_work_owner on plan_assignment_work (owner_unit_id);
create trigger plan_assignment_work_audit after insert or update or delete on plan_assignment_work
    for each row execute function audit_record_change('plan_assignment_work', 'plan', 'plan_id');
select change_counter_attach('planning', 'plan_assignment_work');
