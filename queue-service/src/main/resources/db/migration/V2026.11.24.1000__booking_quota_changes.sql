-- A released day follows a changed online quota. Each slot's capacity is kept beside its units: raising it adds
-- units, lowering it deletes free ones, and when more are booked than the new capacity every booking stays but a
-- unit whose booking ends (cancelled, expired, moved) is deleted instead of offered again until the slot is back
-- within its capacity. Frees and changes of a slot lock its capacity row, so they see each other's units.
-- Days released before this migration have no capacity rows: their units are their capacity.
create table booking_slot_capacity (
    mpp_code     text not null,
    service_code text not null,
    service_date date not null,
    slot_start   time not null,
    capacity     int  not null check (capacity >= 0),
    primary key (mpp_code, service_code, service_date, slot_start),
    foreign key (mpp_code, service_code, service_date) references booking_day (mpp_code, service_code, service_date)
);
