-- The grants module: the yearly steering decision (inriktningsbeslut) of the state appropriation 1:1 with its sources,
-- parts and ranked priorities and its dated changes; the support types with their rules as dated versions and the law
-- they cite; applications and decisions with the rule checks made when each was decided; co-financed projects with
-- their cost and financing budgets as printed; payments; mobility support to folk high schools.
-- Amounts are öre (bigint) unless named _kr. Every editable table carries a version and the audit trigger.

create table grant_regulation (
    code        text primary key,
    title       text        not null,
    valid_from  date,
    valid_to    date,
    replaced_by text,
    source      text
);

-- EU de minimis regulations: the ceiling per single undertaking and how its period of three years is counted.
create table grant_de_minimis (
    regulation  text primary key,
    ceiling_eur bigint      not null,
    period      text        not null check (period in ('THREE_FISCAL_YEARS', 'ROLLING_THREE_YEARS')),
    valid_from  date        not null,
    valid_to    date        not null,
    articles    text,
    source      text
);

-- Localities named by a rule ("Örebro tätort") and the municipality each lies in.
create table grant_locality (
    name         text primary key,
    municipality text not null
);

create table grant_exchange_rate (
    year        int primary key,
    sek_per_eur numeric(10, 4) not null check (sek_per_eur > 0),
    exempeldata boolean     not null default false,
    source      text
);

create table grant_support_type (
    id          uuid primary key default gen_random_uuid(),
    body_id     uuid        not null references org_unit (id),
    code        text        not null,
    name        text        not null,
    aliases     text[]      not null default '{}',
    matter      text        not null,
    part_code   text        not null,
    regulations text[]      not null default '{}',
    de_minimis  boolean     not null default false,
    project     boolean     not null default false,
    unique (body_id, code)
);

-- One version of a support type's rules: in force from a day to a day (open end once extended "tills vidare").
create table grant_rule_version (
    id              uuid primary key default gen_random_uuid(),
    support_type_id uuid        not null references grant_support_type (id),
    name            text        not null,
    valid_from      date        not null,
    valid_to        date,
    extension_case  text,
    source          text,
    version         int         not null default 0,
    updated_at      timestamptz not null default now(),
    updated_by      text        not null default 'system'
);
create index grant_rule_version_type on grant_rule_version (support_type_id, valid_from);

create table grant_rule (
    id              uuid primary key default gen_random_uuid(),
    rule_version_id uuid        not null references grant_rule_version (id) on delete cascade,
    position        int         not null,
    kind            text        not null,
    params          jsonb       not null default '{}',
    hard            boolean     not null default true,
    text            text        not null,
    source          text
);

create table grant_steering_decision (
    id          uuid primary key default gen_random_uuid(),
    body_id     uuid        not null references org_unit (id),
    year        int         not null,
    title       text        not null,
    case_number text,
    decided_on  date,
    paragraph   text,
    decided_by  text,
    valid_from  date        not null,
    valid_to    date,
    purpose     text,
    adjustment  text,
    note        text,
    source      text,
    version     int         not null default 0,
    updated_at  timestamptz not null default now(),
    updated_by  text        not null default 'system',
    unique (body_id, year)
);

create table grant_fund (
    id          uuid primary key default gen_random_uuid(),
    steering_id uuid        not null references grant_steering_decision (id) on delete cascade,
    code        text        not null,
    name        text        not null,
    amount      bigint,
    source      text,
    unique (steering_id, code)
);

create table grant_part (
    id          uuid primary key default gen_random_uuid(),
    steering_id uuid        not null references grant_steering_decision (id) on delete cascade,
    code        text        not null,
    name        text        not null,
    fund_code   text        not null,
    amount      bigint check (amount is null or amount >= 0),
    at_most     boolean     not null default false,
    position    int         not null,
    source      text,
    version     int         not null default 0,
    updated_at  timestamptz not null default now(),
    updated_by  text        not null default 'system',
    unique (steering_id, code)
);

create table grant_priority (
    id          uuid primary key default gen_random_uuid(),
    steering_id uuid        not null references grant_steering_decision (id) on delete cascade,
    rank        text        not null,
    text        text        not null,
    motivation  text,
    rus         text[]      not null default '{}',
    position    int         not null,
    source      text,
    unique (steering_id, rank)
);

-- A decision that extends or changes the steering decision during the year: an extension, a reallocation between parts
-- (from, to, amount), or another change; proposed until the body's § is recorded.
create table grant_steering_change (
    id           uuid primary key default gen_random_uuid(),
    steering_id  uuid        not null references grant_steering_decision (id) on delete cascade,
    kind         text        not null check (kind in ('EXTENSION', 'REALLOCATION', 'CHANGE')),
    status       text        not null check (status in ('PROPOSED', 'DECIDED')),
    case_number  text,
    decided_on   date,
    paragraph    text,
    decided_by   text,
    proposed_for text,
    text         text        not null,
    reason       text,
    from_part_id uuid references grant_part (id),
    to_part_id   uuid references grant_part (id),
    amount       bigint check (amount is null or amount > 0),
    source       text,
    version      int         not null default 0,
    updated_at   timestamptz not null default now(),
    updated_by   text        not null default 'system'
);

-- An application and, once decided, the decision: who applied (the facts the rules need), what for, and how it was
-- decided — by a delegate under a point of the delegation order, or by the body with its §.
create table grant_decision (
    id                 uuid primary key default gen_random_uuid(),
    body_id            uuid        not null references org_unit (id),
    support_type_id    uuid        not null references grant_support_type (id),
    printed_type       text        not null,
    reference_kind     text        not null default 'Dnr',
    reference          text        not null,
    status             text        not null check (status in ('APPLIED', 'AWAITING_COMMITTEE', 'DECIDED')),
    recipient          text        not null,
    organisation_number text,
    legal_form         text,
    sector             text,
    owner_sex          text check (owner_sex is null or owner_sex in ('K', 'M', 'B', '-')),
    municipality       text,
    locality           text,
    employees          numeric(8, 2),
    fte                numeric(8, 2),
    founders_outside_nordics boolean,
    new_innovative_idea boolean,
    facts              jsonb       not null default '{}',
    other_de_minimis   bigint,
    eligible_cost      bigint,
    applied            bigint,
    amount             bigint check (amount is null or amount >= 0),
    share_percent      numeric(6, 2),
    outcome            text check (outcome is null or outcome in ('GRANTED', 'REFUSED')),
    outcome_text       text,
    decided_on         date,
    decided_on_exact   boolean     not null default true,
    decided_by         text,
    decided_by_title   text,
    delegation_point   text,
    committee_paragraph text,
    committee_meeting  date,
    proposed_for       text,
    part_id            uuid references grant_part (id),
    priority_rank      text,
    serves             text[]      not null default '{}',
    serves_text        text,
    application_date   date,
    source             text,
    version            int         not null default 0,
    updated_at         timestamptz not null default now(),
    updated_by         text        not null default 'system'
);
-- The rule check sums earlier grants to the same organisation over three years: bounded by organisation and date.
create index grant_decision_org on grant_decision (organisation_number, decided_on) include (amount, support_type_id)
    where outcome = 'GRANTED';
create index grant_decision_body_date on grant_decision (body_id, decided_on);
create index grant_decision_part on grant_decision (part_id, decided_on) include (amount) where outcome = 'GRANTED';
create index grant_decision_reference on grant_decision (reference);

-- Which parts of the appropriation a granted decision is paid from (MIND: 232 000 kr from 1:1, 200 000 kr from the
-- rambudgetmedel), with the decision's day so that a part's totals of a year are read from this index alone.
create table grant_allocation (
    decision_id uuid        not null references grant_decision (id) on delete cascade,
    part_id     uuid        not null references grant_part (id),
    decided_on  date        not null,
    amount      bigint      not null check (amount >= 0),
    primary key (decision_id, part_id)
);
create index grant_allocation_part on grant_allocation (part_id, decided_on) include (amount, decision_id);

-- Each rule as judged when the decision was taken: kept as it was then, whatever the rules say later.
create table grant_rule_check (
    id          uuid primary key default gen_random_uuid(),
    decision_id uuid        not null references grant_decision (id) on delete cascade,
    position    int         not null,
    rule        text        not null,
    result      text        not null check (result in ('PASSED', 'BROKEN', 'NOT_JUDGED')),
    hard        boolean     not null,
    explanation text        not null
);
create index grant_rule_check_decision on grant_rule_check (decision_id, position);

create table grant_project (
    id           uuid primary key default gen_random_uuid(),
    decision_id  uuid        not null unique references grant_decision (id) on delete cascade,
    title        text        not null,
    period_from  date,
    period_to    date,
    cap          bigint,
    financing    text,
    clauses      text[]      not null default '{}',
    conditions   text[]      not null default '{}',
    columns      text[]      not null,
    source       text,
    version      int         not null default 0,
    updated_at   timestamptz not null default now(),
    updated_by   text        not null default 'system'
);

-- A row of a project's cost budget, financing budget or in-kind table, the figures as printed (one per column).
create table grant_budget_row (
    id               uuid primary key default gen_random_uuid(),
    project_id       uuid        not null references grant_project (id) on delete cascade,
    budget           text        not null check (budget in ('COSTS', 'FINANCING', 'IN_KIND')),
    position         int         not null,
    label            text        not null,
    heading          boolean     not null default false,
    total            boolean     not null default false,
    printed          text[]      not null default '{}',
    financier_kind   text,
    decision_part    boolean     not null default false,
    region_own       boolean     not null default false,
    fund_code        text,
    part_code        text,
    ambiguous_column boolean     not null default false,
    source           text,
    version          int         not null default 0,
    updated_at       timestamptz not null default now(),
    updated_by       text        not null default 'system',
    unique (project_id, budget, position)
);

-- Payments (utbetalningar): an advance, or a payment against reported booked costs.
create table grant_payment (
    id             uuid primary key default gen_random_uuid(),
    decision_id    uuid        not null references grant_decision (id),
    kind           text        not null check (kind in ('ADVANCE', 'PAYMENT')),
    paid_on        date        not null,
    amount         bigint      not null check (amount > 0),
    reported_costs bigint,
    reason         text,
    version        int         not null default 0,
    updated_at     timestamptz not null default now(),
    updated_by     text        not null default 'system'
);
create index grant_payment_decision on grant_payment (decision_id);

-- What grants waits for from the body's minutes: a case number and what it decides here.
create table grant_committee_case (
    case_number  text        not null,
    kind         text        not null check (kind in ('GRANT', 'STEERING_CHANGE', 'MOBILITY_RATE')),
    target_id    uuid        not null,
    body_code    text        not null,
    decided      boolean     not null default false,
    paragraph    text,
    meeting_date date,
    outcome      text,
    primary key (case_number, kind, target_id)
);

create table grant_mobility_rate (
    id          uuid primary key default gen_random_uuid(),
    body_id     uuid        not null references org_unit (id),
    year        int         not null,
    kind        text        not null check (kind in ('MOBILITY', 'REGION_CONTRIBUTION', 'RECIPROCITY')),
    region_code text,
    rate_kr     int         not null check (rate_kr >= 0),
    status      text        not null check (status in ('PROPOSED', 'DECIDED')),
    case_number text,
    paragraph   text,
    decided_on  date,
    text        text,
    exempeldata boolean     not null default false,
    source      text,
    version     int         not null default 0,
    updated_at  timestamptz not null default now(),
    updated_by  text        not null default 'system'
);
create unique index grant_mobility_rate_key on grant_mobility_rate (body_id, year, kind, coalesce(region_code, ''));

create table grant_mobility_school (
    id          uuid primary key default gen_random_uuid(),
    name        text        not null unique,
    region_code text        not null,
    owner       text        not null check (owner in ('REGION', 'MOVEMENT', 'OTHER')),
    exempeldata boolean     not null default false,
    source      text
);

create table grant_mobility_weeks (
    id          uuid primary key default gen_random_uuid(),
    year        int         not null,
    school_id   uuid        not null references grant_mobility_school (id),
    home_region text        not null,
    weeks       numeric(10, 1) not null check (weeks >= 0),
    exempeldata boolean     not null default false,
    source      text,
    version     int         not null default 0,
    updated_at  timestamptz not null default now(),
    updated_by  text        not null default 'system',
    unique (year, school_id, home_region)
);

create table grant_mobility_budget (
    body_id     uuid        not null references org_unit (id),
    year        int         not null,
    amount      bigint      not null check (amount >= 0),
    approximate boolean     not null default false,
    text        text,
    source      text,
    version     int         not null default 0,
    updated_at  timestamptz not null default now(),
    updated_by  text        not null default 'system',
    primary key (body_id, year)
);

create trigger grant_rule_version_audit after insert or update or delete on grant_rule_version
    for each row execute function audit_record_change('grant_rule_version');
create trigger grant_rule_audit after insert or update or delete on grant_rule
    for each row execute function audit_record_change('grant_rule', 'grant_rule_version', 'rule_version_id');
create trigger grant_steering_decision_audit after insert or update or delete on grant_steering_decision
    for each row execute function audit_record_change('grant_steering_decision');
create trigger grant_part_audit after insert or update or delete on grant_part
    for each row execute function audit_record_change('grant_part', 'grant_steering_decision', 'steering_id');
create trigger grant_steering_change_audit after insert or update or delete on grant_steering_change
    for each row execute function audit_record_change('grant_steering_change', 'grant_steering_decision', 'steering_id');
create trigger grant_decision_audit after insert or update or delete on grant_decision
    for each row execute function audit_record_change('grant_decision');
create trigger grant_project_audit after insert or update or delete on grant_project
    for each row execute function audit_record_change('grant_project', 'grant_decision', 'decision_id');
create trigger grant_budget_row_audit after insert or update or delete on grant_budget_row
    for each row execute function audit_record_change('grant_budget_row', 'grant_project', 'project_id');
create trigger grant_payment_audit after insert or update or delete on grant_payment
    for each row execute function audit_record_change('grant_payment', 'grant_decision', 'decision_id');
create trigger grant_mobility_rate_audit after insert or update or delete on grant_mobility_rate
    for each row execute function audit_record_change('grant_mobility_rate');
create trigger grant_mobility_weeks_audit after insert or update or delete on grant_mobility_weeks
    for each row execute function audit_record_change('grant_mobility_weeks');
create trigger grant_mobility_budget_audit after insert or update or delete on grant_mobility_budget
    for each row execute function audit_record_change('grant_mobility_budget');
