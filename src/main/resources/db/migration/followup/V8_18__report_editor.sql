-- The report editor (issue 18 item 5): each goal's section is written and saved on its own under its own version,
-- has an assigned writer (a unit, and the person there who writes it), and a text carried over from the previous
-- report stays marked as copied (copied_from names that report) until someone edits or confirms it. The report
-- itself gets the day its texts are due, which the writers' start pages show.
alter table follow_report add column due_date date;
alter table follow_report add column summary_copied_from uuid references follow_report (id);
alter table follow_report_goal add column copied_from uuid references follow_report (id);
alter table follow_report_goal add column writer_unit_id uuid references org_unit (id);
alter table follow_report_goal add column writer_name text check (length(writer_name) <= 200);
create index follow_report_goal_writer on follow_report_goal (writer_unit_id) where writer_unit_id is not null;

-- What the demo and earlier versions carried over is marked the same way: a draft's texts equal to its previous
-- report's are copies nobody has looked at yet.
update follow_report r set summary_copied_from = r.previous_id
 where r.status = 'DRAFT' and r.previous_id is not null and r.summary is not null
   and r.summary = (select p.summary from follow_report p where p.id = r.previous_id);
update follow_report_goal g set copied_from = r.previous_id
  from follow_report r
 where r.id = g.report_id and r.status = 'DRAFT' and r.previous_id is not null
   and exists (select 1 from follow_report_goal p where p.report_id = r.previous_id and p.goal = g.goal
                 and p.analysis is not distinct from g.analysis and p.status is not distinct from g.status);
