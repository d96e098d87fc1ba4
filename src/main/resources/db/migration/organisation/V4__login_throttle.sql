-- Every failed, throttled and successful password login and every throttle an administrator lifted, appended and never
-- changed: the login throttle counts from it (so every instance of the product counts together) and it is the audit of
-- sign-ins (OWASP ASVS 2.2.1, 7.1.3). The name is kept as typed (lower case, at most 100 characters), whether or not an
-- account has it: the throttle must answer alike for names that exist and names that do not. No change counter: no kept
-- page shows it (the administrators' page of throttles is read fresh), and an attack must not make every kept page
-- that shows accounts render anew at each guess (ChangeCounterCoverageTest says so).
create table login_attempt (
    id        bigint generated always as identity primary key,
    at        timestamptz not null default now(),
    username  text        not null check (length(username) <= 100),
    source    text        not null check (length(source) <= 100),
    outcome   text        not null check (outcome in ('FAILED', 'THROTTLED', 'SUCCEEDED', 'LIFTED')),
    lifted_by text
);
create index login_attempt_name_source on login_attempt (username, source, at);
create index login_attempt_source on login_attempt (source, at);
create index login_attempt_at on login_attempt (at);
