package id.go.mpp.sinergi.queue.store.booking;

/**
 * Every SQL statement of the booking engine, each one whole, with PostgreSQL's own {@code $n} placeholders (paste one
 * into {@code psql} with {@code PREPARE} to try it). Statements run through a Hibernate session take
 * {@link #forSession}: the same text with {@code ?n}. The design is in {@code queue-service/BOOKING.md}.
 */
final class BookingSql {

    private BookingSql() {
    }

    /** The same statement with Hibernate's {@code ?n} markers, for a native query in the caller's session. */
    static String forSession(String statement) {
        return statement.replaceAll("\\$(\\d+)", "?$1");
    }

    // ---- releasing a day's quota into slot units -------------------------------------------------------------

    static final String RELEASED_QUOTA = """
            select online_quota from booking_day where mpp_code = $1 and service_code = $2 and service_date = $3""";

    static final String RELEASE_DAY = """
            insert into booking_day (mpp_code, service_code, service_date, online_quota, slot_minutes, released_at)
            values ($1, $2, $3, $4, $5, $6) on conflict do nothing""";

    /** $4 lists the slots as {@code start=capacity,start=capacity}. */
    static final String RELEASE_UNITS = """
            insert into booking_slot (mpp_code, service_code, service_date, slot_start, seq)
            select $1, $2, $3, cast(split_part(slot, '=', 1) as time), seq
            from unnest(string_to_array($4, ',')) as slot,
                 generate_series(1, cast(split_part(slot, '=', 2) as int)) as seq""";

    /** $4 lists the slots with units as {@code start=capacity,...}: each slot's capacity when a day is released. */
    static final String RELEASE_CAPACITIES = """
            insert into booking_slot_capacity (mpp_code, service_code, service_date, slot_start, capacity)
            select $1, $2, $3, cast(split_part(slot, '=', 1) as time), cast(split_part(slot, '=', 2) as int)
            from unnest(string_to_array($4, ',')) as slot""";

    /** Released days of a service between $3 and $4. */
    static final String RELEASED_BETWEEN = """
            select service_date from booking_day
            where mpp_code = $1 and service_code = $2 and service_date between $3 and $4""";

    // ---- resizing released days when the online quota changes -------------------------------------------------

    /** Released days of a service from $3 on, locked against a concurrent change of their units. */
    static final String RELEASED_DAYS = """
            select service_date, slot_minutes from booking_day
            where mpp_code = $1 and service_code = $2 and service_date >= $3 order by service_date for update""";

    /**
     * Sets a released day's slot capacities to $4 ({@code start=capacity,...}; a slot with units that is not listed
     * gets 0), locking each slot's row against frees in slot order, the order the expiry sweep frees in (no deadlock).
     */
    static final String SET_CAPACITIES = """
            with target as (
                select cast(split_part(slot, '=', 1) as time) as slot_start, cast(split_part(slot, '=', 2) as int) as capacity
                from unnest(string_to_array($4, ',')) as slot),
            slots as (
                select slot_start from target
                union select slot_start from booking_slot where mpp_code = $1 and service_code = $2 and service_date = $3
                union select slot_start from booking_slot_capacity
                      where mpp_code = $1 and service_code = $2 and service_date = $3)
            insert into booking_slot_capacity (mpp_code, service_code, service_date, slot_start, capacity)
            select $1, $2, $3, s.slot_start, coalesce(t.capacity, 0) from slots s left join target t on t.slot_start = s.slot_start
            order by s.slot_start
            on conflict (mpp_code, service_code, service_date, slot_start) do update set capacity = excluded.capacity""";

    /** A slot with fewer units than its capacity gets new ones after its last. */
    static final String GROW_UNITS = """
            with held as (
                select c.slot_start, c.capacity, count(b.seq) as units, coalesce(max(b.seq), 0) as top
                from booking_slot_capacity c left join booking_slot b on b.mpp_code = c.mpp_code
                    and b.service_code = c.service_code and b.service_date = c.service_date and b.slot_start = c.slot_start
                where c.mpp_code = $1 and c.service_code = $2 and c.service_date = $3
                group by c.slot_start, c.capacity)
            insert into booking_slot (mpp_code, service_code, service_date, slot_start, seq)
            select $1, $2, $3, h.slot_start, h.top + n
            from held h, generate_series(1, h.capacity - h.units) as n
            where h.capacity > h.units""";

    /**
     * A slot with more units than its capacity loses free ones, last first. A unit claimed meanwhile is not deleted
     * ({@code booking_id is null} is checked again after the wait), so the caller repeats it until it deletes nothing.
     */
    static final String SHRINK_UNITS = """
            with held as (
                select slot_start, count(*) as units from booking_slot
                where mpp_code = $1 and service_code = $2 and service_date = $3 group by slot_start),
            free as (
                select slot_start, seq, row_number() over (partition by slot_start order by seq desc) as rank
                from booking_slot
                where mpp_code = $1 and service_code = $2 and service_date = $3 and booking_id is null)
            delete from booking_slot b
            using free f join held h on h.slot_start = f.slot_start
                join booking_slot_capacity c on c.mpp_code = $1 and c.service_code = $2 and c.service_date = $3
                    and c.slot_start = f.slot_start
            where b.mpp_code = $1 and b.service_code = $2 and b.service_date = $3 and b.slot_start = f.slot_start
              and b.seq = f.seq and f.rank <= h.units - c.capacity and b.booking_id is null""";

    static final String SET_DAY_QUOTA = """
            update booking_day set online_quota = $4 where mpp_code = $1 and service_code = $2 and service_date = $3""";

    // ---- claiming and freeing units ---------------------------------------------------------------------------

    /** Takes the first free unit of a slot for booking $5; a unit another transaction is taking is skipped. */
    static final String CLAIM = """
            update booking_slot set booking_id = $5
            where (mpp_code, service_code, service_date, slot_start, seq) = (
                select mpp_code, service_code, service_date, slot_start, seq from booking_slot
                where mpp_code = $1 and service_code = $2 and service_date = $3 and slot_start = $4
                  and booking_id is null
                order by seq limit 1
                for update skip locked)
            returning seq""";

    /** The slot of a booking's unit. */
    static final String UNIT_OF = """
            select mpp_code, service_code, service_date, slot_start from booking_slot where booking_id = $1""";

    /** A slot's capacity, locked: frees and quota changes of the slot wait for each other. */
    static final String LOCK_CAPACITY = """
            select capacity from booking_slot_capacity
            where mpp_code = $1 and service_code = $2 and service_date = $3 and slot_start = $4 for update""";

    static final String SLOT_UNITS = """
            select count(*) from booking_slot
            where mpp_code = $1 and service_code = $2 and service_date = $3 and slot_start = $4""";

    static final String FREE_UNIT = "update booking_slot set booking_id = null where booking_id = $1";

    static final String DELETE_UNIT = "delete from booking_slot where booking_id = $1";

    /** Units and free units per slot of a released day. */
    static final String AVAILABLE = """
            select slot_start, count(*), count(*) filter (where booking_id is null) from booking_slot
            where mpp_code = $1 and service_code = $2 and service_date = $3 group by slot_start""";

    // ---- writing new bookings (group commit) ------------------------------------------------------------------

    /**
     * One attempt, written alone: the citizen's active bookings (of this service-day, and in all), the claim of a
     * free unit, the booking row and its {@code booking-created} outbox row, in one statement. $15 is the most
     * active bookings a citizen may hold. Answers (held this service-day, at the cap, booked).
     */
    static final String BOOK_ONE = """
            with active as (
                select mpp_code, service_code, service_date from booking
                where citizen_id = $9 and status in ('PENDING', 'CONFIRMED')),
            held as (
                select 1 from active where mpp_code = $1 and service_code = $2 and service_date = $3 limit 1),
            capped as (
                select 1 where (select count(*) from active) >= $15),
            claimed as (
                update booking_slot set booking_id = $5
                where (mpp_code, service_code, service_date, slot_start, seq) = (
                    select mpp_code, service_code, service_date, slot_start, seq from booking_slot
                    where mpp_code = $1 and service_code = $2 and service_date = $3 and slot_start = $4
                      and booking_id is null
                      and not exists (select 1 from held) and not exists (select 1 from capped)
                    order by seq limit 1
                    for update skip locked)
                returning booking_id),
            booked as (
                insert into booking (id, code, visit_id, mpp_code, agency_code, service_code, citizen_id, service_date,
                                     slot_start, slot_end, slot_starts_at, slot_ends_at, status, reschedules,
                                     created_at, confirm_by, version)
                select booking_id, $6, $7, $1, $8, $2, $9, $3, $4, $10, $11, $12, 'PENDING', 0, $13, $14, 0
                from claimed
                returning id),
            published as (
                insert into outbox_event (event_id, topic, aggregate_id, event_type, subject, payload, occurred_at)
                select $16, $17, $18, $19, $20, cast(cast($21 as text) as jsonb), $22 from booked
                returning event_id)
            select exists (select 1 from held), exists (select 1 from capped), (select count(*) from published)""";

    /**
     * Many attempts (arrays, one element per attempt, at most one per citizen): those whose citizen holds no active
     * booking for the service-day and fewer than $23 in all take the first free units of their slot, in arrival order
     * ({@code i}); answers each attempt's index with BOOKED, SLOT_FULL, ALREADY_HELD or TOO_MANY.
     */
    static final String BOOK_MANY = """
            with attempt as (
                select * from unnest($1::int[], $2::text[], $3::text[], $4::date[], $5::time[], $6::uuid[], $7::text[],
                                     $8::uuid[], $9::text[], $10::text[], $11::time[], $12::timestamptz[],
                                     $13::timestamptz[], $14::timestamptz[], $15::timestamptz[], $16::uuid[],
                                     $17::text[], $18::text[], $19::text[], $20::text[], $21::text[],
                                     $22::timestamptz[])
                    as a(i, mpp_code, service_code, service_date, slot_start, booking_id, code, visit_id, agency_code,
                         citizen_id, slot_end, slot_starts_at, slot_ends_at, created_at, confirm_by, event_id, topic,
                         aggregate_id, event_type, subject, payload, occurred_at)),
            held as (
                select a.i from attempt a
                where exists (select 1 from booking b
                              where b.citizen_id = a.citizen_id and b.mpp_code = a.mpp_code
                                and b.service_code = a.service_code and b.service_date = a.service_date
                                and b.status in ('PENDING', 'CONFIRMED'))),
            capped as (
                select a.i from attempt a
                where a.i not in (select i from held)
                  and (select count(*) from booking b
                       where b.citizen_id = a.citizen_id and b.status in ('PENDING', 'CONFIRMED')) >= $23),
            eligible as (
                select a.*, row_number() over (partition by mpp_code, service_code, service_date, slot_start order by i) as n
                from attempt a
                where a.i not in (select i from held) and a.i not in (select i from capped)),
            wanted as (
                select mpp_code, service_code, service_date, slot_start, count(*) as n from eligible group by 1, 2, 3, 4),
            free as (
                select u.*, row_number() over (partition by u.mpp_code, u.service_code, u.service_date, u.slot_start
                                               order by u.seq) as n
                from wanted w cross join lateral (
                    select s.mpp_code, s.service_code, s.service_date, s.slot_start, s.seq from booking_slot s
                    where s.mpp_code = w.mpp_code and s.service_code = w.service_code
                      and s.service_date = w.service_date and s.slot_start = w.slot_start and s.booking_id is null
                    order by s.seq limit w.n
                    for update skip locked) u),
            claimed as (
                update booking_slot s set booking_id = e.booking_id
                from free f join eligible e using (mpp_code, service_code, service_date, slot_start, n)
                where (s.mpp_code, s.service_code, s.service_date, s.slot_start, s.seq)
                    = (f.mpp_code, f.service_code, f.service_date, f.slot_start, f.seq)
                returning s.booking_id),
            booked as (
                insert into booking (id, code, visit_id, mpp_code, agency_code, service_code, citizen_id, service_date,
                                     slot_start, slot_end, slot_starts_at, slot_ends_at, status, reschedules,
                                     created_at, confirm_by, version)
                select e.booking_id, e.code, e.visit_id, e.mpp_code, e.agency_code, e.service_code, e.citizen_id,
                       e.service_date, e.slot_start, e.slot_end, e.slot_starts_at, e.slot_ends_at, 'PENDING', 0,
                       e.created_at, e.confirm_by, 0
                from eligible e join claimed c on c.booking_id = e.booking_id
                returning id),
            published as (
                insert into outbox_event (event_id, topic, aggregate_id, event_type, subject, payload, occurred_at)
                select e.event_id, e.topic, e.aggregate_id, e.event_type, e.subject, cast(e.payload as jsonb), e.occurred_at
                from eligible e join booked b on b.id = e.booking_id
                returning event_id)
            select a.i, case when a.booking_id in (select id from booked) then 'BOOKED'
                             when a.i in (select i from held) then 'ALREADY_HELD'
                             when a.i in (select i from capped) then 'TOO_MANY'
                             else 'SLOT_FULL' end
            from attempt a order by a.i""";
}
