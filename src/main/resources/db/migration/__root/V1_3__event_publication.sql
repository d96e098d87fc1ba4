-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc, for PostgreSQL). An event
-- one module publishes to another is written here in the publisher's transaction, before any listener runs; a
-- listener that completes marks it done, one that fails (or a product that dies in between) leaves it outstanding,
-- and it is published again at the next start (spring.modulith.events.republish-outstanding-events-on-restart).
-- So "the plan became decided when the minutes were adjusted" cannot be lost between two modules.
create table event_publication (
    id                     uuid primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
