-- The follow-up reports (delårsrapport 1 and 2, verksamhetsberättelse) of a body's plan year and the status
-- of each assignment (uppdrag) at each report occasion. Every table carries the audit trigger, recorded under
-- the plan (assignment status) or the report.

-- An assignment's status and comment at a report occasion. One row per assignment and occasion; a missing
-- row means nobody has reported on the assignment yet.
create table assignment_status (
    id          uuid primary key default gen_random_uuid(),
    plan_id     uuid        not null references plan (id),
    item_id     uuid        not null references plan_item (id) on delete cascade,
    body_id     uuid        not null references org_unit (id),
    occasion    text        not null check (occasion in ('DELARSRAPPORT_1', 'DELARSRAPPORT_2', 'VERKSAMHETSBERATTELSE')),
    status      text        not null check (status in ('EJ_PABORJAT', 'PAGAR', 'GENOMFORT', 'AVSLUTAT_EJ_GENOMFORT')),
    comment     text,
    exempeldata boolean     not null default false,
    version     int         not null default 0,
    updated_at  timestamptz not null default now(),
    updated_by  text        not null default 'system',
    unique (item_id, occasion)
);
create index assignment_status_plan on assignment_status (plan_id, occasion);

-- A report of a body's plan year at one occasion. While DRAFT its figures are read live and its texts may be
-- edited; SUBMITTED freezes it: the content is then the snapshot, and the row and its texts never change again.
-- previous_id names the report it started from (its texts and judgements were carried over).
create table follow_report (
    id              uuid primary key default gen_random_uuid(),
    plan_id         uuid        not null references plan (id),
    body_id         uuid        not null references org_unit (id),
    year            int         not null check (year between 1900 and 2200),
    occasion        text        not null check (occasion in ('DELARSRAPPORT_1', 'DELARSRAPPORT_2', 'VERKSAMHETSBERATTELSE')),
    status          text        not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED')),
    summary         text,
    previous_id     uuid references follow_report (id),
    exempeldata     boolean     not null default false,
    submitted_at    timestamptz,
    submitted_by    text,
    version         int         not null default 0,
    updated_at      timestamptz not null default now(),
    updated_by      text        not null default 'system',
    unique (plan_id, occasion),
    check ((status = 'SUBMITTED') = (submitted_at is not null))
);
create index follow_report_body on follow_report (body_id, year);

-- A goal's section of a report: the report's judgement of the goal (null = the assessment's status stands)
-- and the analysis text. The goal is named by its text, as the assessments group indicators by it.
create table follow_report_goal (
    id          uuid primary key default gen_random_uuid(),
    report_id   uuid        not null references follow_report (id),
    goal        text        not null,
    status      text check (status in ('UPPFYLLT', 'DELVIS_UPPFYLLT', 'EJ_UPPFYLLT', 'KAN_EJ_BEDOMAS')),
    analysis    text,
    version     int         not null default 0,
    updated_at  timestamptz not null default now(),
    updated_by  text        not null default 'system',
    unique (report_id, goal)
);

-- The dated snapshot a submitted report consists of: everything it showed, as JSON, exactly as submitted.
create table follow_report_snapshot (
    id           uuid primary key default gen_random_uuid(),
    report_id    uuid        not null unique references follow_report (id),
    submitted_at timestamptz not null default now(),
    submitted_by text        not null,
    content      jsonb       not null
);

create trigger assignment_status_audit after insert or update or delete on assignment_status
    for each row execute function audit_record_change('assignment_status', 'plan', 'plan_id');
create trigger follow_report_audit after insert or update or delete on follow_report
    for each row execute function audit_record_change('follow_report');
create trigger follow_report_goal_audit after insert or update or delete on follow_report_goal
    for each row execute function audit_record_change('follow_report_goal', 'follow_report', 'report_id');
create trigger follow_report_snapshot_audit after insert or update or delete on follow_report_snapshot
    for each row execute function audit_record_change('follow_report_snapshot', 'follow_report', 'report_id');

-- A submitted report is immutable, like a decided plan: the application refuses first with a clear message;
-- these triggers make sure no path (SQL console, a later bug) can change what was submitted.
create function follow_report_submitted_guard() returns trigger
    language plpgsql as
$$
begin
    if old.status = 'SUBMITTED' then
        raise exception 'Rapporten är inlämnad och kan inte ändras' using errcode = 'P0001';
    end if;
    return coalesce(new, old);
end
$$;
create trigger follow_report_submitted_guard before update or delete on follow_report
    for each row execute function follow_report_submitted_guard();

create function follow_report_goal_submitted_guard() returns trigger
    language plpgsql as
$$
declare
    v_status text;
begin
    select status into v_status from follow_report where id = coalesce(new.report_id, old.report_id);
    if v_status = 'SUBMITTED' then
        raise exception 'Rapporten är inlämnad; dess texter kan inte ändras' using errcode = 'P0001';
    end if;
    return coalesce(new, old);
end
$$;
create trigger follow_report_goal_submitted_guard before insert or update or delete on follow_report_goal
    for each row execute function follow_report_goal_submitted_guard();

create function follow_report_snapshot_guard() returns trigger
    language plpgsql as
$$
begin
    raise exception 'En inlämnad rapports ögonblicksbild kan inte ändras eller tas bort' using errcode = 'P0001';
end
$$;
create trigger follow_report_snapshot_guard before update or delete on follow_report_snapshot
    for each row execute function follow_report_snapshot_guard();
