-- Likely duplicates at intake and triage (DuplicateCandidatesSql): trigram similarity of the reporters' texts.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner creates it without superuser rights.
create extension if not exists pg_trgm;

-- The text pre-filter (description % text) of the candidates of one agency within a few days.
create index complaint_description_trgm on complaint using gin (description gin_trgm_ops);

-- Complaints about the same visit.
create index complaint_visit on complaint (visit_id) where visit_id is not null;
