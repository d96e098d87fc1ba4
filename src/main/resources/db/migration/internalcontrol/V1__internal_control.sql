-- Internal governance and control (ISK): each plan's internal control plan, the region-wide risks
-- defined once per year, the assessment of every risk, its actions and controls, the control results
-- per report occasion and the body's yearly ISK judgement (KL 6 kap. 6 §).
--
-- Every table carries the audit trigger; the parts of a plan's internal control record their changes
-- under the aggregate ic_plan, the region-wide risks under ic_region_risk.

-- The 1–4 scales for probability (sannolikhet) and consequence (konsekvens), with the written
-- definition each level is judged by. They are the product's default scales (no seed prints one);
-- an installation may reword them.
create table ic_scale_level (
    id         uuid primary key default gen_random_uuid(),
    scale      text        not null check (scale in ('PROBABILITY', 'CONSEQUENCE')),
    level      int         not null check (level between 1 and 4),
    name       text        not null,
    definition text        not null,
    version    int         not null default 0,
    updated_at timestamptz not null default now(),
    updated_by text        not null default 'system',
    unique (scale, level)
);

-- The internal control plan of one plan (part of the body's verksamhetsplan). Body and year are copied
-- from the plan header when the internal control plan is started; a plan never changes body or year.
create table ic_plan (
    id         uuid primary key default gen_random_uuid(),
    plan_id    uuid        not null unique references plan (id),
    body_id    uuid        not null references org_unit (id),
    year       int         not null check (year between 1900 and 2200),
    title      text        not null,
    section    text,
    source     text,
    version    int         not null default 0,
    updated_at timestamptz not null default now(),
    updated_by text        not null default 'system'
);
create index ic_plan_year on ic_plan (year);

-- The plan's texts as printed: the ISK description, the requirements a–e with their group
-- ("Intern styrning" a–b, "Intern kontroll" c–e) and the explanations of the table's columns.
create table ic_plan_text (
    id         uuid primary key default gen_random_uuid(),
    ic_plan_id uuid        not null references ic_plan (id) on delete cascade,
    kind       text        not null check (kind in ('DESCRIPTION', 'REQUIREMENT', 'EXPLANATION')),
    position   int         not null,
    label      text,
    grp        text,
    text       text        not null,
    unique (ic_plan_id, kind, position)
);

-- A region-wide risk (regionövergripande risk), defined once for a year by the region (RS) and part of
-- every body's internal control plan of that year, where each body assesses and follows it up.
create table ic_region_risk (
    id          uuid primary key default gen_random_uuid(),
    year        int         not null check (year between 1900 and 2200),
    position    int         not null,
    activity    text        not null,
    text        text        not null,
    requirement text check (requirement in ('c', 'd', 'e')),
    source      text,
    version     int         not null default 0,
    updated_at  timestamptz not null default now(),
    updated_by  text        not null default 'system',
    unique (year, text)
);

-- The region-wide actions (regionövergripande åtgärder) that come with a region-wide risk.
create table ic_region_action (
    id             uuid primary key default gen_random_uuid(),
    region_risk_id uuid        not null references ic_region_risk (id) on delete cascade,
    position       int         not null,
    text           text        not null,
    owner          text,
    deadline       date,
    source         text,
    version        int         not null default 0,
    updated_at     timestamptz not null default now(),
    updated_by     text        not null default 'system'
);

-- A risk in a body's internal control plan: either the body's own risk (activity and text here) or the
-- body's row for a region-wide risk (text in ic_region_risk, never copied). Scope BODY is stated by the
-- plan; null means the plan does not say. The assessment and the decision are the body's own.
create table ic_risk (
    id                     uuid primary key default gen_random_uuid(),
    ic_plan_id             uuid        not null references ic_plan (id) on delete cascade,
    region_risk_id         uuid references ic_region_risk (id),
    position               int         not null,
    activity               text,
    text                   text,
    requirement            text check (requirement in ('c', 'd', 'e')),
    scope                  text check (scope in ('BODY')),
    probability            int check (probability between 1 and 4),
    consequence            int check (consequence between 1 and 4),
    assessment_exempeldata boolean     not null default false,
    assessed_at            timestamptz,
    assessed_by            text,
    decision               text check (decision in ('ACCEPT', 'TREAT')),
    decision_reason        text,
    decision_exempeldata   boolean     not null default false,
    source                 text,
    version                int         not null default 0,
    updated_at             timestamptz not null default now(),
    updated_by             text        not null default 'system',
    unique (ic_plan_id, region_risk_id),
    check ((region_risk_id is null and activity is not null and text is not null)
        or (region_risk_id is not null and activity is null and text is null and requirement is null and scope is null)),
    check ((probability is null) = (consequence is null)),
    check (decision is null or probability is not null),
    check (decision is distinct from 'ACCEPT' or decision_reason is not null)
);
create index ic_risk_plan on ic_risk (ic_plan_id, position);

-- A control (kontroll) of a treated risk: what is checked, how, how often and by whom.
create table ic_control (
    id          uuid primary key default gen_random_uuid(),
    ic_plan_id  uuid        not null references ic_plan (id) on delete cascade,
    ic_risk_id  uuid        not null references ic_risk (id) on delete cascade,
    position    int         not null,
    what        text        not null,
    how         text        not null,
    frequency   text        not null,
    responsible text        not null,
    exempeldata boolean     not null default false,
    version     int         not null default 0,
    updated_at  timestamptz not null default now(),
    updated_by  text        not null default 'system'
);
create index ic_control_risk on ic_control (ic_risk_id, position);

-- The result of a control at a report occasion (delårsrapport 1 and 2, verksamhetsberättelse).
create table ic_control_result (
    id          uuid primary key default gen_random_uuid(),
    ic_plan_id  uuid        not null references ic_plan (id) on delete cascade,
    control_id  uuid        not null references ic_control (id) on delete cascade,
    occasion    text        not null check (occasion in ('DELARSRAPPORT_1', 'DELARSRAPPORT_2', 'VERKSAMHETSBERATTELSE')),
    outcome     text        not null check (outcome in ('NO_DEVIATION', 'DEVIATION', 'NOT_PERFORMED')),
    result      text        not null,
    deviation   text,
    exempeldata boolean     not null default false,
    version     int         not null default 0,
    updated_at  timestamptz not null default now(),
    updated_by  text        not null default 'system',
    unique (control_id, occasion),
    check (outcome <> 'DEVIATION' or deviation is not null)
);

-- An action (åtgärd) of a body's risk: printed in the plan, added by the body, or decided in the
-- follow-up because a control found a deviation (origin_result_id).
create table ic_action (
    id               uuid primary key default gen_random_uuid(),
    ic_plan_id       uuid        not null references ic_plan (id) on delete cascade,
    ic_risk_id       uuid        not null references ic_risk (id) on delete cascade,
    position         int         not null,
    text             text        not null,
    owner            text,
    deadline         date,
    origin_result_id uuid references ic_control_result (id),
    source           text,
    version          int         not null default 0,
    updated_at       timestamptz not null default now(),
    updated_by       text        not null default 'system'
);
create index ic_action_risk on ic_action (ic_risk_id, position);

-- The body's ISK judgement at year end: was the internal governance and control sufficient (KL 6 kap. 6 §)?
create table ic_judgement (
    id          uuid primary key default gen_random_uuid(),
    ic_plan_id  uuid        not null unique references ic_plan (id) on delete cascade,
    sufficient  boolean     not null,
    reasons     text        not null,
    exempeldata boolean     not null default false,
    version     int         not null default 0,
    updated_at  timestamptz not null default now(),
    updated_by  text        not null default 'system'
);

create trigger ic_scale_level_audit after insert or update or delete on ic_scale_level
    for each row execute function audit_record_change('ic_scale_level');
create trigger ic_plan_audit after insert or update or delete on ic_plan
    for each row execute function audit_record_change('ic_plan');
create trigger ic_plan_text_audit after insert or update or delete on ic_plan_text
    for each row execute function audit_record_change('ic_plan_text', 'ic_plan', 'ic_plan_id');
create trigger ic_region_risk_audit after insert or update or delete on ic_region_risk
    for each row execute function audit_record_change('ic_region_risk');
create trigger ic_region_action_audit after insert or update or delete on ic_region_action
    for each row execute function audit_record_change('ic_region_action', 'ic_region_risk', 'region_risk_id');
create trigger ic_risk_audit after insert or update or delete on ic_risk
    for each row execute function audit_record_change('ic_risk', 'ic_plan', 'ic_plan_id');
create trigger ic_control_audit after insert or update or delete on ic_control
    for each row execute function audit_record_change('ic_control', 'ic_plan', 'ic_plan_id');
create trigger ic_control_result_audit after insert or update or delete on ic_control_result
    for each row execute function audit_record_change('ic_control_result', 'ic_plan', 'ic_plan_id');
create trigger ic_action_audit after insert or update or delete on ic_action
    for each row execute function audit_record_change('ic_action', 'ic_plan', 'ic_plan_id');
create trigger ic_judgement_audit after insert or update or delete on ic_judgement
    for each row execute function audit_record_change('ic_judgement', 'ic_plan', 'ic_plan_id');

-- The default scales. Sannolikhet: how likely the event is within the plan year; konsekvens: how badly
-- it hurts requirements c–e (compliance, true and fair reporting, information security) if it happens.
insert into ic_scale_level (scale, level, name, definition) values
    ('PROBABILITY', 1, 'Osannolik', 'Händelsen inträffar nästan aldrig; den har inte inträffat i verksamheten och det finns inget som tyder på att den kommer att göra det under året.'),
    ('PROBABILITY', 2, 'Mindre sannolik', 'Händelsen kan inträffa någon gång; den har inträffat enstaka gånger i verksamheten eller i liknande verksamheter.'),
    ('PROBABILITY', 3, 'Möjlig', 'Händelsen inträffar troligen under året; den har inträffat tidigare i verksamheten och rutinerna skyddar inte helt.'),
    ('PROBABILITY', 4, 'Sannolik', 'Händelsen inträffar med stor sannolikhet, flera gånger under året; den inträffar redan i dag eller rutiner saknas.'),
    ('CONSEQUENCE', 1, 'Försumbar', 'Obetydlig påverkan: ingen ekonomisk förlust att tala om, inga fel i redovisningen, ingen påverkan på invånare, medarbetare eller förtroendet.'),
    ('CONSEQUENCE', 2, 'Lindrig', 'Viss påverkan som verksamheten själv rättar till: mindre ekonomisk förlust, enstaka fel eller avsteg från styrande dokument, begränsad intern påverkan.'),
    ('CONSEQUENCE', 3, 'Kännbar', 'Betydande påverkan: kännbar ekonomisk förlust, brott mot lag eller avtal, fel i redovisningen som måste rättas, skadat förtroende hos invånare eller medarbetare.'),
    ('CONSEQUENCE', 4, 'Allvarlig', 'Mycket allvarlig påverkan: stor ekonomisk förlust, allvarligt lagbrott eller skada på person, rapportering som inte kan läggas till grund för beslut, förtroendet för regionen allvarligt skadat.');
