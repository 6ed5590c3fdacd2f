-- The working-day calendar of complaint deadlines (SP4N-LAPOR! stages count working days): each MPP's time zone,
-- and the non-working weekdays besides Saturday and Sunday. A row without mpp_code is national (every MPP);
-- national rows come only from migrations (SKB 3 Menteri), each MPP's own rows from its admin through the API.
create table mpp_calendar (
    mpp_code   text primary key,
    time_zone  text        not null check (time_zone in ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura')),
    updated_at timestamptz not null
);

insert into mpp_calendar (mpp_code, time_zone, updated_at) values
    ('kota-jambi', 'Asia/Jakarta', now()),
    ('kota-batam', 'Asia/Jakarta', now()),
    ('karawang',   'Asia/Jakarta', now()),
    ('banyuwangi', 'Asia/Jakarta', now());

create table non_working_day (
    id         bigserial primary key,
    mpp_code   text,
    day        date        not null,
    kind       text        not null check (kind in ('NATIONAL_HOLIDAY', 'CUTI_BERSAMA', 'LOCAL_HOLIDAY')),
    name       text        not null check (length(name) between 1 and 200),
    source     text        not null,
    created_at timestamptz not null default now(),
    -- One row per day and MPP, and one national row per day (PostgreSQL 15+; the platform runs 17).
    constraint non_working_day_mpp_day unique nulls not distinct (mpp_code, day)
);

-- 2026: hari libur nasional and cuti bersama of the SKB 3 Menteri 2026.
insert into non_working_day (mpp_code, day, kind, name, source) values
    (null, '2026-01-01', 'NATIONAL_HOLIDAY', 'Tahun Baru 2026 Masehi',                  'SKB 3 Menteri 2026'),
    (null, '2026-01-16', 'NATIONAL_HOLIDAY', 'Isra Mi''raj Nabi Muhammad SAW',           'SKB 3 Menteri 2026'),
    (null, '2026-02-16', 'CUTI_BERSAMA',     'Cuti bersama Tahun Baru Imlek',            'SKB 3 Menteri 2026'),
    (null, '2026-02-17', 'NATIONAL_HOLIDAY', 'Tahun Baru Imlek 2577 Kongzili',           'SKB 3 Menteri 2026'),
    (null, '2026-03-18', 'CUTI_BERSAMA',     'Cuti bersama Hari Suci Nyepi',             'SKB 3 Menteri 2026'),
    (null, '2026-03-19', 'NATIONAL_HOLIDAY', 'Hari Suci Nyepi Tahun Baru Saka 1948',     'SKB 3 Menteri 2026'),
    (null, '2026-03-20', 'CUTI_BERSAMA',     'Cuti bersama Idul Fitri 1447 H',           'SKB 3 Menteri 2026'),
    (null, '2026-03-21', 'NATIONAL_HOLIDAY', 'Idul Fitri 1447 H',                        'SKB 3 Menteri 2026'),
    (null, '2026-03-22', 'NATIONAL_HOLIDAY', 'Idul Fitri 1447 H',                        'SKB 3 Menteri 2026'),
    (null, '2026-03-23', 'CUTI_BERSAMA',     'Cuti bersama Idul Fitri 1447 H',           'SKB 3 Menteri 2026'),
    (null, '2026-03-24', 'CUTI_BERSAMA',     'Cuti bersama Idul Fitri 1447 H',           'SKB 3 Menteri 2026'),
    (null, '2026-04-03', 'NATIONAL_HOLIDAY', 'Wafat Yesus Kristus',                      'SKB 3 Menteri 2026'),
    (null, '2026-04-05', 'NATIONAL_HOLIDAY', 'Kebangkitan Yesus Kristus (Paskah)',       'SKB 3 Menteri 2026'),
    (null, '2026-05-01', 'NATIONAL_HOLIDAY', 'Hari Buruh Internasional',                 'SKB 3 Menteri 2026'),
    (null, '2026-05-14', 'NATIONAL_HOLIDAY', 'Kenaikan Yesus Kristus',                   'SKB 3 Menteri 2026'),
    (null, '2026-05-15', 'CUTI_BERSAMA',     'Cuti bersama Kenaikan Yesus Kristus',      'SKB 3 Menteri 2026'),
    (null, '2026-05-27', 'NATIONAL_HOLIDAY', 'Idul Adha 1447 H',                         'SKB 3 Menteri 2026'),
    (null, '2026-05-28', 'CUTI_BERSAMA',     'Cuti bersama Idul Adha 1447 H',            'SKB 3 Menteri 2026'),
    (null, '2026-05-31', 'NATIONAL_HOLIDAY', 'Hari Raya Waisak 2570 BE',                 'SKB 3 Menteri 2026'),
    (null, '2026-06-01', 'NATIONAL_HOLIDAY', 'Hari Lahir Pancasila',                     'SKB 3 Menteri 2026'),
    (null, '2026-06-16', 'NATIONAL_HOLIDAY', 'Tahun Baru Islam 1448 H',                  'SKB 3 Menteri 2026'),
    (null, '2026-08-17', 'NATIONAL_HOLIDAY', 'Hari Kemerdekaan Republik Indonesia',      'SKB 3 Menteri 2026'),
    (null, '2026-08-25', 'NATIONAL_HOLIDAY', 'Maulid Nabi Muhammad SAW',                 'SKB 3 Menteri 2026'),
    (null, '2026-12-24', 'CUTI_BERSAMA',     'Cuti bersama Hari Raya Natal',             'SKB 3 Menteri 2026'),
    (null, '2026-12-25', 'NATIONAL_HOLIDAY', 'Hari Raya Natal',                          'SKB 3 Menteri 2026');

-- 2027: no SKB yet. Fixed and computable dates (Imlek, Easter) as they will be; Hijri, Saka and Waisak dates estimated.
-- No 2027 cuti bersama rows: they are not known before the SKB 3 Menteri 2027 decrees them (add them in a migration then).
insert into non_working_day (mpp_code, day, kind, name, source) values
    (null, '2027-01-01', 'NATIONAL_HOLIDAY', 'Tahun Baru 2027 Masehi',                  'tanggal tetap atau terhitung (fixed or computed) — SKB 3 Menteri 2027 not issued yet'),
    (null, '2027-01-05', 'NATIONAL_HOLIDAY', 'Isra Mi''raj Nabi Muhammad SAW',           'perkiraan (estimate) — check SKB 3 Menteri 2027 and correct in a migration'),
    (null, '2027-02-06', 'NATIONAL_HOLIDAY', 'Tahun Baru Imlek 2578 Kongzili',           'tanggal tetap atau terhitung (fixed or computed) — SKB 3 Menteri 2027 not issued yet'),
    (null, '2027-03-08', 'NATIONAL_HOLIDAY', 'Hari Suci Nyepi Tahun Baru Saka 1949',     'perkiraan (estimate) — check SKB 3 Menteri 2027 and correct in a migration'),
    (null, '2027-03-10', 'NATIONAL_HOLIDAY', 'Idul Fitri 1448 H',                        'perkiraan (estimate) — check SKB 3 Menteri 2027 and correct in a migration'),
    (null, '2027-03-11', 'NATIONAL_HOLIDAY', 'Idul Fitri 1448 H',                        'perkiraan (estimate) — check SKB 3 Menteri 2027 and correct in a migration'),
    (null, '2027-03-26', 'NATIONAL_HOLIDAY', 'Wafat Yesus Kristus',                      'tanggal tetap atau terhitung (fixed or computed) — SKB 3 Menteri 2027 not issued yet'),
    (null, '2027-03-28', 'NATIONAL_HOLIDAY', 'Kebangkitan Yesus Kristus (Paskah)',       'tanggal tetap atau terhitung (fixed or computed) — SKB 3 Menteri 2027 not issued yet'),
    (null, '2027-05-01', 'NATIONAL_HOLIDAY', 'Hari Buruh Internasional',                 'tanggal tetap atau terhitung (fixed or computed) — SKB 3 Menteri 2027 not issued yet'),
    (null, '2027-05-06', 'NATIONAL_HOLIDAY', 'Kenaikan Yesus Kristus',                   'tanggal tetap atau terhitung (fixed or computed) — SKB 3 Menteri 2027 not issued yet'),
    (null, '2027-05-17', 'NATIONAL_HOLIDAY', 'Idul Adha 1448 H',                         'perkiraan (estimate) — check SKB 3 Menteri 2027 and correct in a migration'),
    (null, '2027-05-20', 'NATIONAL_HOLIDAY', 'Hari Raya Waisak 2571 BE',                 'perkiraan (estimate) — check SKB 3 Menteri 2027 and correct in a migration'),
    (null, '2027-06-01', 'NATIONAL_HOLIDAY', 'Hari Lahir Pancasila',                     'tanggal tetap atau terhitung (fixed or computed) — SKB 3 Menteri 2027 not issued yet'),
    (null, '2027-06-06', 'NATIONAL_HOLIDAY', 'Tahun Baru Islam 1449 H',                  'perkiraan (estimate) — check SKB 3 Menteri 2027 and correct in a migration'),
    (null, '2027-08-15', 'NATIONAL_HOLIDAY', 'Maulid Nabi Muhammad SAW',                 'perkiraan (estimate) — check SKB 3 Menteri 2027 and correct in a migration'),
    (null, '2027-08-17', 'NATIONAL_HOLIDAY', 'Hari Kemerdekaan Republik Indonesia',      'tanggal tetap atau terhitung (fixed or computed) — SKB 3 Menteri 2027 not issued yet'),
    (null, '2027-12-25', 'NATIONAL_HOLIDAY', 'Hari Raya Natal',                          'tanggal tetap atau terhitung (fixed or computed) — SKB 3 Menteri 2027 not issued yet');
