-- One row per ticket step as learnt from queue events: a visit with steps at several agencies has one row per
-- step, each with its counter (known_visit kept one step per visit and no counter).
create table known_ticket (
    ticket_id     uuid primary key,
    visit_id      uuid        not null,
    ticket_number text        not null,
    mpp_code      text        not null,
    agency_code   text        not null,
    service_code  text        not null,
    counter_code  text,
    citizen_id    text,
    status        text        not null,
    outcome       text,
    issued_at     timestamptz,
    completed_at  timestamptz,
    updated_at    timestamptz not null
);
create index known_ticket_visit on known_ticket (visit_id, issued_at desc);
create index known_ticket_citizen on known_ticket (citizen_id, issued_at desc, ticket_id);

insert into known_ticket (ticket_id, visit_id, ticket_number, mpp_code, agency_code, service_code, citizen_id, status,
                          outcome, issued_at, completed_at, updated_at)
select ticket_id, visit_id, ticket_number, mpp_code, agency_code, service_code, citizen_id, status, outcome, issued_at,
       completed_at, updated_at
from known_visit
on conflict do nothing;

-- The reporter, apart from the complaint: never in events, agency views, the public list or logs.
create table reporter (
    tracking_id text primary key references complaint (tracking_id),
    account_id  text,
    name        text,
    phone       text,
    email       text,
    whatsapp_id text,
    -- reporters without an account: SHA-256 (hex) of the secret handed out once at submission
    secret_hash text,
    created_at  timestamptz not null
);
create index reporter_account on reporter (account_id, tracking_id) where account_id is not null;
create index reporter_whatsapp on reporter (whatsapp_id) where whatsapp_id is not null;

insert into reporter (tracking_id, account_id, created_at)
select tracking_id, citizen_id, submitted_at from complaint;

drop index complaint_citizen;
alter table complaint drop constraint if exists complaint_visit_id_fkey;
alter table complaint drop column citizen_id;
alter table complaint
    add column channel                text not null default 'WEB',
    add column ticket_id              uuid,
    add column ticket_number          text,
    add column service_code           text,
    add column counter_code           text,
    add column assigned_agency        text,
    add column assigned_service       text,
    add column postponed_from         text,
    add column merged_into            text references complaint (tracking_id),
    add column media_urls             text[] not null default '{}',
    add column due_stage              text,
    add column due_day                date,
    add column due_at                 timestamptz,
    add column breached_stage         text,
    add column follow_up_due_at       timestamptz,
    add column dispositioned_at       timestamptz,
    add column responded_at           timestamptz,
    add column responded_in_time      boolean,
    add column reopen_until           timestamptz,
    add column reopened_count         integer not null default 0,
    add column closure                text,
    add column closed_at              timestamptz,
    add column updated_at             timestamptz;
update complaint set updated_at = submitted_at;
alter table complaint alter column updated_at set not null;
alter table complaint alter column channel drop default;

-- Lists: the MPP's triage list and public list (newest first, keyset), an agency's inbox, the sweep's due work.
create index complaint_mpp_recent on complaint (mpp_code, submitted_at desc, tracking_id desc);
create index complaint_agency_recent on complaint (assigned_agency, mpp_code, submitted_at desc, tracking_id desc)
    where assigned_agency is not null;
create index complaint_due on complaint (due_at) where due_at is not null;

-- Every transition: who, when, from where to where, with the note (the reporter's text is never edited).
create table complaint_history (
    id          bigserial primary key,
    tracking_id text        not null references complaint (tracking_id),
    at          timestamptz not null,
    action      text        not null,
    from_status text,
    to_status   text        not null,
    actor_role  text        not null,
    actor_id    text,
    agency_code text,
    note        text
);
create index complaint_history_of on complaint_history (tracking_id, id);

-- Comments and corrections after submission; a reporter's comment after the response is a new item for the agency.
create table complaint_comment (
    id          bigserial primary key,
    tracking_id text        not null references complaint (tracking_id),
    at          timestamptz not null,
    author      text        not null,
    author_id   text,
    body        text        not null,
    for_agency  boolean     not null,
    channel     text        not null
);
create index complaint_comment_of on complaint_comment (tracking_id, id);

-- The MPP admin revealing an anonymous reporter: who, when and why (itself audited).
create table identity_reveal (
    id          bigserial primary key,
    tracking_id text        not null references complaint (tracking_id),
    revealed_by text        not null,
    reason      text        not null,
    at          timestamptz not null
);
create index identity_reveal_of on identity_reveal (tracking_id, id);

-- Breached deadlines on the MPP admin's escalation list; one row per complaint, stage and deadline.
create table escalation (
    id           bigserial primary key,
    tracking_id  text        not null references complaint (tracking_id),
    mpp_code     text        not null,
    agency_code  text,
    stage        text        not null,
    due_at       timestamptz not null,
    escalated_at timestamptz not null,
    unique (tracking_id, stage, due_at)
);
create index escalation_mpp on escalation (mpp_code, escalated_at desc, id desc);

-- Replaced by known_ticket.
drop table known_visit;
