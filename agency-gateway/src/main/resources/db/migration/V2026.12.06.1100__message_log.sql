-- The message log (issue 20, X-Road's): every exchange with an agency system and every read of shared personal data,
-- append-only and hash-chained. An entry is appended unsealed in the transaction of the exchange; the sealer then
-- sets its chain position and hashes once (domain/messagelog/MessageChain). Texts are masked before they get here;
-- of the payload only its SHA-256 is kept.
create table message_log (
    seq            bigint generated always as identity primary key,
    recorded_at    timestamptz not null,
    direction      text        not null check (direction in ('OUT', 'IN', 'READ')),
    mpp_code       text,
    agency_code    text,
    actor          text,
    purpose        text,
    operation      text        not null,
    subject_id     text,
    outcome        text,
    payload_sha256 text check (payload_sha256 ~ '^[0-9a-f]{64}$'),
    details        jsonb       not null default '{}',
    chain_pos      bigint unique,
    prev_hash      text,
    entry_hash     text,
    constraint message_log_sealed_whole
        check ((chain_pos is null and prev_hash is null and entry_hash is null)
            or (chain_pos is not null and prev_hash is not null and entry_hash is not null))
);

-- Search pages go newest first by seq: an agency's, an MPP's, a subject's. The sealer finds the unsealed ones.
create index message_log_agency_seq on message_log (agency_code, seq);
create index message_log_mpp_seq on message_log (mpp_code, seq);
create index message_log_subject_seq on message_log (subject_id, seq) where subject_id is not null;
create index message_log_unsealed on message_log (seq) where entry_hash is null;

-- The newest sealed entry (position, seq, hash): deleting the newest entries leaves a chain that no longer reaches it.
create table message_log_head (
    id         boolean     primary key default true check (id),
    chain_pos  bigint      not null,
    seq        bigint      not null,
    entry_hash text        not null,
    sealed_at  timestamptz not null
);
insert into message_log_head (chain_pos, seq, entry_hash, sealed_at)
values (0, 0, repeat('0', 64), now());

-- Append-only in the database too: new entries come unsealed, a sealed entry never changes, nothing is deleted. The
-- one update allowed is sealing: setting position and hashes of an unsealed entry, once, nothing else.
create function message_log_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if new.chain_pos is not null or new.prev_hash is not null or new.entry_hash is not null then
            raise exception 'message_log: an entry is appended unsealed';
        end if;
        return new;
    end if;
    if tg_op = 'UPDATE' and old.entry_hash is null and new.entry_hash is not null
       and (new.seq, new.recorded_at, new.direction, new.mpp_code, new.agency_code, new.actor, new.purpose,
            new.operation, new.subject_id, new.outcome, new.payload_sha256, new.details)
           is not distinct from
           (old.seq, old.recorded_at, old.direction, old.mpp_code, old.agency_code, old.actor, old.purpose,
            old.operation, old.subject_id, old.outcome, old.payload_sha256, old.details) then
        return new;
    end if;
    raise exception 'message_log is append-only: % refused', tg_op;
end
$$;

create trigger message_log_append_only before insert or update or delete on message_log
    for each row execute function message_log_append_only();
create trigger message_log_no_truncate before truncate on message_log
    for each statement execute function message_log_append_only();

-- The head only moves forward.
create function message_log_head_forward_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and new.id and new.chain_pos > old.chain_pos and new.seq > 0 then
        return new;
    end if;
    raise exception 'message_log_head only moves forward: % refused', tg_op;
end
$$;

create trigger message_log_head_forward_only before insert or update or delete on message_log_head
    for each row execute function message_log_head_forward_only();
create trigger message_log_head_no_truncate before truncate on message_log_head
    for each statement execute function message_log_head_forward_only();
