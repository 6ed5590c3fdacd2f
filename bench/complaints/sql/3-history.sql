-- bench/complaints seed, table 3 of 3: the SUBMIT step of every complaint without history (the seeded ones), in one
-- statement, as the intake writes it.
insert into complaint_history (tracking_id, at, action, from_status, to_status, actor_role, actor_id, agency_code, note)
select c.tracking_id, c.submitted_at, 'SUBMIT', null, 'SUBMITTED',
       case when c.channel = 'DESK' then 'AGENCY_STAFF' else 'REPORTER' end, null, c.agency_code,
       'channel ' || c.channel
from complaint c
where not exists (select 1 from complaint_history h where h.tracking_id = c.tracking_id)
