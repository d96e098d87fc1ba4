-- Lookups by lineage that the röd tråd does on every view ("what serves this goal", "which plans address it").
-- The primary keys lead with the item or plan, so without these a nationwide database scans every link
-- (bench/: 280 000 item links at full scale).
create index plan_item_link_lineage on plan_item_link (lineage_id);
create index plan_link_lineage on plan_link (lineage_id);
