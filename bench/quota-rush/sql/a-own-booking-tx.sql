-- (a) Ceiling of the platform's own booking statement, as raw SQL through pgbench (-M prepared).
--
-- What POST /bookings sends for an attempt that arrives alone (queue-service BookingWriter.ONE): one statement,
-- its own transaction — the citizen's active-booking check, the claim of a free unit (FOR UPDATE SKIP LOCKED, only
-- if the citizen holds none), the booking row only if a unit was claimed, and its booking-created outbox row only if
-- the booking was inserted. The catalogue and the released day come from queue-service's memory, so no reads go
-- before it. Under load the platform puts the attempts that arrive while a statement runs into one statement
-- (BookingWriter.MANY, group commit); this script is the one-attempt-per-transaction ceiling that batching is meant
-- to beat. KEEP IN SYNC with BookingWriter.ONE and queue-service's V2026.11.23.1300__online_booking.sql (the bench
-- applies the real migrations to the scratch database, so a changed table shows up as a pgbench error here).
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
WITH held AS (SELECT 1 FROM booking WHERE citizen_id = 'bench-' || :citizen::text AND mpp_code = :mpp AND service_code = :svc AND service_date = :first_day::date + :day::int AND status IN ('PENDING', 'CONFIRMED') LIMIT 1), claimed AS (UPDATE booking_slot SET booking_id = (lpad(to_hex(:b1::bigint), 16, '0') || lpad(to_hex(:b2::bigint), 16, '0'))::uuid WHERE (mpp_code, service_code, service_date, slot_start, seq) = (SELECT mpp_code, service_code, service_date, slot_start, seq FROM booking_slot WHERE mpp_code = :mpp AND service_code = :svc AND service_date = :first_day::date + :day::int AND slot_start = time '08:00' + make_interval(hours => :slot::int) AND booking_id IS NULL AND NOT EXISTS (SELECT 1 FROM held) ORDER BY seq LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING booking_id), booked AS (INSERT INTO booking (id, code, visit_id, mpp_code, agency_code, service_code, citizen_id, service_date, slot_start, slot_end, slot_starts_at, slot_ends_at, status, reschedules, created_at, confirm_by, version) SELECT (lpad(to_hex(:b1::bigint), 16, '0') || lpad(to_hex(:b2::bigint), 16, '0'))::uuid, 'BK-' || upper(to_hex(:b1::bigint)), (lpad(to_hex(:v1::bigint), 16, '0') || lpad(to_hex(:v2::bigint), 16, '0'))::uuid, :mpp, :agency, :svc, 'bench-' || :citizen::text, :first_day::date + :day::int, time '08:00' + make_interval(hours => :slot::int), time '09:00' + make_interval(hours => :slot::int), (:first_day::date + :day::int + time '08:00' + make_interval(hours => :slot::int)) AT TIME ZONE 'Asia/Jakarta', (:first_day::date + :day::int + time '09:00' + make_interval(hours => :slot::int)) AT TIME ZONE 'Asia/Jakarta', 'PENDING', 0, now(), now() + interval '1 day', 0 FROM claimed RETURNING id), published AS (INSERT INTO outbox_event (event_id, topic, aggregate_id, event_type, subject, payload, occurred_at) SELECT (lpad(to_hex(:e1::bigint), 16, '0') || lpad(to_hex(:e2::bigint), 16, '0'))::uuid, 'sinergi.queue.visits.v1', (lpad(to_hex(:v1::bigint), 16, '0') || lpad(to_hex(:v2::bigint), 16, '0')), 'id.go.mpp.queue.booking-created.v1', (lpad(to_hex(:b1::bigint), 16, '0') || lpad(to_hex(:b2::bigint), 16, '0')), cast(cast(json_build_object('visitId', (lpad(to_hex(:v1::bigint), 16, '0') || lpad(to_hex(:v2::bigint), 16, '0'))::uuid, 'bookingId', (lpad(to_hex(:b1::bigint), 16, '0') || lpad(to_hex(:b2::bigint), 16, '0'))::uuid, 'bookingCode', 'BK-' || upper(to_hex(:b1::bigint)), 'mppCode', :mpp::text, 'agencyCode', :agency::text, 'serviceCode', :svc::text, 'citizenId', 'bench-' || :citizen::text || '-0000-0000-0000-00000000', 'serviceDate', :first_day::date + :day::int, 'slotStartsAt', (:first_day::date + :day::int + time '08:00' + make_interval(hours => :slot::int)) AT TIME ZONE 'Asia/Jakarta', 'slotEndsAt', (:first_day::date + :day::int + time '09:00' + make_interval(hours => :slot::int)) AT TIME ZONE 'Asia/Jakarta', 'confirmBy', now() + interval '1 day', 'createdAt', now())::text AS text) AS jsonb), now() FROM booked RETURNING event_id) SELECT EXISTS (SELECT 1 FROM held), (SELECT count(*) FROM published);
