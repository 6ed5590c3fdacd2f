-- Applications agency systems accepted for a visit's served steps (SIMKIM: passport applications), with the status
-- their callbacks report. The visit carries the agency's own application number.
create table visit_application (
    agency_code        text        not null,
    application_number text        not null,
    visit_id           text,
    mpp_code           text,
    system             text        not null,
    status             text        not null,
    ready              boolean     not null default false,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    primary key (agency_code, application_number)
);

create index visit_application_visit on visit_application (visit_id);

-- Checks of a business identity number (NIB) at OSS for a visit, one per attempt; the newest is what the visit shows.
create table business_check (
    id           uuid        primary key,
    subject_id   text        not null,
    mpp_code     text        not null,
    nib          text        not null,
    status       text        not null,
    nib_status   text,
    licences     jsonb       not null default '{}',
    requested_by text        not null,
    requested_at timestamptz not null,
    checked_at   timestamptz,
    request_id   uuid        not null references agency_request (id),
    constraint business_check_status check (status in ('PENDING', 'VALID', 'INACTIVE', 'NOT_FOUND', 'UNAVAILABLE'))
);

create index business_check_subject on business_check (subject_id, requested_at desc);
