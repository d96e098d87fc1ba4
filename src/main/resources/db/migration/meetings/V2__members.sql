-- Each body's members (ledamöter) and substitutes (ersättare), with party and term. A member who signs the minutes
-- in the product is linked to their account by username (the account decides who they are, not a permission).
create table body_member (
    id          uuid primary key default gen_random_uuid(),
    body_id     uuid        not null references org_unit (id),
    name        text        not null check (length(name) between 1 and 200),
    party       text check (length(party) <= 40),
    role        text        not null check (role in ('MEMBER', 'SUBSTITUTE')),
    -- ordförande, 1:e vice ordförande … (null for the others)
    position    text check (position in ('CHAIR', 'FIRST_VICE_CHAIR', 'SECOND_VICE_CHAIR')),
    term_from   date        not null,
    term_to     date        not null,
    email       text check (length(email) <= 254),
    username    text check (length(username) <= 100),
    sort_order  int         not null default 0,
    source      text,
    exempeldata boolean     not null default false,
    version     int         not null default 0,
    updated_at  timestamptz not null default now(),
    updated_by  text        not null default 'system',
    check (term_to >= term_from),
    check (position is null or role = 'MEMBER')
);
create index body_member_body on body_member (body_id, role, sort_order);

create trigger body_member_audit after insert or update or delete on body_member
    for each row execute function audit_record_change('body_member');
