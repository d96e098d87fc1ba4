-- A body's plan for a year (verksamhetsplan med budget). Revisions of a decided plan are new rows that
-- point at the plan they revise; the decided one stays as it was.
create table plan (
    id                 uuid primary key default gen_random_uuid(),
    key                text        not null unique,
    body_id            uuid        not null references org_unit (id),
    year               int         not null check (year between 1900 and 2200),
    title              text        not null,
    planning_years     text,
    status             text        not null check (status in ('DRAFT', 'PROPOSAL', 'DECIDED')),
    decision_date      date,
    decision_body      text,
    decision_paragraph text,
    revision           int         not null default 1,
    revises_id         uuid references plan (id),
    revision_reason    text,
    source             text,
    version            int         not null default 0,
    updated_at         timestamptz not null default now(),
    updated_by         text        not null default 'system'
);
create index plan_body_year on plan (body_id, year);

create trigger plan_audit after insert or update or delete on plan
    for each row execute function audit_record_change('plan');
