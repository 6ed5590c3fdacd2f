-- Issue 19: every served ticket step is invited (walk-ins too, by the survey code printed on their ticket), and the
-- IKM is read from daily aggregates.

-- One invitation per ticket step (a visit served by two agencies has two); a walk-in's has no account but the
-- hash of its ticket's survey code (the code itself is only on the ticket).
alter table survey_invitation drop constraint survey_invitation_visit_id_key;
alter table survey_invitation add constraint survey_invitation_one_per_ticket unique (ticket_id);
alter table survey_invitation alter column citizen_id drop not null;
alter table survey_invitation add column code_hash text;
alter table survey_invitation add constraint survey_invitation_code unique (code_hash);
alter table survey_invitation add column ticket_number text;
alter table survey_invitation add column counter_code text;
alter table survey_invitation add column service_date date;
create index survey_invitation_visit on survey_invitation (visit_id);

-- The comment and the optional respondent profile of the regulation's form; how the answer came.
alter table survey_response add column comment text;
alter table survey_response add column sex text;
alter table survey_response add column age_band text;
alter table survey_response add column education text;
alter table survey_response add column occupation text;
alter table survey_response add column channel text;

-- Read models (IkmAggregates), kept from the events and rebuilt from the topics (IkmRebuild). A unit is an MPP's
-- agency's service; agency and MPP figures sum their services. Days are the MPP-local service days.
create table ikm_day (
    mpp_code     text   not null,
    agency_code  text   not null,
    service_code text   not null,
    service_date date   not null,
    respondents  bigint not null,
    u1 bigint not null, u2 bigint not null, u3 bigint not null, u4 bigint not null, u5 bigint not null,
    u6 bigint not null, u7 bigint not null, u8 bigint not null, u9 bigint not null,
    primary key (mpp_code, service_date, agency_code, service_code)
);
create index ikm_day_unit on ikm_day (mpp_code, agency_code, service_code, service_date);

-- Respondents per profile choice (e.g. 'sex:PEREMPUAN') per unit and day.
create table ikm_profile_day (
    mpp_code     text   not null,
    agency_code  text   not null,
    service_code text   not null,
    service_date date   not null,
    choice       text   not null,
    respondents  bigint not null,
    primary key (mpp_code, service_date, agency_code, service_code, choice)
);

-- The population of the sample: tickets served per unit and day (from ticket-completed, outcome SERVED).
create table served_day (
    mpp_code     text   not null,
    agency_code  text   not null,
    service_code text   not null,
    service_date date   not null,
    served       bigint not null,
    primary key (mpp_code, service_date, agency_code, service_code)
);

-- Units whose figures the MPP admin hides from the public until the period is over ('' = the whole agency).
create table ikm_embargo (
    mpp_code     text        not null,
    agency_code  text        not null,
    service_code text        not null default '',
    hidden_by    text        not null,
    hidden_at    timestamptz not null,
    primary key (mpp_code, agency_code, service_code)
);
