-- A body's meeting with its agenda (föredragningslista): numbered items, each with presenters, the proposed
-- decision as att-clauses, the texts of the case paper (sammanfattning, ärendebeskrivning, konsekvenser, ekonomiska
-- konsekvenser), the decision papers (beslutsunderlag) and the distribution list (skickas till); the adjusters
-- appointed with their substitutes and the deadline for justering.
create table meeting (
    id                  uuid primary key default gen_random_uuid(),
    body_id             uuid        not null references org_unit (id),
    meeting_date        date        not null,
    starts_at           time,
    place               text check (length(place) <= 200),
    -- PLANNED: the agenda is prepared; OPENED: in session (attendance taken); CLOSED: every item handled, the minutes
    -- wait for justering; ADJUSTED: signed by the chair and every adjuster, final
    status              text        not null default 'PLANNED' check (status in ('PLANNED', 'OPENED', 'CLOSED', 'ADJUSTED')),
    adjustment_deadline date,
    secretary           text check (length(secretary) <= 200),
    chair_member_id     uuid references body_member (id),
    agenda_published_at timestamptz,
    notice_sent_at      timestamptz,
    opened_at           timestamptz,
    closed_at           timestamptz,
    adjusted_at         timestamptz,
    source              text,
    exempeldata         boolean     not null default false,
    version             int         not null default 0,
    updated_at          timestamptz not null default now(),
    updated_by          text        not null default 'system',
    unique (body_id, meeting_date)
);

create table agenda_item (
    id                    uuid primary key default gen_random_uuid(),
    meeting_id            uuid        not null references meeting (id),
    position              int         not null check (position > 0),
    kind                  text        not null check (kind in ('DECISION', 'INFORMATION')),
    -- the meeting's own business (protokollsjustering, the agenda itself): decided without a case in the diary
    procedural            boolean     not null default false,
    title                 text        not null check (length(title) between 1 and 500),
    case_id               uuid references diary_case (id),
    presenters            text check (length(presenters) <= 500),
    proposed_clauses      text[]      not null default '{}',
    summary               text check (length(summary) <= 20000),
    description           text check (length(description) <= 40000),
    consequences          text check (length(consequences) <= 20000),
    economic_consequences text check (length(economic_consequences) <= 20000),
    information_points    text[]      not null default '{}',
    distribution          text[]      not null default '{}',
    source                text,
    search                tsvector,
    version               int         not null default 0,
    updated_at            timestamptz not null default now(),
    updated_by            text        not null default 'system',
    unique (meeting_id, position) deferrable initially deferred,
    check (kind = 'INFORMATION' or procedural or case_id is not null)
);
create index agenda_item_case on agenda_item (case_id);
create index agenda_item_search on agenda_item using gin (search);

create function agenda_item_search() returns trigger
    language plpgsql as
$$
begin
    new.search := to_tsvector('swedish', concat_ws(' ', new.title, new.presenters, array_to_string(new.proposed_clauses, ' '),
        new.summary, new.description, array_to_string(new.information_points, ' ')));
    return new;
end
$$;
create trigger agenda_item_search before insert or update on agenda_item for each row execute function agenda_item_search();

-- Beslutsunderlag: listed by title as the notice prints it, an uploaded file of the case, or a document the
-- product renders (the plan as PDF, the report of delegated decisions …).
create table agenda_paper (
    id          uuid primary key default gen_random_uuid(),
    item_id     uuid        not null references agenda_item (id),
    position    int         not null,
    title       text        not null check (length(title) between 1 and 500),
    kind        text        not null check (kind in ('LISTED', 'UPLOAD', 'RENDERED')),
    document_id uuid references case_document (id),
    href        text check (length(href) <= 500),
    updated_at  timestamptz not null default now(),
    updated_by  text        not null default 'system',
    check (kind <> 'UPLOAD' or document_id is not null),
    check (kind <> 'RENDERED' or href is not null)
);
create index agenda_paper_item on agenda_paper (item_id, position);

-- The members appointed to adjust the minutes with the chair, each with a substitute who signs if they are absent.
create table meeting_adjuster (
    id                   uuid primary key default gen_random_uuid(),
    meeting_id           uuid not null references meeting (id),
    member_id            uuid not null references body_member (id),
    substitute_member_id uuid references body_member (id),
    position             int  not null default 1,
    unique (meeting_id, member_id)
);

-- Every e-mail the meeting sent or tried to send (the notice to members and substitutes, reminders to the adjusters):
-- to whom, when, and what happened — nothing is silently lost when no SMTP server is configured.
create table meeting_mail (
    id              bigint generated always as identity primary key,
    meeting_id      uuid        not null references meeting (id),
    kind            text        not null check (kind in ('NOTICE', 'REMINDER')),
    member_id       uuid references body_member (id),
    recipient_name  text        not null,
    recipient_email text,
    status          text        not null check (status in ('SENT', 'FAILED', 'NO_ADDRESS', 'NOT_CONFIGURED')),
    detail          text,
    sent_at         timestamptz not null default now(),
    sent_by         text        not null
);
create index meeting_mail_meeting on meeting_mail (meeting_id, id);

create trigger meeting_audit after insert or update or delete on meeting
    for each row execute function audit_record_change('meeting');
create trigger agenda_item_audit after insert or update or delete on agenda_item
    for each row execute function audit_record_change('agenda_item', 'meeting', 'meeting_id');
create trigger agenda_paper_audit after insert or update or delete on agenda_paper
    for each row execute function audit_record_change('agenda_paper', 'agenda_item', 'item_id');
create trigger meeting_adjuster_audit after insert or update or delete on meeting_adjuster
    for each row execute function audit_record_change('meeting_adjuster', 'meeting', 'meeting_id');
