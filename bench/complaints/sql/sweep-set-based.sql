-- bench/complaints: what PostgreSQL needs for the deadline sweep's writes when each batch of 500 is one statement
-- (the proposal in README.md), on the seeded data: 100,000 complaints made overdue, then batches of
-- claim (for update skip locked) + escalation rows + breached_stage + two outbox rows per complaint, until none is
-- left. All in one transaction that is ROLLED BACK (no event is published, nothing changes): a ceiling, without the
-- 200 commits of the real thing. psql, role complaint_service, database complaint; run it on a quiet machine.
\timing on
begin;
update complaint c set status = 'SUBMITTED', postponed_from = null, due_stage = 'VERIFICATION',
       due_at = now() - interval '1 second' * (1 + floor(random() * 5 * 86400)), breached_stage = null
from (select tracking_id from complaint order by tracking_id limit 100000) s
where c.tracking_id = s.tracking_id;
do $$
declare
    n int;
    total int := 0;
    started timestamptz := clock_timestamp();
begin
    loop
        with due as (
            select tracking_id, mpp_code, assigned_agency, due_stage, due_at from complaint
            where due_at <= now() and due_stage in ('VERIFICATION', 'DISPOSITION', 'FOLLOW_UP')
              and (breached_stage is null or breached_stage <> due_stage)
            order by due_at
            limit 500
            for update skip locked
        ), escalated as (
            insert into escalation (tracking_id, mpp_code, agency_code, stage, due_at, escalated_at)
            select tracking_id, mpp_code, assigned_agency, due_stage, due_at, clock_timestamp() from due
            returning tracking_id
        ), marked as (
            update complaint c set breached_stage = d.due_stage from due d where c.tracking_id = d.tracking_id
            returning c.tracking_id
        ), events as (
            insert into outbox_event (event_id, topic, aggregate_id, event_type, subject, payload, occurred_at)
            select gen_random_uuid(), 'sinergi.complaint.events.v1', d.tracking_id, t.type, d.tracking_id,
                   jsonb_build_object('trackingId', d.tracking_id, 'mppCode', d.mpp_code, 'stage', d.due_stage,
                                      'dueAt', d.due_at, 'at', now()), now()
            from due d cross join (values ('id.go.mpp.complaint.deadline-breached.v1'),
                                          ('id.go.mpp.complaint.escalated.v1')) t(type)
            returning 1
        )
        select count(*) into n from marked;
        total := total + n;
        exit when n < 500;
    end loop;
    raise notice 'set-based sweep: % complaints in % batches, %', total, total / 500 + 1, clock_timestamp() - started;
end $$;
rollback;
