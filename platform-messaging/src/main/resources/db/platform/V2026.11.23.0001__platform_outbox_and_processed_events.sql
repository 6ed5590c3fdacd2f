-- Platform tables every Sinergi service has in its own database (shipped by platform-core,
-- located by quarkus.flyway.locations=classpath:db/platform,...).

-- Transactional outbox: rows are written in the same transaction as the state change they describe and
-- published to Kafka by the OutboxRelay in id order.
create table outbox_event (
    id           bigint generated always as identity primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    aggregate_id text        not null,
    event_type   text        not null,
    subject      text        not null,
    payload      jsonb       not null,
    occurred_at  timestamptz not null,
    published_at timestamptz
);

create index outbox_event_pending on outbox_event (id) where published_at is null;
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

-- Wake the relay when a transaction that wrote outbox rows commits (NOTIFY is delivered on commit only).
create function outbox_event_notify() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('sinergi_outbox', '');
    return null;
end;
$$;

create trigger outbox_event_notify
    after insert on outbox_event
    for each statement
execute function outbox_event_notify();

-- Idempotent consumers: an event id is recorded in the same transaction as its effect.
create table processed_event (
    consumer     text        not null,
    event_id     text        not null,
    event_type   text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
