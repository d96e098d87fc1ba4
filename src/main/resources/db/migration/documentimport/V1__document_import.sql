-- Document import: an uploaded plan or meeting notice as read (its lines with their pages) and the structure
-- proposed from it, kept until a person confirms it (the plan or meeting is then made through the owning modules'
-- use cases) or drops it. The proposal is one aggregate: document_import with its items, guarded by its version;
-- each item carries a version too, so a correction made from a stale page is refused with what is there now.

create table document_import (
    id                  uuid primary key default gen_random_uuid(),
    kind                text        not null check (kind in ('PLAN', 'NOTICE')),
    body_id             uuid        not null,
    file_name           text        not null,
    format              text        not null check (format in ('PDF', 'DOCX', 'TEXT')),
    pages               int         not null,
    status              text        not null default 'DRAFT' check (status in ('DRAFT', 'CONFIRMED', 'DROPPED')),
    title               text,
    year                int,
    meeting_date        date,
    adjustment_deadline date,
    warnings            jsonb       not null default '[]',
    result_id           uuid,
    result              jsonb,
    version             int         not null default 0,
    created_at          timestamptz not null default now(),
    created_by          text        not null,
    updated_at          timestamptz not null default now(),
    updated_by          text        not null
);
create index document_import_body on document_import (body_id, created_at desc);

-- The document's text as read, for the review page's left side. Written once at upload and never changed, so it
-- carries no version; what is audited is the import and its items (the lines of a 140-page plan are thousands).
create table document_import_line (
    import_id uuid not null references document_import (id) on delete cascade,
    position  int  not null,
    page      int  not null,
    number    int  not null,
    text      text not null,
    primary key (import_id, position)
);

create table document_import_item (
    id                 uuid primary key default gen_random_uuid(),
    import_id          uuid        not null references document_import (id) on delete cascade,
    position           int         not null,
    type               text        not null check (type in ('PERSPECTIVE', 'GOAL', 'INDICATOR', 'ASSIGNMENT', 'STRATEGY', 'TABLE',
                                                            'RISK', 'AGENDA_ITEM')),
    kind               text,
    number             text,
    text               text        not null,
    tag                text,
    issuer             text,
    assignee           text,
    heading            text,
    section            text,
    parent_id          uuid references document_import_item (id) on delete set null,
    page               int         not null,
    first_line         int         not null,
    last_line          int         not null,
    confidence         int         not null check (confidence between 0 and 100),
    reason             text,
    target             jsonb,
    additional_targets jsonb,
    target_reason      text,
    details            jsonb,
    -- PROPOSED as read; ACCEPTED by a person as it is; CORRECTED by a person; DROPPED: not to be created
    status             text        not null default 'PROPOSED' check (status in ('PROPOSED', 'ACCEPTED', 'CORRECTED', 'DROPPED')),
    version            int         not null default 0,
    updated_at         timestamptz not null default now(),
    updated_by         text        not null,
    unique (import_id, position) deferrable initially deferred
);
create index document_import_item_import on document_import_item (import_id, position);

create trigger document_import_audit after insert or update or delete on document_import
    for each row execute function audit_record_change('document_import', 'document_import', 'id');
create trigger document_import_item_audit after insert or update or delete on document_import_item
    for each row execute function audit_record_change('document_import_item', 'document_import', 'import_id');

-- the module's change counter (root V1_4): kept pages see an import's progress
select change_counter_attach('documentimport', 'document_import', 'document_import_line', 'document_import_item');
