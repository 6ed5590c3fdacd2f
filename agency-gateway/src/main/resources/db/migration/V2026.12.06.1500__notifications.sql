-- Where a citizen wants to be told things (a visit's "your turn is near", "passport ready"; an account's booking
-- reminders), with their consent. The number is personal data: it leaves this table only for the messaging
-- provider (in a request's payload, erased once sent) and is masked everywhere else.
create table notification_contact (
    subject_kind text        not null,
    subject_id   text        not null,
    phone        text        not null,
    channel      text        not null,
    language     text        not null,
    consent_at   timestamptz not null,
    given_by     text        not null,
    primary key (subject_kind, subject_id),
    constraint notification_contact_kind check (subject_kind in ('VISIT', 'ACCOUNT')),
    constraint notification_contact_channel check (channel in ('WHATSAPP', 'SMS'))
);

-- Bookings of citizens with an account, learnt from queue events, for the reminder the day before.
create table booking_reminder (
    booking_id     text        primary key,
    booking_code   text        not null,
    citizen_id     text,
    mpp_code       text        not null,
    service_code   text        not null,
    slot_starts_at timestamptz not null,
    status         text        not null,
    reminded_at    timestamptz,
    constraint booking_reminder_status check (status in ('BOOKED', 'CANCELLED', 'CHECKED_IN'))
);

create index booking_reminder_due on booking_reminder (slot_starts_at) where status = 'BOOKED' and reminded_at is null;
