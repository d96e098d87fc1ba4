-- The meeting as it is held: who was present and who served for whom, each item's decision (§) with the vote,
-- reservations and protocol notes, conflicts of interest (jäv), the signatures of the chair and the adjusters, the
-- notice of the adjusted minutes on the notice board, and the dispatch (expediering) of each decision.

create table attendance (
    meeting_id  uuid    not null references meeting (id),
    member_id   uuid    not null references body_member (id),
    present     boolean not null,
    -- a substitute (ersättare) serving in place of an absent member (tjänstgör för)
    serving_for uuid references body_member (id),
    note        text check (length(note) <= 500),
    primary key (meeting_id, member_id)
);

-- Jäv (KL 6 kap. 28–32 §§): the member takes no part in the item, neither in its handling nor in the decision.
create table item_recusal (
    item_id   uuid not null references agenda_item (id),
    member_id uuid not null references body_member (id),
    reason    text not null check (length(reason) between 1 and 1000),
    primary key (item_id, member_id)
);

create table decision (
    id            uuid primary key default gen_random_uuid(),
    item_id       uuid        not null unique references agenda_item (id),
    meeting_id    uuid        not null references meeting (id),
    body_id       uuid        not null references org_unit (id),
    year          int         not null,
    -- the § as the minutes number it, per body and year
    paragraph     int         not null check (paragraph > 0),
    outcome       text        not null check (outcome in ('AS_PROPOSED', 'AMENDED', 'RETURNED', 'POSTPONED')),
    clauses       text[]      not null default '{}',
    vote_method   text        not null check (vote_method in ('ACCLAMATION', 'ROLL_CALL')),
    yes_count     int,
    no_count      int,
    abstain_count int,
    vote_result   text check (vote_result in ('YES', 'NO', 'TIE_CHAIR_YES', 'TIE_CHAIR_NO')),
    protocol_note text check (length(protocol_note) <= 5000),
    search        tsvector,
    decided_at    timestamptz not null default now(),
    version       int         not null default 0,
    updated_at    timestamptz not null default now(),
    updated_by    text        not null default 'system',
    unique (body_id, year, paragraph)
);
create index decision_meeting on decision (meeting_id);
create index decision_search on decision using gin (search);

create function decision_search() returns trigger
    language plpgsql as
$$
begin
    new.search := to_tsvector('swedish', concat_ws(' ', array_to_string(new.clauses, ' '), new.protocol_note));
    return new;
end
$$;
create trigger decision_search before insert or update on decision for each row execute function decision_search();

-- Omröstning med namnupprop: ja, nej or avstår per member taking part.
create table vote (
    decision_id uuid not null references decision (id),
    member_id   uuid not null references body_member (id),
    choice      text not null check (choice in ('YES', 'NO', 'ABSTAIN')),
    primary key (decision_id, member_id)
);

-- Reservation (KL 6 kap. 35 § with 5 kap.): a member who took part in the decision and dissented, with the reason.
create table reservation (
    id          uuid primary key default gen_random_uuid(),
    decision_id uuid not null references decision (id),
    member_id   uuid not null references body_member (id),
    reason      text not null check (length(reason) between 1 and 5000),
    unique (decision_id, member_id)
);

create table minutes_signature (
    meeting_id uuid        not null references meeting (id),
    member_id  uuid        not null references body_member (id),
    role       text        not null check (role in ('CHAIR', 'ADJUSTER')),
    signed_at  timestamptz not null default now(),
    signed_by  text        not null,
    primary key (meeting_id, member_id)
);

-- The notice that the minutes are adjusted (KL 8 kap. 12 §): up within two days after justering, kept at least three
-- weeks; the appeal period (laglighetsprövning) runs three weeks from the day it went up (KL 13 kap. 5 §).
create table notice_board_posting (
    id              uuid primary key default gen_random_uuid(),
    meeting_id      uuid        not null unique references meeting (id),
    body_id         uuid        not null references org_unit (id),
    title           text        not null,
    adjusted_on     date        not null,
    posted_on       date        not null,
    remove_after    date        not null,
    appeal_deadline date        not null,
    kept_at         text        not null,
    posted_at       timestamptz not null default now(),
    check (posted_on >= adjusted_on and posted_on <= adjusted_on + 2),
    check (remove_after >= posted_on + 21),
    check (appeal_deadline = posted_on + 21)
);

-- Expediering: what was sent to whom, when.
create table dispatch (
    id          uuid primary key default gen_random_uuid(),
    decision_id uuid        not null references decision (id),
    recipient   text        not null check (length(recipient) between 1 and 500),
    channel     text        not null check (channel in ('EMAIL', 'POST', 'INTERNAL')),
    address     text check (length(address) <= 500),
    sent_at     timestamptz not null default now(),
    sent_by     text        not null
);
create index dispatch_decision on dispatch (decision_id);

create trigger attendance_audit after insert or update or delete on attendance
    for each row execute function audit_record_change('attendance', 'meeting', 'meeting_id');
create trigger item_recusal_audit after insert or update or delete on item_recusal
    for each row execute function audit_record_change('item_recusal', 'agenda_item', 'item_id');
create trigger decision_audit after insert or update or delete on decision
    for each row execute function audit_record_change('decision', 'meeting', 'meeting_id');
create trigger vote_audit after insert or update or delete on vote
    for each row execute function audit_record_change('vote', 'decision', 'decision_id');
create trigger reservation_audit after insert or update or delete on reservation
    for each row execute function audit_record_change('reservation', 'decision', 'decision_id');
create trigger minutes_signature_audit after insert or update or delete on minutes_signature
    for each row execute function audit_record_change('minutes_signature', 'meeting', 'meeting_id');
create trigger notice_board_posting_audit after insert or update or delete on notice_board_posting
    for each row execute function audit_record_change('notice_board_posting', 'meeting', 'meeting_id');
create trigger dispatch_audit after insert or update or delete on dispatch
    for each row execute function audit_record_change('dispatch', 'decision', 'decision_id');

-- Adjusted minutes are final: once the chair and every adjuster signed, nothing that the minutes record may change —
-- not the meeting, its agenda, attendance, decisions, votes, reservations, jäv or signatures. The use cases refuse
-- first with a sentence; this is the database's own guard for every other path.
create function meetings_adjusted(p_meeting uuid) returns boolean
    language sql stable as
$$
select exists (select 1 from meeting where id = p_meeting and adjusted_at is not null)
$$;

create function meetings_refuse_when_adjusted() returns trigger
    language plpgsql as
$$
declare
    v_row     jsonb := to_jsonb(coalesce(new, old));
    v_old     jsonb := case when tg_op = 'INSERT' then null else to_jsonb(old) end;
    v_meeting uuid;
begin
    if tg_table_name = 'meeting' then
        if old.adjusted_at is not null then
            raise exception 'Protokollet är justerat och kan inte ändras (sammanträde %)', old.id using errcode = 'P0001';
        end if;
        return coalesce(new, old);
    elsif tg_argv[0] = 'meeting' then
        v_meeting := (v_row ->> 'meeting_id')::uuid;
    elsif tg_argv[0] = 'item' then
        select meeting_id into v_meeting from agenda_item where id = (coalesce(v_old, v_row) ->> 'item_id')::uuid;
    elsif tg_argv[0] = 'decision' then
        select meeting_id into v_meeting from decision where id = (coalesce(v_old, v_row) ->> 'decision_id')::uuid;
    end if;
    if meetings_adjusted(v_meeting) or (v_old is not null and meetings_adjusted((v_old ->> 'meeting_id')::uuid)) then
        raise exception 'Protokollet är justerat och kan inte ändras (% i sammanträde %)', tg_table_name, v_meeting using errcode = 'P0001';
    end if;
    return coalesce(new, old);
end
$$;

create trigger meeting_final before update or delete on meeting
    for each row execute function meetings_refuse_when_adjusted('self');
create trigger agenda_item_final before insert or update or delete on agenda_item
    for each row execute function meetings_refuse_when_adjusted('meeting');
create trigger agenda_paper_final before insert or update or delete on agenda_paper
    for each row execute function meetings_refuse_when_adjusted('item');
create trigger meeting_adjuster_final before insert or update or delete on meeting_adjuster
    for each row execute function meetings_refuse_when_adjusted('meeting');
create trigger attendance_final before insert or update or delete on attendance
    for each row execute function meetings_refuse_when_adjusted('meeting');
create trigger item_recusal_final before insert or update or delete on item_recusal
    for each row execute function meetings_refuse_when_adjusted('item');
create trigger decision_final before insert or update or delete on decision
    for each row execute function meetings_refuse_when_adjusted('meeting');
create trigger vote_final before insert or update or delete on vote
    for each row execute function meetings_refuse_when_adjusted('decision');
create trigger reservation_final before insert or update or delete on reservation
    for each row execute function meetings_refuse_when_adjusted('decision');
create trigger minutes_signature_final before insert or update or delete on minutes_signature
    for each row execute function meetings_refuse_when_adjusted('meeting');
create trigger notice_board_posting_final before update or delete on notice_board_posting
    for each row execute function meetings_refuse_when_adjusted('meeting');
