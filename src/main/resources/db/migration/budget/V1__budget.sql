-- Budget: the budget tables of a plan exactly as the document prints them, and the frame (ramanslag) with
-- its uprating and the resource allocation model.
--
-- A table is one aggregate (budget_table with its columns, rows, cells and savings groups): it is saved
-- whole and carries the version that optimistic locking checks. Values are exact decimals in the table's
-- unit (157,1 mnkr = 157.1), never floating point; `decimals` is the printed precision (it tells the
-- checker what rounding to tolerate) and `printed` the string as the document shows it ("75 00").

create table budget_table (
    id           uuid primary key default gen_random_uuid(),
    plan_id      uuid        not null references plan (id),
    position     int         not null,
    kind         text        not null check (kind in ('INCOME_STATEMENT', 'OPERATING', 'CAPITAL', 'KEY_RATIOS', 'SAVINGS',
                                                      'ALLOCATION', 'GRANTS_TO_ORGANISATIONS', 'FRAME', 'OTHER')),
    title        text        not null,
    section      text,
    unit         text        not null,
    decimals     int         not null default 1 check (decimals between 0 and 6),
    source_lines text,
    from_prose   boolean     not null default false,
    project      text,
    grant_terms  text,
    notes        text,
    version      int         not null default 0,
    updated_at   timestamptz not null default now(),
    updated_by   text        not null default 'system',
    unique (plan_id, position)
);
create index budget_table_plan on budget_table (plan_id);

create table budget_column (
    id       uuid primary key default gen_random_uuid(),
    table_id uuid not null references budget_table (id) on delete cascade,
    position int  not null,
    label    text not null,
    -- VALUE, TOTAL (the row's sum of the VALUE columns), TURNOVER, FRAME (operating budget sub-columns), REDUCTION
    role     text not null default 'VALUE',
    -- the period a column belongs to ("Budget 2023"), so the same quantity can be found in another table
    period   text,
    unique (table_id, position)
);

create table budget_row (
    id               uuid primary key default gen_random_uuid(),
    table_id         uuid    not null references budget_table (id) on delete cascade,
    position         int     not null,
    label            text    not null,
    heading          boolean not null default false,
    total            boolean not null default false,
    -- "…, varav": a subtotal whose children listed under it are only a part of it
    varav            boolean not null default false,
    parent_id        uuid references budget_row (id) on delete cascade,
    role             text    not null default 'NONE',
    -- which rows a total adds up: GROUP (the lines since the previous total), RUNNING (everything above not yet
    -- summed, e.g. Resultat = nettokostnader + finansnetto), BELOW (a total printed above its lines)
    sum_scope        text,
    line_group       text,
    consequence      text,
    ambiguous_column boolean not null default false,
    source_line      int,
    printed_text     text,
    unique (table_id, position)
);
create index budget_row_table on budget_row (table_id);

create table budget_cell (
    id              uuid primary key default gen_random_uuid(),
    table_id        uuid    not null references budget_table (id) on delete cascade,
    row_id          uuid    not null references budget_row (id) on delete cascade,
    column_position int     not null,
    value           numeric(24, 6),
    decimals        int     not null default 0,
    unit            text,
    printed         text    not null default '',
    unique (row_id, column_position)
);
create index budget_cell_table on budget_cell (table_id);

-- Savings measures come in groups (Externa anslag/bidrag, Medlemskap, …) with the measure and its consequence.
create table budget_savings_group (
    id           uuid primary key default gen_random_uuid(),
    table_id     uuid not null references budget_table (id) on delete cascade,
    position     int  not null,
    name         text not null,
    measure      text,
    consequence  text,
    source_lines text,
    unique (table_id, position)
);

-- The frame (ramanslag netto) a body receives for a plan year, its uprating by index and the allocation
-- model's parameters. Amounts in kronor (exact, öre precision); percentages as printed.
create table budget_frame (
    id                         uuid primary key default gen_random_uuid(),
    plan_id                    uuid        not null unique references plan (id),
    net_frame_kr               numeric(18, 2),
    previous_net_frame_kr      numeric(18, 2),
    index_percent              numeric(8, 3),
    index_amount_kr            numeric(18, 2),
    salary_percent             numeric(8, 3),
    salary_amount_kr           numeric(18, 2),
    po_percent                 numeric(8, 3),
    po_amount_kr               numeric(18, 2),
    price_percent              numeric(8, 3),
    price_amount_kr            numeric(18, 2),
    hours_per_fte              numeric(8, 2),
    sick_pay_percent           numeric(8, 3),
    general_reduction          boolean,
    note                       text,
    source                     text,
    version                    int         not null default 0,
    updated_at                 timestamptz not null default now(),
    updated_by                 text        not null default 'system'
);

-- Reductions and additions to the frame, each with its reason ("extra tillskott … energisystem").
create table budget_frame_change (
    id        uuid primary key default gen_random_uuid(),
    frame_id  uuid        not null references budget_frame (id) on delete cascade,
    position  int         not null,
    amount_kr numeric(18, 2) not null,
    reason    text        not null,
    area_id   uuid references org_unit (id),
    source    text,
    created_at timestamptz not null default now(),
    created_by text       not null default 'system'
);

-- Per-FTE allowances (schablon, resor och konferens, utbildning, övrigt) and central reserves.
create table budget_allowance (
    id         uuid primary key default gen_random_uuid(),
    frame_id   uuid not null references budget_frame (id) on delete cascade,
    position   int  not null,
    name       text not null,
    kr_per_fte numeric(18, 2) not null,
    unique (frame_id, position)
);

create table budget_reserve (
    id        uuid primary key default gen_random_uuid(),
    frame_id  uuid not null references budget_frame (id) on delete cascade,
    position  int  not null,
    name      text not null,
    amount_kr numeric(18, 2) not null,
    unique (frame_id, position)
);

-- The inputs a controller enters per area: FTEs, project-financed hours and last year's frame.
-- example_data marks figures that are NOT from a document (labelled "exempeldata" everywhere).
create table budget_allocation_area (
    id                 uuid primary key default gen_random_uuid(),
    frame_id           uuid    not null references budget_frame (id) on delete cascade,
    area_id            uuid    not null references org_unit (id),
    position           int     not null,
    fte                numeric(10, 2) not null default 0,
    project_hours      numeric(12, 2) not null default 0,
    previous_frame_kr  numeric(18, 2) not null default 0,
    example_data       boolean not null default false,
    unique (frame_id, area_id)
);

create trigger budget_table_audit after insert or update or delete on budget_table
    for each row execute function audit_record_change('budget_table');
create trigger budget_column_audit after insert or update or delete on budget_column
    for each row execute function audit_record_change('budget_column', 'budget_table', 'table_id');
create trigger budget_row_audit after insert or update or delete on budget_row
    for each row execute function audit_record_change('budget_row', 'budget_table', 'table_id');
create trigger budget_cell_audit after insert or update or delete on budget_cell
    for each row execute function audit_record_change('budget_cell', 'budget_table', 'table_id');
create trigger budget_savings_group_audit after insert or update or delete on budget_savings_group
    for each row execute function audit_record_change('budget_savings_group', 'budget_table', 'table_id');
create trigger budget_frame_audit after insert or update or delete on budget_frame
    for each row execute function audit_record_change('budget_frame');
create trigger budget_frame_change_audit after insert or update or delete on budget_frame_change
    for each row execute function audit_record_change('budget_frame_change', 'budget_frame', 'frame_id');
create trigger budget_allowance_audit after insert or update or delete on budget_allowance
    for each row execute function audit_record_change('budget_allowance', 'budget_frame', 'frame_id');
create trigger budget_reserve_audit after insert or update or delete on budget_reserve
    for each row execute function audit_record_change('budget_reserve', 'budget_frame', 'frame_id');
create trigger budget_allocation_area_audit after insert or update or delete on budget_allocation_area
    for each row execute function audit_record_change('budget_allocation_area', 'budget_frame', 'frame_id');
