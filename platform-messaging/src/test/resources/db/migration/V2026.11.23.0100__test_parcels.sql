create table parcel (
    id      uuid primary key,
    owner   text   not null,
    status  text   not null,
    version bigint not null
);

create table delivery_log (
    id         bigint generated always as identity primary key,
    visit_id   text not null,
    event_id   text not null
);
