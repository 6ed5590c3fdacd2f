-- Visits as learnt from queue events (complaint-service's own view; never read from queue-service).
create table known_visit (
    visit_id      uuid primary key,
    ticket_id     uuid        not null,
    ticket_number text        not null,
    mpp_code      text        not null,
    agency_code   text        not null,
    service_code  text        not null,
    citizen_id    text,
    status        text        not null,
    outcome       text,
    issued_at     timestamptz,
    completed_at  timestamptz,
    updated_at    timestamptz not null
);

create index known_visit_citizen on known_visit (citizen_id);

create table complaint (
    tracking_id  text primary key,
    citizen_id   text        not null,
    visit_id     uuid references known_visit (visit_id),
    mpp_code     text        not null,
    agency_code  text,
    category     text        not null,
    description  text        not null,
    anonymous    boolean     not null,
    confidential boolean     not null,
    status       text        not null,
    submitted_at timestamptz not null,
    version      bigint      not null
);

create index complaint_citizen on complaint (citizen_id, submitted_at desc);
