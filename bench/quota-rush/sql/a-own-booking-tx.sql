-- (a) Ceiling of the platform's own booking transaction, as raw SQL through pgbench (-M prepared).
--
-- Statements of POST /bookings (queue-service BookingResource.book + BookingOffers.offer), in their order:
-- outside the transaction the offer's reads (service, MPP, opening hours, closed days: CatalogueService.find,
-- Mpp.findById, MppCalendar.of) and the day's released quota (BookingSlots.RELEASED_QUOTA); then one transaction:
-- the citizen's active-booking check (Booking.activeExists), the unit claim (BookingSlots.CLAIM), the booking row
-- (all columns, as Hibernate inserts it) and the outbox row (platform-core Outbox.INSERT, BookingCreated JSON).
-- KEEP IN SYNC with those classes and with queue-service's V2026.11.23.1300__online_booking.sql (the bench applies
-- the real migrations to the scratch database, so a changed table shows up as a pgbench error here).
--
-- Variables given by the bench with -D: mpp, svc, agency (text), first_day (yyyy-mm-dd), days, slots.
-- Each transaction books a random citizen into a random slot of a random day, so it never runs out of free
-- units (the scratch database holds days x slots x units rows in booking_slot; it is reset between runs).
-- Ids: two random 63-bit numbers make a UUID on the server (no extra round trip for gen_random_uuid()).
\set b1 random(1, 9223372036854775806)
\set b2 random(1, 9223372036854775806)
\set v1 random(1, 9223372036854775806)
\set v2 random(1, 9223372036854775806)
\set e1 random(1, 9223372036854775806)
\set e2 random(1, 9223372036854775806)
\set citizen random(1, 1000000000000)
\set day random(0, :days - 1)
\set slot random(0, :slots - 1)
SELECT mpp_code, code, agency_code, name_id, name_en, ticket_prefix, requirements_id, requirements_en, fee_rupiah, service_minutes, quota_regular, quota_priority, quota_online, sla_minutes, active, booking_horizon_days, slot_minutes FROM service WHERE mpp_code = :mpp AND code = :svc;
SELECT code, name, time_zone FROM mpp WHERE code = :mpp;
SELECT day_of_week, opens, closes FROM mpp_opening_hours WHERE mpp_code = :mpp;
SELECT day, reason FROM mpp_closed_day WHERE mpp_code = :mpp ORDER BY day;
SELECT online_quota FROM booking_day WHERE mpp_code = :mpp AND service_code = :svc AND service_date = :first_day::date + :day::int;
BEGIN;
SELECT count(*) FROM booking WHERE citizen_id = 'bench-' || :citizen::text AND mpp_code = :mpp AND service_code = :svc AND service_date = :first_day::date + :day::int AND status IN ('PENDING', 'CONFIRMED');
UPDATE booking_slot SET booking_id = (lpad(to_hex(:b1::bigint), 16, '0') || lpad(to_hex(:b2::bigint), 16, '0'))::uuid WHERE (mpp_code, service_code, service_date, slot_start, seq) = (SELECT mpp_code, service_code, service_date, slot_start, seq FROM booking_slot WHERE mpp_code = :mpp AND service_code = :svc AND service_date = :first_day::date + :day::int AND slot_start = time '08:00' + make_interval(hours => :slot::int) AND booking_id IS NULL ORDER BY seq LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING seq;
INSERT INTO booking (id, code, visit_id, mpp_code, agency_code, service_code, citizen_id, service_date, slot_start, slot_end, slot_starts_at, slot_ends_at, status, reschedules, created_at, confirm_by, confirmed_at, closed_at, ticket_id, version) VALUES ((lpad(to_hex(:b1::bigint), 16, '0') || lpad(to_hex(:b2::bigint), 16, '0'))::uuid, 'BK-' || upper(to_hex(:b1::bigint)), (lpad(to_hex(:v1::bigint), 16, '0') || lpad(to_hex(:v2::bigint), 16, '0'))::uuid, :mpp, :agency, :svc, 'bench-' || :citizen::text, :first_day::date + :day::int, time '08:00' + make_interval(hours => :slot::int), time '09:00' + make_interval(hours => :slot::int), (:first_day::date + :day::int + time '08:00' + make_interval(hours => :slot::int)) AT TIME ZONE 'Asia/Jakarta', (:first_day::date + :day::int + time '09:00' + make_interval(hours => :slot::int)) AT TIME ZONE 'Asia/Jakarta', 'PENDING', 0, now(), now() + interval '1 day', NULL, NULL, NULL, 0);
INSERT INTO outbox_event (event_id, topic, aggregate_id, event_type, subject, payload, occurred_at) VALUES ((lpad(to_hex(:e1::bigint), 16, '0') || lpad(to_hex(:e2::bigint), 16, '0'))::uuid, 'sinergi.queue.visits.v1', (lpad(to_hex(:v1::bigint), 16, '0') || lpad(to_hex(:v2::bigint), 16, '0')), 'id.go.mpp.queue.booking-created.v1', (lpad(to_hex(:b1::bigint), 16, '0') || lpad(to_hex(:b2::bigint), 16, '0')), cast(cast(json_build_object('visitId', (lpad(to_hex(:v1::bigint), 16, '0') || lpad(to_hex(:v2::bigint), 16, '0'))::uuid, 'bookingId', (lpad(to_hex(:b1::bigint), 16, '0') || lpad(to_hex(:b2::bigint), 16, '0'))::uuid, 'bookingCode', 'BK-' || upper(to_hex(:b1::bigint)), 'mppCode', :mpp::text, 'agencyCode', :agency::text, 'serviceCode', :svc::text, 'citizenId', 'bench-' || :citizen::text || '-0000-0000-0000-00000000', 'serviceDate', :first_day::date + :day::int, 'slotStartsAt', (:first_day::date + :day::int + time '08:00' + make_interval(hours => :slot::int)) AT TIME ZONE 'Asia/Jakarta', 'slotEndsAt', (:first_day::date + :day::int + time '09:00' + make_interval(hours => :slot::int)) AT TIME ZONE 'Asia/Jakarta', 'confirmBy', now() + interval '1 day', 'createdAt', now())::text AS text) AS jsonb), now());
COMMIT;
