-- The reporter's text as the public sees it (personal data masked), computed once at filing (Masking.personalDataIn):
-- the public list and Open311 no longer mask up to 1,000 texts per answer. Rows filed before stay null and are
-- masked when read.
alter table complaint add column public_description text;

-- Duplicate suggestions now compare only the newest complaints of the window (DuplicateCandidatesSql): the
-- trigram index over every description is no longer read, and every filing paid for it.
drop index complaint_description_trgm;
