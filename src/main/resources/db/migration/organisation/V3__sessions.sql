-- Sessions in PostgreSQL (Spring Session JDBC, its schema for PostgreSQL): every instance of the product behind a load
-- balancer sees the same sign-ins, so a person who signs in on one continues on another (README, "Several instances").
-- No audit and no change counter: a session is no content of any page (ChangeCounterCoverageTest lists why).
-- Unlogged: every request of a signed-in person writes its session's last access, and a logged write waits for the
-- disk at each commit — that made every request, a static file included, ~6 ms slower (bench: a static file through
-- the product 2 420 → 152 req/s at 10 clients). An unlogged table's commit does not wait; after a crash of PostgreSQL
-- the sessions are gone and people sign in again, and a read replica has none (it serves anonymous reads only).
create unlogged table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create unlogged table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
