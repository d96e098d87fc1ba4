-- A body's economy in its follow-up report (and in the region-wide annual report, once per body) is read by
-- area and year: which of the body's units carry figures of the year, then those units' budget, outcome and
-- forecast. The unique keys lead with the year (and month), so without these every such lookup walked all of
-- the year's rows of the country (bench/: 110 000 outcome rows a year at full scale, ~70 ms per body).
create index econ_budget_area on econ_budget (area_id, year);
create index econ_outcome_area on econ_outcome (area_id, year);
create index econ_forecast_area on econ_forecast (area_id, year);
