-- Who changed what through the public API. No request bodies: they may hold personal data (UU 27/2022).
create table audit_record (
    id          bigint generated always as identity primary key,
    at          timestamptz not null,
    caller_id   text        not null,
    caller_kind text        not null,
    agency_code text,
    action      text        not null,
    target      text        not null,
    status      int         not null
);

create index audit_record_at on audit_record (at);
