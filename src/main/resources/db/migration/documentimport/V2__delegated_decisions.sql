-- A notice's report of delegated decisions (KL 6 kap. 40 §): each row of its table is proposed as a delegated decision,
-- reviewed with the agenda and recorded through the meetings module's use case when the import is confirmed (issue 20, item 4).
alter table document_import_item drop constraint document_import_item_type_check;
alter table document_import_item add constraint document_import_item_type_check
    check (type in ('PERSPECTIVE', 'GOAL', 'INDICATOR', 'ASSIGNMENT', 'STRATEGY', 'TABLE', 'RISK', 'AGENDA_ITEM', 'DELEGATED_DECISION'));
