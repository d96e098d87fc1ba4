-- The stamp (change counters of planning, budget and organisation) the economy's copies of the decided budgets were last
-- brought in line from: a start with nothing changed reads no budget again. Without it every start read every decided
-- plan's tables (9 450 plans at bench SCALE 0.02, 20 s of CPU beside the first requests).
create table econ_decided_stamp (
    id    boolean primary key default true check (id),
    stamp text    not null
);
select change_counter_attach('followup', 'econ_decided_stamp');
