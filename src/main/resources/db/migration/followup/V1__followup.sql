-- Follow-up (module followup): statistical series (measures) and their values per unit, period and sex,
-- with every revision kept; the imports that wrote them; a person's judgement of an indicator's
-- assessment; the monthly economy (budget, outcome, forecast per area and budget line).
-- Every table carries the audit trigger, so every change is traceable to a person or an import.

-- A statistical series: a Kolada KPI (N03700) or one of our own (SCB-BRP-PER-INV). subject and
-- denominator say WHAT it measures ("BRP" per "invånare"), so the assessment can tell when data measure
-- something else than the indicator asks for.
create table measure (
    id          uuid primary key default gen_random_uuid(),
    code        text        not null unique,
    kolada_id   text unique,
    name        text        not null,
    short_name  text        not null,
    unit        text,
    subject     text        not null,
    denominator text,
    description text,
    source      text,
    by_gender   boolean     not null default false,
    version     int         not null default 0,
    updated_at  timestamptz not null default now(),
    updated_by  text        not null default 'system'
);

-- One run of an import that changed the database (dry runs are not stored). The report holds the
-- rejected rows with their reasons and the changes, as JSON.
create table import_run (
    id           uuid primary key default gen_random_uuid(),
    format       text        not null,
    file_names   text        not null,
    source       text,
    published    date,
    exempeldata  boolean     not null default false,
    inserted     int         not null,
    updated      int         not null,
    unchanged    int         not null,
    rejected     int         not null,
    report       text        not null,
    started_at   timestamptz not null default now(),
    actor        text        not null
);

-- The current value of a series for one unit, period and sex. period is the canonical code
-- ("2021", "2021-T2", "2021-03"); value is exact (numeric), null only when the source says it is
-- missing (status says why: "NA", "..", "Sekretess").
create table indicator_value (
    id           uuid primary key default gen_random_uuid(),
    measure_id   uuid        not null references measure (id),
    unit_id      uuid        not null references org_unit (id),
    period       text        not null,
    period_type  text        not null check (period_type in ('YEAR', 'TERTIAL', 'MONTH')),
    year         int         not null check (year between 1900 and 2200),
    gender       text        not null check (gender in ('T', 'K', 'M')),
    value        numeric,
    count        int check (count >= 0),
    status       text,
    source       text,
    published    date,
    preliminary  boolean     not null default false,
    exempeldata  boolean     not null default false,
    import_id    uuid references import_run (id),
    version      int         not null default 0,
    updated_at   timestamptz not null default now(),
    updated_by   text        not null default 'system',
    unique (measure_id, unit_id, period, gender)
);
create index indicator_value_measure on indicator_value (measure_id, year);

-- Statistics get revised: the value a revision replaced, kept with where it came from and why it went.
create table indicator_value_revision (
    id           bigint generated always as identity primary key,
    value_id     uuid        not null references indicator_value (id),
    value        numeric,
    count        int,
    status       text,
    source       text,
    published    date,
    preliminary  boolean     not null,
    replaced_at  timestamptz not null default now(),
    replaced_by  text        not null,
    reason       text        not null
);
create index indicator_value_revision_value on indicator_value_revision (value_id, id);

-- An indicator followed up with one of its targets (until plan items carry the link themselves, see
-- package-info): the plan and the item's lineage key, the indicator's text as decided, the target, the
-- measure that holds its data and the unit whose value is judged. An indicator with two targets has two
-- rows. target_note says how a target was read when the plan's words leave room.
create table followed_indicator (
    id              uuid primary key default gen_random_uuid(),
    key             text        not null unique,
    body_id         uuid        not null references org_unit (id),
    plan_key        text,
    lineage         text,
    sort_order      int         not null default 0,
    goal_text       text,
    text            text        not null,
    target_note     text,
    unit_label      text,
    subject_unit_id uuid        not null references org_unit (id),
    measure_id      uuid references measure (id),
    form            text        not null,
    direction       text        not null,
    reference       text,
    base_year       int,
    target_year     int,
    percent         numeric,
    group_code      text,
    measure_kind    text,
    lower_bound     numeric,
    upper_bound     numeric,
    interval_unit   text,
    between_groups  text,
    threshold       numeric,
    units_of        text,
    version         int         not null default 0,
    updated_at      timestamptz not null default now(),
    updated_by      text        not null default 'system'
);

-- A person's judgement of an assessment: the computed status and sentence as they stood when the
-- person judged, and the status the person set with the reason. Each change stays in the history.
create table assessment_judgement (
    id                    uuid primary key default gen_random_uuid(),
    subject_type          text        not null,
    subject_id            text        not null,
    period                text        not null,
    computed_status       text        not null,
    computed_explanation  text        not null,
    status                text        not null check (status in ('UPPFYLLT', 'DELVIS_UPPFYLLT', 'EJ_UPPFYLLT', 'KAN_EJ_BEDOMAS')),
    reason                text        not null,
    active                boolean     not null default true,
    version               int         not null default 0,
    updated_at            timestamptz not null default now(),
    updated_by            text        not null default 'system',
    unique (subject_type, subject_id, period)
);

-- The lines of the operating budget that outcome is followed on.
create table econ_line (
    code       text primary key,
    name       text not null,
    kind       text not null check (kind in ('INCOME', 'COST')),
    sort_order int  not null default 0
);

-- Budget per area and line: month null = the year's budget (periodised evenly), 1–12 = that month's.
create table econ_budget (
    id          uuid primary key default gen_random_uuid(),
    year        int         not null check (year between 1900 and 2200),
    month       int check (month between 1 and 12),
    area_id     uuid        not null references org_unit (id),
    line_code   text        not null references econ_line (code),
    amount_ore  bigint      not null,
    source      text,
    exempeldata boolean     not null default false,
    import_id   uuid references import_run (id),
    version     int         not null default 0,
    updated_at  timestamptz not null default now(),
    updated_by  text        not null default 'system'
);
create unique index econ_budget_key on econ_budget (year, coalesce(month, 0), area_id, line_code);

-- Booked outcome for one month (not cumulative).
create table econ_outcome (
    id          uuid primary key default gen_random_uuid(),
    year        int         not null check (year between 1900 and 2200),
    month       int         not null check (month between 1 and 12),
    area_id     uuid        not null references org_unit (id),
    line_code   text        not null references econ_line (code),
    amount_ore  bigint      not null,
    source      text,
    exempeldata boolean     not null default false,
    import_id   uuid references import_run (id),
    version     int         not null default 0,
    updated_at  timestamptz not null default now(),
    updated_by  text        not null default 'system',
    unique (year, month, area_id, line_code)
);

-- The area's forecast for the whole year, made at the end of a month.
create table econ_forecast (
    id          uuid primary key default gen_random_uuid(),
    year        int         not null check (year between 1900 and 2200),
    month       int         not null check (month between 1 and 12),
    area_id     uuid        not null references org_unit (id),
    line_code   text        not null references econ_line (code),
    amount_ore  bigint      not null,
    source      text,
    exempeldata boolean     not null default false,
    import_id   uuid references import_run (id),
    version     int         not null default 0,
    updated_at  timestamptz not null default now(),
    updated_by  text        not null default 'system',
    unique (year, month, area_id, line_code)
);

insert into econ_line (code, name, kind, sort_order) values
    ('INTAKTER', 'Verksamhetens intäkter', 'INCOME', 10),
    ('KOSTNADER', 'Verksamhetens kostnader', 'COST', 20);

create trigger measure_audit after insert or update or delete on measure
    for each row execute function audit_record_change('measure');
create trigger import_run_audit after insert or update or delete on import_run
    for each row execute function audit_record_change('import_run');
create trigger indicator_value_audit after insert or update or delete on indicator_value
    for each row execute function audit_record_change('indicator_value', 'measure', 'measure_id');
create trigger indicator_value_revision_audit after insert or update or delete on indicator_value_revision
    for each row execute function audit_record_change('indicator_value_revision', 'indicator_value', 'value_id');
create trigger followed_indicator_audit after insert or update or delete on followed_indicator
    for each row execute function audit_record_change('followed_indicator');
create trigger assessment_judgement_audit after insert or update or delete on assessment_judgement
    for each row execute function audit_record_change('assessment_judgement', 'followed_indicator', 'subject_id');
create trigger econ_line_audit after insert or update or delete on econ_line
    for each row execute function audit_record_change('econ_line');
create trigger econ_budget_audit after insert or update or delete on econ_budget
    for each row execute function audit_record_change('econ_budget', 'org_unit', 'area_id');
create trigger econ_outcome_audit after insert or update or delete on econ_outcome
    for each row execute function audit_record_change('econ_outcome', 'org_unit', 'area_id');
create trigger econ_forecast_audit after insert or update or delete on econ_forecast
    for each row execute function audit_record_change('econ_forecast', 'org_unit', 'area_id');
