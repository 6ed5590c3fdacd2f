-- Access rights of agency systems (issue 20, X-Road's per member): what each agency's system at an MPP may call
-- (OPERATION: "METHOD /api/v1/path/{template}" as the OpenAPI document spells it) and which event types it may
-- receive (EVENT_TYPE: a CloudEvents type). Default deny: no row, no access. The MPP admin manages them
-- (/api/v1/mpps/{mpp}/agency-grants); the gateway holds them all in memory (app/grants/AgencyGrants).
create table agency_grant (
    mpp_code    text        not null,
    agency_code text        not null,
    kind        text        not null check (kind in ('OPERATION', 'EVENT_TYPE')),
    name        text        not null,
    granted_by  text        not null,
    granted_at  timestamptz not null,
    primary key (mpp_code, agency_code, kind, name)
);

-- Demo grants of MPP kota-jambi: the systems of imigrasi (SIMKIM), dukcapil and dpmptsp (OSS) read what a visit's
-- agencies see (identity verification, applications, NIB check), their own message log entries, and work the
-- complaints dispositioned to their agency; they receive the agency exchanges' events and the tickets' events.
insert into agency_grant (mpp_code, agency_code, kind, name, granted_by, granted_at)
select 'kota-jambi', agency.code, grant_of.kind, grant_of.name, 'seed', now()
from (values ('imigrasi'), ('dukcapil'), ('dpmptsp')) as agency (code)
cross join (values
    ('OPERATION', 'GET /api/v1/visits/{visitId}/identity-verification'),
    ('OPERATION', 'GET /api/v1/visits/{visitId}/applications'),
    ('OPERATION', 'GET /api/v1/visits/{visitId}/business-check'),
    ('OPERATION', 'GET /api/v1/message-log'),
    ('OPERATION', 'GET /api/v1/message-log/{seq}'),
    ('OPERATION', 'GET /api/v1/complaints'),
    ('OPERATION', 'POST /api/v1/complaints/{trackingId}/start'),
    ('OPERATION', 'POST /api/v1/complaints/{trackingId}/respond'),
    ('OPERATION', 'POST /api/v1/complaints/{trackingId}/not-our-authority'),
    ('EVENT_TYPE', 'id.go.mpp.agency.identity-verified.v1'),
    ('EVENT_TYPE', 'id.go.mpp.agency.check-completed.v1'),
    ('EVENT_TYPE', 'id.go.mpp.agency.request-dead-lettered.v1'),
    ('EVENT_TYPE', 'id.go.mpp.agency.application-created.v1'),
    ('EVENT_TYPE', 'id.go.mpp.agency.application-status-changed.v1'),
    ('EVENT_TYPE', 'id.go.mpp.agency.business-identity-checked.v1'),
    ('EVENT_TYPE', 'id.go.mpp.agency.licence-status-changed.v1'),
    ('EVENT_TYPE', 'id.go.mpp.queue.ticket-issued.v1'),
    ('EVENT_TYPE', 'id.go.mpp.queue.ticket-checked-in.v1'),
    ('EVENT_TYPE', 'id.go.mpp.queue.ticket-called.v1'),
    ('EVENT_TYPE', 'id.go.mpp.queue.ticket-recalled.v1'),
    ('EVENT_TYPE', 'id.go.mpp.queue.ticket-no-show.v1'),
    ('EVENT_TYPE', 'id.go.mpp.queue.ticket-parked.v1'),
    ('EVENT_TYPE', 'id.go.mpp.queue.ticket-returned-to-queue.v1'),
    ('EVENT_TYPE', 'id.go.mpp.queue.ticket-priority-confirmed.v1'),
    ('EVENT_TYPE', 'id.go.mpp.queue.service-started.v1'),
    ('EVENT_TYPE', 'id.go.mpp.queue.ticket-completed.v1'),
    ('EVENT_TYPE', 'id.go.mpp.queue.ticket-transferred.v1')
) as grant_of (kind, name);
