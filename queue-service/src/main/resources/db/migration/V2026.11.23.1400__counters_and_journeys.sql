-- Counters at work and visits that travel between agencies.

-- The line a ticket waits in, its place in that line, and its steps at the counter.
alter table ticket
    add column line               text not null default 'REGULAR'
        check (line in ('APPOINTMENT', 'PRIORITY', 'REGULAR')),
    add column arrived_at         timestamptz,
    add column queue_since        timestamptz,
    add column recalls            int  not null default 0,
    add column service_started_at timestamptz,
    add column parked_at          timestamptz,
    add column step               int  not null default 1,
    add column transferred_from   uuid,
    add column transfer_note      text;

update ticket
set arrived_at  = issued_at,
    queue_since = coalesce(appointment_at, issued_at),
    line        = case when priority_group is not null then 'PRIORITY'
                       when booking_id is not null and channel = 'ONLINE' then 'APPOINTMENT'
                       else 'REGULAR' end;

alter table ticket
    alter column arrived_at set not null,
    alter column queue_since set not null;

create index ticket_waiting on ticket (mpp_code, service_date, service_code, status, queue_since);
create index ticket_visit on ticket (visit_id, step);
create index ticket_counter on ticket (mpp_code, counter_code, service_date, called_at);

-- An officer's shift at a counter: opened, then closed. One open session per counter and per officer.
create table counter_session (
    id           uuid primary key,
    mpp_code     text        not null,
    counter_code text        not null,
    agency_code  text        not null,
    officer_id   text        not null,
    opened_at    timestamptz not null,
    closed_at    timestamptz,
    version      bigint      not null,
    foreign key (mpp_code, counter_code) references counter (mpp_code, code)
);

create unique index counter_one_open_session on counter_session (mpp_code, counter_code) where closed_at is null;
create unique index officer_one_open_counter on counter_session (officer_id) where closed_at is null;
