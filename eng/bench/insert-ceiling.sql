-- pgbench script of `./ops bench`: the insert ceiling, one transaction per run of this script. A single-row jsonb
-- insert with a payload unique per transaction and about the size of a supplier's registration.
insert into bench_supplier (id, data)
select gen_random_uuid(), jsonb_build_object(
  'name', 'Bench supplier ' || n,
  'contact', jsonb_build_object('person', 'Sales desk', 'email', 'sales-' || n || '@bench.example', 'phone', '+86 755 0000 0000'),
  'country', 'CN',
  'monthlyCapacityUnits', 1000 + n % 9000,
  'documents', '[]'::jsonb)
from (select nextval('bench_supplier_seq') as n) next;
