-- The transcribed prose of the plan documents (demo/documents/<plan>.yaml), one row per section, so that search finds
-- what the documents say between their goals ("kollektivtrafik" stands only in RTN 2023's text). The files ship with
-- the product; PlanTextIndex writes a plan's rows anew when its file differs from what is stored.
create table plan_text_section (
    plan_key   text        not null,
    position   int         not null,
    number     text,
    heading    text        not null,
    text       text        not null,
    primary key (plan_key, position)
);
create index plan_text_section_search on plan_text_section
    using gin (to_tsvector('swedish', coalesce(number, '') || ' ' || heading || ' ' || text));
select change_counter_attach('documents', 'plan_text_section');
