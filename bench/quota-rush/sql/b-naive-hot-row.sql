-- (b) Ceiling of the naive design: one hot quota row per service-day (UPDATE ... SET used = used + 1 WHERE ...
-- AND used < cap; cap is huge so it never refuses), then the same booking insert and outbox insert as (a), in one
-- transaction. Every booking of the day serialises on that row's lock until its transaction commits.
--
-- Variables given by the bench with -D: mpp, svc, agency (text), first_day (yyyy-mm-dd), slots.
\set b1 random(1, 9223372036854775806)
\set b2 random(1, 9223372036854775806)
\set v1 random(1, 9223372036854775806)
\set v2 random(1, 9223372036854775806)
\set e1 random(1, 9223372036854775806)
\set e2 random(1, 9223372036854775806)
\set citizen random(1, 1000000000000)
\set slot random(0, :slots - 1)
BEGIN;
UPDATE quota SET used = used + 1 WHERE mpp_code = :mpp AND service_code = :svc AND service_date = :first_day::date AND used < cap;
INSERT INTO booking (id, code, visit_id, mpp_code, agency_code, service_code, citizen_id, service_date, slot_start, slot_end, slot_starts_at, slot_ends_at, status, reschedules, created_at, confirm_by, confirmed_at, closed_at, ticket_id, version) VALUES ((lpad(to_hex(:b1::bigint), 16, '0') || lpad(to_hex(:b2::bigint), 16, '0'))::uuid, 'BK-' || upper(to_hex(:b1::bigint)), (lpad(to_hex(:v1::bigint), 16, '0') || lpad(to_hex(:v2::bigint), 16, '0'))::uuid, :mpp, :agency, :svc, 'bench-' || :citizen::text, :first_day::date, time '08:00' + make_interval(hours => :slot::int), time '09:00' + make_interval(hours => :slot::int), (:first_day::date + time '08:00' + make_interval(hours => :slot::int)) AT TIME ZONE 'Asia/Jakarta', (:first_day::date + time '09:00' + make_interval(hours => :slot::int)) AT TIME ZONE 'Asia/Jakarta', 'PENDING', 0, now(), now() + interval '1 day', NULL, NULL, NULL, 0);
INSERT INTO outbox_event (event_id, topic, aggregate_id, event_type, subject, payload, occurred_at) VALUES ((lpad(to_hex(:e1::bigint), 16, '0') || lpad(to_hex(:e2::bigint), 16, '0'))::uuid, 'sinergi.queue.visits.v1', (lpad(to_hex(:v1::bigint), 16, '0') || lpad(to_hex(:v2::bigint), 16, '0')), 'id.go.mpp.queue.booking-created.v1', (lpad(to_hex(:b1::bigint), 16, '0') || lpad(to_hex(:b2::bigint), 16, '0')), cast(cast(json_build_object('visitId', (lpad(to_hex(:v1::bigint), 16, '0') || lpad(to_hex(:v2::bigint), 16, '0'))::uuid, 'bookingId', (lpad(to_hex(:b1::bigint), 16, '0') || lpad(to_hex(:b2::bigint), 16, '0'))::uuid, 'bookingCode', 'BK-' || upper(to_hex(:b1::bigint)), 'mppCode', :mpp::text, 'agencyCode', :agency::text, 'serviceCode', :svc::text, 'citizenId', 'bench-' || :citizen::text || '-0000-0000-0000-00000000', 'serviceDate', :first_day::date, 'slotStartsAt', (:first_day::date + time '08:00' + make_interval(hours => :slot::int)) AT TIME ZONE 'Asia/Jakarta', 'slotEndsAt', (:first_day::date + time '09:00' + make_interval(hours => :slot::int)) AT TIME ZONE 'Asia/Jakarta', 'confirmBy', now() + interval '1 day', 'createdAt', now())::text AS text) AS jsonb), now());
COMMIT;
