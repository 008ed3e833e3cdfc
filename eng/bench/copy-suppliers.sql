-- ./ops bench: fills the suppliers' read model up to :total rows with copies of the suppliers registered through
-- the API (registering 100k through the API would take longer than the whole bench). Only the read model is
-- copied, not the event streams: the list page and the KPIs query this table, and reads by id use the originals.
-- Copies get new ids and names and a grade spread over A–D and ungraded, so sorting and grouping see varied data.
\set ON_ERROR_STOP on
-- The columns beside the document (the grade and the delivery counts, duplicated for the KPIs) follow the copy.
insert into selection.mt_doc_supplierdetails
  (id, data, mt_last_modified, mt_dotnet_type, mt_version, grade, deliveriescount, deliverieson_time_count)
select copy.id,
       original.data || jsonb_build_object(
         'id', copy.id,
         'name', 'Bench copy ' || lpad(copy.n::text, 6, '0') || ' of ' || (original.data ->> 'name'),
         'grade', copy.grade,
         'status', case when copy.n % 5 = 4 then 'Registered' else 'Evaluated' end),
       original.mt_last_modified, original.mt_dotnet_type, original.mt_version,
       copy.grade, original.deliveriescount, original.deliverieson_time_count
from (select gen_random_uuid() as id, n, (array['A', 'B', 'C', 'D', null])[1 + n % 5] as grade
      from generate_series(1, :total - (select count(*) from selection.mt_doc_supplierdetails)) n) copy
join (select row_number() over (order by id) - 1 as k, d.*
      from selection.mt_doc_supplierdetails d) original
  on original.k = copy.n % (select count(*) from selection.mt_doc_supplierdetails);
-- As a table that grew over time would be: statistics for the planner, visibility map for index-only scans.
vacuum analyze selection.mt_doc_supplierdetails;
select count(*) as suppliers from selection.mt_doc_supplierdetails;
