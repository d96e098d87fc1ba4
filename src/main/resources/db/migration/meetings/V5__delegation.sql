-- The delegation order (delegationsordning) of each body and the decisions taken under it.
--
-- A body may let a committee, a member or an employee decide on its behalf (KL 6 kap. 37 §), never in the matters
-- 38 § lists; the decisions are reported to the body as it decides (40 §). A point of the order says which kind of
-- matter, which delegate (a title, e.g. "Förvaltningschef", and who holds it), which limits, and from when to when.
-- A change is a new version of the point from a date; the old one keeps its dates, so the order in force on any day
-- can be read back. Both tables carry the audit trigger, so the history shows who changed what.

create table delegation_point (
    id             uuid primary key default gen_random_uuid(),
    body_id        uuid        not null references org_unit (id),
    point          text        not null check (length(point) between 1 and 20),
    title          text        not null check (length(title) between 1 and 300),
    matter         text        not null check (length(matter) between 1 and 200),
    decision_types text[]      not null default '{}',
    delegate_title text        not null check (length(delegate_title) between 1 and 200),
    title_aliases  text[]      not null default '{}',
    holders        text[]      not null default '{}',
    max_amount_kr  bigint check (max_amount_kr is null or max_amount_kr >= 0),
    limits         text check (limits is null or length(limits) <= 2000),
    valid_from     date        not null,
    valid_to       date check (valid_to is null or valid_to >= valid_from),
    exempeldata    boolean     not null default false,
    source         text,
    version        int         not null default 0,
    updated_at     timestamptz not null default now(),
    updated_by     text        not null default 'system',
    unique (body_id, point, valid_from)
);
create index delegation_point_body on delegation_point (body_id, valid_from);

-- Each delegated decision reported to a body: by the module that took it (DelegatedDecisionMade, kept once per
-- source_id) or entered here by the secretary. The columns are those of the region's report.
create table delegated_decision (
    id               uuid primary key default gen_random_uuid(),
    seq              bigint generated always as identity,
    source_id        uuid        not null unique,
    source_module    text        not null,
    body_id          uuid        not null references org_unit (id),
    delegation_point text,
    decided_on       date        not null,
    reference_kind   text,
    reference        text,
    decision_type    text,
    recipient        text,
    sector           text,
    owner_sex        text,
    municipality     text,
    amount_kr        bigint,
    granted          boolean     not null,
    outcome_text     text,
    decided_by       text,
    decided_by_title text,
    version          int         not null default 0,
    updated_at       timestamptz not null default now(),
    updated_by       text        not null default 'system'
);
create index delegated_decision_body_date on delegated_decision (body_id, decided_on, seq);

create trigger delegation_point_audit after insert or update or delete on delegation_point
    for each row execute function audit_record_change('delegation_point');
create trigger delegated_decision_audit after insert or update or delete on delegated_decision
    for each row execute function audit_record_change('delegated_decision');
