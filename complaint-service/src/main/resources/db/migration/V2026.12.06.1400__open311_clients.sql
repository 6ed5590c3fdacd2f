-- Open311 GeoReport v2 clients allowed to POST requests: each client's api_key is kept only as its SHA-256 (hex),
-- for one MPP (its jurisdiction_id). Reading Open311 is public and needs no key.
create table open311_client (
    api_key_hash text primary key check (api_key_hash ~ '^[0-9a-f]{64}$'),
    name         text        not null check (length(name) between 1 and 100),
    mpp_code     text        not null,
    created_at   timestamptz not null default now()
);

-- Development client (README, "Open311"): api_key "open311-dev-key" for MPP kota-jambi. A deployment deletes this
-- row and registers its real clients (a key is 32+ random characters; only its SHA-256 is stored).
insert into open311_client (api_key_hash, name, mpp_code) values
    ('c9d141c8b609e1a1d9e61fc9a25d79ade56c9d6a81aa345cbec326ad06be37fa', 'open311-dev', 'kota-jambi');
