-- Indicator values arrive by the hundred thousand (Kolada imports): their INSERTs are recorded in the audit trail
-- per statement (audit_record_inserts, same entries), their updates and deletes per row as before.
drop trigger indicator_value_audit on indicator_value;
create trigger indicator_value_audit after update or delete on indicator_value
    for each row execute function audit_record_change('indicator_value', 'measure', 'measure_id');
create trigger indicator_value_audit_insert after insert on indicator_value
    referencing new table as new_rows
    for each statement execute function audit_record_inserts('indicator_value', 'measure', 'measure_id');
