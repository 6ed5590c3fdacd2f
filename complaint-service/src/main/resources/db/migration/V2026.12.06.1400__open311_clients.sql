-- Open311 GeoReport v2 clients allowed to POST requests: each client's api_key is kept only as its SHA-256 (hex),
-- for one MPP (its jurisdiction_id). Reading Open311 is public and needs no key.
create table open311_client (
    api_key_hash text primary key check (api_key_hash ~ '^[0-9a-f]{64}$'),
    name         text        not null check (length(name) between 1 and 100),
    mpp_code     text        not null,
    created_at   timestamptz not null default now()
);

-- Clients are registered by the Sinergi admin (a key is 32+ random characters; only its SHA-256 is stored). The
-- development client of the README is demo data (demo-data.sql), never in a deployment's database.
