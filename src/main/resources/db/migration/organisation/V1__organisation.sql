-- Organisation: the region, its bodies and administration, Sweden's regions and municipalities with
-- their Kolada ids, comparison groups; the people who work in the product and their roles.

create table org_unit (
    id         uuid primary key default gen_random_uuid(),
    code       text        not null unique,
    kolada_id  text unique,
    name       text        not null,
    short_name text,
    type       text        not null,
    parent_id  uuid references org_unit (id),
    sort_order int         not null default 0,
    source     text,
    version    int         not null default 0,
    updated_at timestamptz not null default now(),
    updated_by text        not null default 'system'
);
create index org_unit_parent on org_unit (parent_id);

create table comparison_group (
    id      uuid primary key default gen_random_uuid(),
    code    text not null unique,
    name    text not null,
    owner_id uuid not null references org_unit (id),
    version int  not null default 0
);

create table comparison_group_member (
    group_id uuid not null references comparison_group (id) on delete cascade,
    unit_id  uuid not null references org_unit (id),
    primary key (group_id, unit_id)
);

create table user_account (
    id            uuid primary key default gen_random_uuid(),
    username      text        not null unique,
    display_name  text        not null,
    password_hash text,
    role          text        not null,
    enabled       boolean     not null default true,
    demo          boolean     not null default false,
    version       int         not null default 0,
    created_at    timestamptz not null default now()
);

-- The organisation units a person works for; the unit and everything under it.
create table user_scope (
    user_id uuid not null references user_account (id) on delete cascade,
    unit_id uuid not null references org_unit (id),
    primary key (user_id, unit_id)
);

create table api_token (
    id          uuid primary key default gen_random_uuid(),
    user_id     uuid        not null references user_account (id) on delete cascade,
    name        text        not null,
    token_hash  text        not null unique,
    created_at  timestamptz not null default now(),
    revoked     boolean     not null default false
);

create trigger org_unit_audit after insert or update or delete on org_unit
    for each row execute function audit_record_change('org_unit');
create trigger comparison_group_audit after insert or update or delete on comparison_group
    for each row execute function audit_record_change('comparison_group');
create trigger comparison_group_member_audit after insert or update or delete on comparison_group_member
    for each row execute function audit_record_change('comparison_group_member', 'comparison_group', 'group_id');
create trigger user_account_audit after insert or update or delete on user_account
    for each row execute function audit_record_change('user_account');
create trigger user_scope_audit after insert or update or delete on user_scope
    for each row execute function audit_record_change('user_scope', 'user_account', 'user_id');
create trigger api_token_audit after insert or update or delete on api_token
    for each row execute function audit_record_change('api_token', 'user_account', 'user_id');
