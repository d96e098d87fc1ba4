-- Which state of each plan its followed indicators were built from: planning's content stamp of the plan (its header's
-- version and its items' count, versions and last change) with the indicator links' own stamp. At a start only the
-- plans whose stamp differs are followed again — a restart on a nationwide dataset no longer rebuilds 100 000
-- followed indicators that are already as their plans say.
create table followed_plan (
    plan_id    uuid primary key,
    stamp      text        not null,
    updated_at timestamptz not null default now()
);
select change_counter_attach('followup', 'followed_plan');
