-- One invitation per served visit (the unique visit_id makes "exactly once" hold even across event ids).
create table survey_invitation (
    id           uuid primary key,
    visit_id     uuid        not null unique,
    ticket_id    uuid        not null,
    mpp_code     text        not null,
    agency_code  text        not null,
    service_code text        not null,
    citizen_id   text        not null,
    status       text        not null,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    version      bigint      not null
);

create index survey_invitation_citizen on survey_invitation (citizen_id, created_at desc);
