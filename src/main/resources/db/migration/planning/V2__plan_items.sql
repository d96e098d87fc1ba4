-- The steering items of a plan (perspectives, goals, indicators, assignments, strategies, activities) and
-- their identity across years (lineage).

-- What kind of document a plan is: a body's verksamhetsplan, the regional development strategy, an action plan.
alter table plan add column kind text not null default 'VP' check (kind in ('VP', 'RUS', 'ACTION_PLAN'));
alter table plan add column period text;
alter table plan add column note text;

-- One goal, indicator or assignment as it lives on from year to year, under new numbers and wording
-- (RTN "Effektmål nr 7" in 2020 is "Effektmål 5" in 2023). The key is readable and stable ("rtn-em-konkurrenskraft").
create table lineage (
    id         uuid primary key default gen_random_uuid(),
    key        text        not null unique,
    type       text        not null,
    created_at timestamptz not null default now()
);
create trigger lineage_audit after insert or update or delete on lineage
    for each row execute function audit_record_change('lineage');

-- A change proposal (partigruppernas förslag, the committee's or the administration's) against a plan that is
-- not yet decided. Its changes are applied only when it is accepted.
create table plan_proposal (
    id             uuid primary key default gen_random_uuid(),
    plan_id        uuid        not null references plan (id),
    number         int         not null,
    submitter_type text        not null check (submitter_type in ('PARTY_GROUP', 'COMMITTEE', 'ADMINISTRATION')),
    submitter      text        not null,
    title          text        not null,
    motivation     text,
    status         text        not null default 'SUBMITTED' check (status in ('SUBMITTED', 'ACCEPTED', 'REJECTED')),
    decided_at     timestamptz,
    decided_by     text,
    decision_note  text,
    created_at     timestamptz not null default now(),
    created_by     text        not null default 'system',
    version        int         not null default 0,
    updated_at     timestamptz not null default now(),
    updated_by     text        not null default 'system',
    unique (plan_id, number)
);
create trigger plan_proposal_audit after insert or update or delete on plan_proposal
    for each row execute function audit_record_change('plan_proposal', 'plan', 'plan_id');

create table plan_item (
    id                 uuid primary key default gen_random_uuid(),
    plan_id            uuid        not null references plan (id),
    lineage_id         uuid        not null references lineage (id),
    parent_id          uuid references plan_item (id),
    type               text        not null check (type in ('PERSPECTIVE', 'GOAL', 'INDICATOR', 'ASSIGNMENT', 'STRATEGY', 'ACTIVITY')),
    kind               text,
    number             text,
    text               text        not null,
    tag                text,
    issuer             text,
    assignee           text,
    heading            text,
    note               text,
    section            text,
    target             jsonb,
    additional_targets jsonb,
    unit               text,
    kolada_id          text,
    position           int         not null,
    proposal_id        uuid references plan_proposal (id),
    source             text,
    version            int         not null default 0,
    updated_at         timestamptz not null default now(),
    updated_by         text        not null default 'system',
    -- the same lineage appears at most once in a plan
    unique (plan_id, lineage_id)
);
create index plan_item_plan_position on plan_item (plan_id, position);
create index plan_item_parent on plan_item (parent_id);
create index plan_item_lineage on plan_item (lineage_id);
create trigger plan_item_audit after insert or update or delete on plan_item
    for each row execute function audit_record_change('plan_item', 'plan', 'plan_id');

-- What an item serves outside its own plan: a RUS goal or priority area, by lineage (the `rus:` of the demo files).
create table plan_item_link (
    item_id    uuid not null references plan_item (id) on delete cascade,
    lineage_id uuid not null references lineage (id),
    relation   text not null check (relation in ('SERVES', 'ALSO')),
    primary key (item_id, lineage_id)
);
create trigger plan_item_link_audit after insert or update or delete on plan_item_link
    for each row execute function audit_record_change('plan_item_link', 'plan_item', 'item_id');

-- What a whole plan (an action plan) says it addresses.
create table plan_link (
    plan_id    uuid not null references plan (id),
    lineage_id uuid not null references lineage (id),
    primary key (plan_id, lineage_id)
);
create trigger plan_link_audit after insert or update or delete on plan_link
    for each row execute function audit_record_change('plan_link', 'plan', 'plan_id');

-- A decided plan is immutable (DOMAIN.md "Decided plans are immutable; change makes a new version"). The
-- application refuses first with a clear message; these triggers make sure no path can bypass it. Only the
-- lineage of an item may still be confirmed or corrected, because it is about identity across years, not
-- about what was decided.
create function plan_decided_guard() returns trigger
    language plpgsql as
$$
begin
    if old.status = 'DECIDED' and (to_jsonb(old) - 'updated_at' - 'updated_by') is distinct from (to_jsonb(new) - 'updated_at' - 'updated_by') then
        raise exception 'Planen % är beslutad och kan inte ändras; skapa en revision', old.key using errcode = 'P0001';
    end if;
    return new;
end
$$;
create trigger plan_decided_guard before update on plan
    for each row execute function plan_decided_guard();

create function plan_item_decided_guard() returns trigger
    language plpgsql as
$$
declare
    v_status text;
begin
    select status into v_status from plan where id = coalesce(old.plan_id, new.plan_id);
    if v_status = 'DECIDED' then
        if tg_op = 'DELETE' then
            raise exception 'Planen är beslutad; punkten kan inte tas bort' using errcode = 'P0001';
        end if;
        if (to_jsonb(old) - 'lineage_id' - 'version' - 'updated_at' - 'updated_by')
                is distinct from (to_jsonb(new) - 'lineage_id' - 'version' - 'updated_at' - 'updated_by') then
            raise exception 'Planen är beslutad; punkten kan inte ändras' using errcode = 'P0001';
        end if;
    end if;
    return coalesce(new, old);
end
$$;
create trigger plan_item_decided_guard before update or delete on plan_item
    for each row execute function plan_item_decided_guard();

-- Proposed changes, in the order the proposal lists them. ADD names the parent (or none for top level) and the
-- new item's content; CHANGE names the item and its new content; REMOVE names the item.
create table plan_proposal_change (
    id              uuid primary key default gen_random_uuid(),
    proposal_id     uuid not null references plan_proposal (id) on delete cascade,
    position        int  not null,
    action          text not null check (action in ('ADD', 'CHANGE', 'REMOVE')),
    item_id         uuid references plan_item (id) on delete set null,
    parent_id       uuid references plan_item (id) on delete set null,
    type            text,
    kind            text,
    number          text,
    text            text,
    target          jsonb,
    item_label      text,
    applied_item_id uuid references plan_item (id) on delete set null
);
create trigger plan_proposal_change_audit after insert or update or delete on plan_proposal_change
    for each row execute function audit_record_change('plan_proposal_change', 'plan_proposal', 'proposal_id');

-- A person's confirmation or correction of a proposed lineage match between two plans of a body.
create table lineage_match (
    id                  uuid primary key default gen_random_uuid(),
    from_plan_id        uuid          not null references plan (id),
    to_plan_id          uuid          not null references plan (id),
    to_item_id          uuid          not null references plan_item (id) on delete cascade,
    from_item_id        uuid references plan_item (id) on delete cascade,
    score               numeric(4, 3),
    decision            text          not null check (decision in ('CONFIRMED', 'CORRECTED', 'NEW')),
    previous_lineage_id uuid references lineage (id),
    lineage_id          uuid          not null references lineage (id),
    decided_by          text          not null,
    decided_at          timestamptz   not null default now()
);
create trigger lineage_match_audit after insert or update or delete on lineage_match
    for each row execute function audit_record_change('lineage_match', 'plan', 'to_plan_id');

-- The yearly cycle (årshjul) of a plan year: milestones and the tasks people must deliver by a deadline.
create table plan_milestone (
    id          uuid primary key default gen_random_uuid(),
    plan_id     uuid        not null references plan (id),
    position    int         not null,
    due_date    date        not null,
    title       text        not null,
    description text,
    source      text,
    version     int         not null default 0,
    updated_at  timestamptz not null default now(),
    updated_by  text        not null default 'system'
);
create trigger plan_milestone_audit after insert or update or delete on plan_milestone
    for each row execute function audit_record_change('plan_milestone', 'plan', 'plan_id');

create table plan_task (
    id             uuid primary key default gen_random_uuid(),
    plan_id        uuid        not null references plan (id),
    milestone_id   uuid references plan_milestone (id),
    unit_id        uuid        not null references org_unit (id),
    title          text        not null,
    instruction    text,
    due_date       date        not null,
    min_activities int         not null default 0 check (min_activities >= 0),
    min_challenges int         not null default 0 check (min_challenges >= 0),
    submitted_at   timestamptz,
    submitted_by   text,
    source         text,
    version        int         not null default 0,
    updated_at     timestamptz not null default now(),
    updated_by     text        not null default 'system',
    unique (plan_id, milestone_id, unit_id)
);
create trigger plan_task_audit after insert or update or delete on plan_task
    for each row execute function audit_record_change('plan_task', 'plan', 'plan_id');

create table plan_task_entry (
    id            uuid primary key default gen_random_uuid(),
    task_id       uuid        not null references plan_task (id) on delete cascade,
    kind          text        not null check (kind in ('ACTIVITY', 'CHALLENGE')),
    focus_item_id uuid references plan_item (id) on delete set null,
    focus_label   text,
    text          text        not null,
    position      int         not null,
    created_by    text        not null default 'system',
    created_at    timestamptz not null default now()
);
create trigger plan_task_entry_audit after insert or update or delete on plan_task_entry
    for each row execute function audit_record_change('plan_task_entry', 'plan_task', 'task_id');
