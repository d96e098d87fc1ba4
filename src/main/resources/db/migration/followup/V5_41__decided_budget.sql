-- The economy's own copy of each decided budget (issue 17, item 4): what the budget module published when the body
-- decided its plan (BudgetDecided), by version — version 2 is the budget of the plan's second decided version. Monthly
-- outcomes and forecasts are compared with the newest decided version's line for their area. Values, not the budget
-- module's table ids: no module reads another's tables.
create table econ_decided_budget (
    id             uuid primary key default gen_random_uuid(),
    plan_id        uuid        not null unique,
    body_id        uuid        not null references org_unit (id),
    body_name      text        not null,
    year           int         not null check (year between 1900 and 2200),
    budget_version int         not null check (budget_version >= 1),
    decided_on     date,
    decided_by     text,
    paragraph      text,
    result_ore     bigint,
    source         text,
    version        int         not null default 0,
    updated_at     timestamptz not null default now(),
    updated_by     text        not null default 'system',
    unique (body_id, year, budget_version)
);

-- One line of the decided operating budget: the label as printed, the area it names (null when it names none of the
-- organisation's units), turnover (omsättning) and net cost (the area's part of the frame), in öre.
create table econ_decided_line (
    id           uuid primary key default gen_random_uuid(),
    budget_id    uuid        not null references econ_decided_budget (id) on delete cascade,
    position     int         not null,
    label        text        not null,
    part_of      text,
    area_id      uuid references org_unit (id),
    turnover_ore bigint,
    net_cost_ore bigint      not null,
    version      int         not null default 0,
    updated_at   timestamptz not null default now(),
    updated_by   text        not null default 'system',
    unique (budget_id, position)
);
create index econ_decided_line_area on econ_decided_line (area_id);

create trigger econ_decided_budget_audit after insert or update or delete on econ_decided_budget
    for each row execute function audit_record_change('econ_decided_budget', 'org_unit', 'body_id');
create trigger econ_decided_line_audit after insert or update or delete on econ_decided_line
    for each row execute function audit_record_change('econ_decided_line', 'econ_decided_budget', 'budget_id');
select change_counter_attach('followup', 'econ_decided_budget');
select change_counter_attach('followup', 'econ_decided_line');
