-- Calls to agency systems: persisted in the transaction that caused them, sent by the dispatcher, done only when the
-- agency answered. The payload may hold personal data (a NIK to verify): it is erased when the request is finished.
create table agency_request (
    id               uuid        primary key,
    agency_code      text        not null,
    operation        text        not null,
    idempotency_key  text        not null,
    subject_id       text        not null,
    mpp_code         text,
    purpose          text        not null,
    payload          jsonb,
    requested_by     text        not null,
    status           text        not null,
    attempts         int         not null default 0,
    next_attempt_at  timestamptz not null,
    lease_until      timestamptz,
    last_error       text,
    outcome          text,
    answer_code      text,
    answer_message   text,
    attributes       jsonb,
    created_at       timestamptz not null,
    finished_at      timestamptz,
    constraint agency_request_once unique (agency_code, idempotency_key),
    constraint agency_request_status check (status in ('PENDING', 'SENDING', 'ANSWERED', 'DEAD', 'DISCARDED'))
);

-- The dispatcher's claim: what is due, per agency, oldest first.
create index agency_request_due on agency_request (agency_code, next_attempt_at) where status in ('PENDING', 'SENDING');
create index agency_request_dead on agency_request (agency_code, finished_at) where status = 'DEAD';
create index agency_request_subject on agency_request (subject_id);

-- The steps of a visit the gateway learnt from queue events: which agencies a visit passes through, and whose it is.
create table visit_step (
    visit_id    text        not null,
    agency_code text        not null,
    mpp_code    text        not null,
    citizen_id  text,
    ticket_id   text        not null,
    first_seen  timestamptz not null,
    primary key (visit_id, agency_code)
);

-- Identity verifications at Dukcapil, one per attempt; the newest of a visit is what its steps see (once-only).
create table identity_verification (
    id                  uuid        primary key,
    visit_id            text        not null,
    mpp_code            text        not null,
    status              text        not null,
    elements            jsonb       not null default '{}',
    scores              jsonb       not null default '{}',
    subject_ref         text        not null,
    consent_scope       text        not null,
    consent_at          timestamptz not null,
    requested_by        text        not null,
    requested_by_agency text,
    requested_at        timestamptz not null,
    verified_at         timestamptz,
    request_id          uuid        not null references agency_request (id),
    constraint identity_verification_status check (status in ('PENDING', 'VERIFIED', 'NOT_MATCHED', 'NOT_FOUND',
        'INACTIVE', 'DECEASED', 'REFUSED', 'UNAVAILABLE'))
);

create index identity_verification_visit on identity_verification (visit_id, requested_at desc);
