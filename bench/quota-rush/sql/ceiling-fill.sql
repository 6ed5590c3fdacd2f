-- Data of the pgbench ceilings in the scratch database bench_ceiling (not the queue database).
-- Placeholders filled by the bench: ${days} booking days from ${first_day}, ${slots} slots of ${units} units each.
insert into mpp (code, name, time_zone) values ('kota-jambi', 'Mal Pelayanan Publik Kota Jambi', 'Asia/Jakarta');
insert into agency (mpp_code, code, name) values ('kota-jambi', 'dpmptsp', 'DPMPTSP');
insert into service (mpp_code, code, agency_code, name_id, name_en, ticket_prefix, quota_online)
values ('kota-jambi', 'bench', 'dpmptsp', 'Layanan bench', 'Bench service', 'BEN', ${units} * ${slots});
insert into mpp_opening_hours (mpp_code, day_of_week, opens, closes)
select 'kota-jambi', d, time '08:00', case when d = 6 then time '12:00' else time '15:00' end
from generate_series(1, 6) d;
insert into mpp_closed_day (mpp_code, day, reason)
select 'kota-jambi', date '${first_day}' + 7 * k + 6, 'Libur ' || k from generate_series(0, 14) k;

insert into booking_day (mpp_code, service_code, service_date, online_quota, slot_minutes, released_at)
select 'kota-jambi', 'bench', date '${first_day}' + d, ${units} * ${slots}, 60, now()
from generate_series(0, ${days} - 1) d;

insert into booking_slot (mpp_code, service_code, service_date, slot_start, seq)
select 'kota-jambi', 'bench', date '${first_day}' + d, time '08:00' + make_interval(hours => s), u
from generate_series(0, ${days} - 1) d, generate_series(0, ${slots} - 1) s, generate_series(1, ${units}) u;

-- (b) the naive design: one hot row per service-day counts what is used.
create table quota (
    mpp_code     text not null,
    service_code text not null,
    service_date date not null,
    used         bigint not null,
    cap          bigint not null,
    primary key (mpp_code, service_code, service_date)
);
insert into quota values ('kota-jambi', 'bench', date '${first_day}', 0, 9000000000000000000);
