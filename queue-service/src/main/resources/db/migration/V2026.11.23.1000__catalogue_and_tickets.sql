-- Catalogue: which agencies and services an MPP has (grown by the catalogue issue).
create table mpp (
    code      text primary key,
    name      text not null,
    time_zone text not null
);

create table agency (
    mpp_code text not null references mpp (code),
    code     text not null,
    name     text not null,
    primary key (mpp_code, code)
);

create table service (
    mpp_code      text not null,
    code          text not null,
    agency_code   text not null,
    name_id       text not null,
    name_en       text not null,
    ticket_prefix text not null,
    primary key (mpp_code, code),
    foreign key (mpp_code, agency_code) references agency (mpp_code, code)
);

-- Tickets: one per visit step. Numbers restart every MPP-local day per service.
create table ticket (
    id            uuid primary key,
    visit_id      uuid        not null,
    mpp_code      text        not null,
    agency_code   text        not null,
    service_code  text        not null,
    service_date  date        not null,
    number        text        not null,
    citizen_id    text,
    channel       text        not null,
    status        text        not null,
    counter_code  text,
    officer_id    text,
    outcome       text,
    issued_at     timestamptz not null,
    called_at     timestamptz,
    completed_at  timestamptz,
    version       bigint      not null,
    foreign key (mpp_code, service_code) references service (mpp_code, code),
    unique (mpp_code, service_code, service_date, number)
);

create index ticket_citizen on ticket (citizen_id, service_date);

create table ticket_sequence (
    mpp_code     text not null,
    service_code text not null,
    service_date date not null,
    last_number  int  not null,
    primary key (mpp_code, service_code, service_date)
);
