-- Online booking: a day's online quota is offered in time slots; each unit of quota is one row in
-- booking_slot, so concurrent bookings claim different rows (FOR UPDATE SKIP LOCKED) instead of queueing on
-- one counter row, and the quota can never be exceeded: a booking without a claimed row does not exist.

alter table service
    add column booking_horizon_days int not null default 14 check (booking_horizon_days between 0 and 92),
    add column slot_minutes         int not null default 60 check (slot_minutes between 5 and 480);

-- A service-day whose online quota has been released into slot units (first booking or availability read).
create table booking_day (
    mpp_code     text        not null,
    service_code text        not null,
    service_date date        not null,
    online_quota int         not null,
    slot_minutes int         not null,
    released_at  timestamptz not null,
    primary key (mpp_code, service_code, service_date),
    foreign key (mpp_code, service_code) references service (mpp_code, code)
);

-- One row per unit of online quota: (slot, seq) is free while booking_id is null.
create table booking_slot (
    mpp_code     text not null,
    service_code text not null,
    service_date date not null,
    slot_start   time not null,
    seq          int  not null,
    booking_id   uuid unique,
    primary key (mpp_code, service_code, service_date, slot_start, seq),
    foreign key (mpp_code, service_code, service_date) references booking_day (mpp_code, service_code, service_date)
);

create index booking_slot_free on booking_slot (mpp_code, service_code, service_date, slot_start, seq)
    where booking_id is null;

create table booking (
    id             uuid primary key,
    code           text        not null unique,
    visit_id       uuid        not null unique,
    mpp_code       text        not null,
    agency_code    text        not null,
    service_code   text        not null,
    citizen_id     text        not null,
    service_date   date        not null,
    slot_start     time        not null,
    slot_end       time        not null,
    slot_starts_at timestamptz not null,
    slot_ends_at   timestamptz not null,
    status         text        not null check (status in ('PENDING', 'CONFIRMED', 'CHECKED_IN', 'CANCELLED', 'EXPIRED')),
    reschedules    int         not null default 0,
    created_at     timestamptz not null,
    confirm_by     timestamptz not null,
    confirmed_at   timestamptz,
    closed_at      timestamptz,
    ticket_id      uuid,
    version        bigint      not null,
    foreign key (mpp_code, service_code) references service (mpp_code, code)
);

-- A citizen holds at most one active booking per service and day (the last guard under concurrency).
create unique index booking_one_active_per_citizen on booking (citizen_id, mpp_code, service_code, service_date)
    where status in ('PENDING', 'CONFIRMED');
create index booking_citizen on booking (citizen_id, created_at);
create index booking_unconfirmed on booking (confirm_by) where status = 'PENDING';

-- A ticket made at check-in remembers its booking and appointment (its waiting time counts from there).
alter table ticket
    add column booking_id     uuid,
    add column appointment_at timestamptz;
