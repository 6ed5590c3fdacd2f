-- bench/complaints: the plans of the statements the bench exercises, on the seeded data (psql, role
-- complaint_service, database complaint; see README.md). Run it on a quiet machine: EXPLAIN ANALYZE times are
-- as noisy as the machine. Nothing is changed (the sweep's part runs in a transaction that is rolled back).
\timing off
\echo '== public list, first page (PublicComplaintsSql, keyset on complaint_mpp_recent)'
explain (analyze, buffers, costs off)
select c.* from complaint c
where c.mpp_code = 'kota-jambi' and (c.submitted_at, c.tracking_id) < ('9999-12-31T00:00:00Z', '~')
  and not c.confidential and c.status not in ('ARCHIVED', 'REJECTED')
order by c.submitted_at desc, c.tracking_id desc limit 21;

\echo '== public list, a page 80 days deep'
explain (analyze, buffers, costs off)
select c.* from complaint c
where c.mpp_code = 'kota-jambi' and (c.submitted_at, c.tracking_id) < (now() - interval '80 days', '~')
  and not c.confidential and c.status not in ('ARCHIVED', 'REJECTED')
order by c.submitted_at desc, c.tracking_id desc limit 21;

\echo '== Open311 requests.json, default window (ServiceRequestRows.RECENT, 1,000 rows)'
explain (analyze, buffers, costs off)
select c.* from complaint c
where c.mpp_code = 'kota-jambi' and c.submitted_at >= now() - interval '90 days' and c.submitted_at < now()
  and c.confidential = false
  and c.status in ('SUBMITTED', 'VERIFIED', 'DISPOSITIONED', 'IN_PROGRESS', 'RESPONDED', 'CLOSED', 'POSTPONED')
order by c.submitted_at desc, c.tracking_id desc
offset 0 rows fetch first 1000 rows only;

\echo '== Open311 requests.json?service_code=paspor-baru (RECENT_OF_SERVICE)'
explain (analyze, buffers, costs off)
select c.* from complaint c
where c.mpp_code = 'kota-jambi' and c.submitted_at >= now() - interval '90 days' and c.submitted_at < now()
  and c.confidential = false
  and c.status in ('SUBMITTED', 'VERIFIED', 'DISPOSITIONED', 'IN_PROGRESS', 'RESPONDED', 'CLOSED', 'POSTPONED')
  and c.service_code = 'paspor-baru'
order by c.submitted_at desc, c.tracking_id desc
offset 0 rows fetch first 1000 rows only;

\echo '== Open311 requests.json?status=open'
explain (analyze, buffers, costs off)
select c.* from complaint c
where c.mpp_code = 'kota-jambi' and c.submitted_at >= now() - interval '90 days' and c.submitted_at < now()
  and c.confidential = false
  and c.status in ('SUBMITTED', 'VERIFIED', 'DISPOSITIONED', 'IN_PROGRESS', 'RESPONDED', 'POSTPONED')
order by c.submitted_at desc, c.tracking_id desc
offset 0 rows fetch first 1000 rows only;

\echo '== Open311: latest noted step of 1,000 complaints (ServiceRequestRows.LATEST_NOTES)'
explain (analyze, buffers, costs off)
select h.* from complaint_history h
where h.tracking_id in (select tracking_id from complaint order by submitted_at desc limit 1000)
  and h.id = (select max(l.id) from complaint_history l
              where l.tracking_id = h.tracking_id and l.action in ('RESPOND', 'POSTPONE') and l.note is not null);

\echo '== the deadline sweep, half-way through 100,000 due complaints (DueComplaints.BREACHED; rolled back)'
\echo '   (the sweep works in due_at order: the half already announced is the half due longest)'
begin;
update complaint c set status = 'SUBMITTED', due_stage = 'VERIFICATION', due_at = now() - interval '1 second' * s.n,
       breached_stage = case when s.n > 50000 then 'VERIFICATION' end
from (select tracking_id, row_number() over (order by tracking_id) n from complaint order by tracking_id
      limit 100000) s
where c.tracking_id = s.tracking_id;
explain (analyze, buffers, costs off)
select * from complaint
where due_at <= now() and due_stage in ('VERIFICATION', 'DISPOSITION', 'FOLLOW_UP')
  and (breached_stage is null or breached_stage <> due_stage)
order by due_at
limit 500
for update skip locked;
rollback;
