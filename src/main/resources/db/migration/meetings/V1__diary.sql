-- The diary (diarium): every case of an organisation gets a number in a series per year, written the way the
-- organisation writes it ("19RS10041" = 2019, series RS, number 10041). Registration in the diary is what OSL 5 kap.
-- 1 § requires of public documents; a number, once given, is never given again (no delete: a case registered by
-- mistake is voided and keeps its number, and a number never used is a gap with its reason).

create table diary_series (
    id              uuid primary key default gen_random_uuid(),
    organisation_id uuid        not null references org_unit (id),
    code            text        not null check (code ~ '^[A-ZÅÄÖ]{1,10}$'),
    name            text        not null check (length(name) <= 200),
    -- {yy} two-digit year, {yyyy} four-digit year, {series} the code, {n} the number, {n:5} zero-padded to 5
    format          text        not null default '{yy}{series}{n}' check (length(format) <= 50 and format like '%{n%'),
    version         int         not null default 0,
    updated_at      timestamptz not null default now(),
    updated_by      text        not null default 'system',
    unique (organisation_id, code)
);

-- The last number given per series and year; only ever raised.
create table diary_counter (
    series_id   uuid not null references diary_series (id),
    year        int  not null check (year between 1900 and 2200),
    last_number int  not null check (last_number >= 0),
    primary key (series_id, year)
);

create table diary_case (
    id                uuid primary key default gen_random_uuid(),
    series_id         uuid        not null references diary_series (id),
    year              int         not null check (year between 1900 and 2200),
    number            int         not null check (number > 0),
    case_number       text        not null unique check (length(case_number) <= 40),
    title             text        not null check (length(title) between 1 and 500),
    registered_on     date,  -- null when the source gives no date
    body_id           uuid references org_unit (id),
    unit_id           uuid references org_unit (id),
    case_officer      text check (length(case_officer) <= 200),
    status            text        not null default 'REGISTERED'
        check (status in ('REGISTERED', 'PREPARED', 'DECIDED', 'DISPATCHED', 'CLOSED', 'VOIDED')),
    confidential      boolean     not null default false,
    -- the secrecy paragraph a confidential case rests on, e.g. "OSL 31 kap. 16 §"
    secrecy_ref       text check (length(secrecy_ref) <= 200),
    void_reason       text check (length(void_reason) <= 1000),
    source            text,
    exempeldata       boolean     not null default false,
    search            tsvector generated always as (to_tsvector('swedish', case_number || ' ' || title)) stored,
    version           int         not null default 0,
    updated_at        timestamptz not null default now(),
    updated_by        text        not null default 'system',
    unique (series_id, year, number),
    check (not confidential or secrecy_ref is not null),
    check (status <> 'VOIDED' or void_reason is not null)
);
create index diary_case_search on diary_case using gin (search);
create index diary_case_registered on diary_case (registered_on desc);

-- A status change with who and when: the case's history as the secretary reads it (the audit trail keeps the rest).
create table diary_case_status_change (
    id          bigint generated always as identity primary key,
    case_id     uuid        not null references diary_case (id),
    from_status text,
    to_status   text        not null,
    note        text check (length(note) <= 1000),
    changed_at  timestamptz not null default now(),
    changed_by  text        not null
);
create index diary_case_status_change_case on diary_case_status_change (case_id, id);

-- A number of a series that no case carries, with the reason (numbers given before the product took over the
-- diary, a number lost in a failed registration …): the public diary shows the gap and why.
create table diary_gap (
    id          uuid primary key default gen_random_uuid(),
    series_id   uuid        not null references diary_series (id),
    year        int         not null,
    from_number int         not null check (from_number > 0),
    to_number   int         not null,
    reason      text        not null check (length(reason) between 1 and 1000),
    recorded_at timestamptz not null default now(),
    recorded_by text        not null,
    check (to_number >= from_number)
);

-- A case's documents: an uploaded file (PDF, DOCX, XLSX), a document the product renders (href to it), or one
-- listed by title only, as the meeting papers print it.
create table case_document (
    id            uuid primary key default gen_random_uuid(),
    case_id       uuid        not null references diary_case (id),
    title         text        not null check (length(title) between 1 and 500),
    kind          text        not null check (kind in ('UPLOAD', 'RENDERED', 'LISTED')),
    file_name     text check (length(file_name) <= 255),
    content_type  text check (length(content_type) <= 200),
    size_bytes    bigint check (size_bytes >= 0),
    content       bytea,
    href          text check (length(href) <= 500),
    confidential  boolean     not null default false,
    secrecy_ref   text check (length(secrecy_ref) <= 200),
    registered_on date        not null,
    version       int         not null default 0,
    updated_at    timestamptz not null default now(),
    updated_by    text        not null default 'system',
    check (kind <> 'UPLOAD' or (content is not null and file_name is not null)),
    check (kind <> 'RENDERED' or href is not null),
    check (not confidential or secrecy_ref is not null)
);
create index case_document_case on case_document (case_id);

create trigger diary_series_audit after insert or update or delete on diary_series
    for each row execute function audit_record_change('diary_series');
create trigger diary_case_audit after insert or update or delete on diary_case
    for each row execute function audit_record_change('diary_case');
create trigger diary_gap_audit after insert or update or delete on diary_gap
    for each row execute function audit_record_change('diary_gap', 'diary_series', 'series_id');
-- the file's bytes stay out of the history: only what describes the document is recorded
create function case_document_audit() returns trigger
    language plpgsql as
$$
declare
    v_actor text := coalesce(nullif(current_setting('rodtrad.actor', true), ''), 'system');
    v_old   jsonb;
    v_new   jsonb;
begin
    if tg_op <> 'INSERT' then
        v_old := to_jsonb(old) - 'content';
    end if;
    if tg_op <> 'DELETE' then
        v_new := to_jsonb(new) - 'content';
    end if;
    if tg_op = 'UPDATE' and v_old = v_new then
        return new;
    end if;
    insert into audit_entry (actor, object_type, object_id, aggregate_type, aggregate_id, operation, before_state, after_state)
    values (v_actor, 'case_document', coalesce(v_new, v_old) ->> 'id', 'diary_case', coalesce(v_new, v_old) ->> 'case_id', tg_op, v_old, v_new);
    return coalesce(new, old);
end
$$;
create trigger case_document_audit after insert or update or delete on case_document
    for each row execute function case_document_audit();

-- Numbers are never reused: a case is voided, never deleted.
create function diary_forbid_delete() returns trigger
    language plpgsql as
$$
begin
    raise exception 'Ett diariefört ärende tas aldrig bort; makulera det i stället (numret får inte återanvändas)';
end
$$;
create trigger diary_case_no_delete before delete on diary_case for each row execute function diary_forbid_delete();
