-- "Your turn is near" (issue #20): a waiting ticket is told once when at most turn_near_places calls are before it or
-- its estimated wait is at most turn_near_minutes; 0 turns a trigger off. Existing services take the defaults.
alter table service
    add column turn_near_places  int not null default 3  check (turn_near_places between 0 and 50),
    add column turn_near_minutes int not null default 10 check (turn_near_minutes between 0 and 240);

-- The tickets told, written in one statement with their ticket-turn-near outbox rows (TurnNearNotices). A table of its
-- own rather than a column of ticket, and no foreign key to it: marking waiting tickets must take no lock on their
-- rows, because a counter calling next skips a locked head (`for update skip locked`) and would call out of order.
create table ticket_turn_near (
    ticket_id   uuid primary key,
    notified_at timestamptz not null
);
