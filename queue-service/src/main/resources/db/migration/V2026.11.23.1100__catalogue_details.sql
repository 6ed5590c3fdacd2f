-- Catalogue details: opening hours, closed days, what a service asks and takes, and the counters.

-- Hours per ISO weekday (1 = Monday … 7 = Sunday), MPP-local; a weekday without a row is not a working day.
-- closes = 00:00 means until midnight.
create table mpp_opening_hours (
    mpp_code    text     not null references mpp (code),
    day_of_week smallint not null check (day_of_week between 1 and 7),
    opens       time     not null,
    closes      time     not null,
    primary key (mpp_code, day_of_week),
    check (opens < closes or closes = '00:00')
);

-- Public holidays and other days the MPP is closed.
create table mpp_closed_day (
    mpp_code text not null references mpp (code),
    day      date not null,
    reason   text not null,
    primary key (mpp_code, day)
);

alter table service
    add column requirements_id  text[]  not null default '{}',
    add column requirements_en  text[]  not null default '{}',
    add column fee_rupiah       bigint  not null default 0 check (fee_rupiah >= 0),
    add column service_minutes  int     not null default 15 check (service_minutes between 1 and 480),
    add column quota_regular    int     not null default 0 check (quota_regular >= 0),
    add column quota_priority   int     not null default 0 check (quota_priority >= 0),
    add column quota_online     int     not null default 0 check (quota_online >= 0),
    add column sla_minutes      int     not null default 60 check (sla_minutes between 1 and 1440),
    add column active           boolean not null default true;

-- Counters (loket) of an agency's booth and the services each may serve.
create table counter (
    mpp_code    text   not null,
    code        text   not null,
    agency_code text   not null,
    name        text   not null,
    services    text[] not null default '{}',
    primary key (mpp_code, code),
    foreign key (mpp_code, agency_code) references agency (mpp_code, code)
);
