-- Statistics come by quarter as well (SCB and SSB "2022K1", Statistics Finland "2022Q1") and by half year ("2022H1"):
-- stored as "2022-K1" and "2022-H1" (followup.measures.Period), of the period types QUARTER and HALF_YEAR.
alter table indicator_value drop constraint indicator_value_period_type_check;
alter table indicator_value add constraint indicator_value_period_type_check
    check (period_type in ('YEAR', 'TERTIAL', 'MONTH', 'QUARTER', 'HALF_YEAR'));
