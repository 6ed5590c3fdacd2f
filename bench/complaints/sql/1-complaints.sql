-- bench/complaints seed, table 1 of 3: ${n} complaints of MPP kota-jambi filed over the last 90 days, in one
-- statement. Tracking ids ADU-<WIB day>-<8 Crockford characters>: the 40 bits are i * 679526036855 + ${salt} mod 2^40,
-- a bijection of i, so the ids of one seed never clash (a clash with an existing row is skipped). Several agencies and
-- services, every channel and category, mixed statuses with the columns each status has (the running stage's
-- deadline in the next 1-14 days, so the sweep finds nothing due until the bench's sweep step), some anonymous, some
-- confidential; inserted in submitted_at order, as they were filed. Placeholders ${n} and ${salt} are filled in by the bench (plain numbers).
with p as (
    select now() as t0,
           (now() at time zone 'Asia/Jakarta')::date as today,
           '0123456789ABCDEFGHJKMNPQRSTVWXYZ'::text as abc,
           array['Antrean paspor', 'Petugas loket', 'Papan panggilan', 'Ruang tunggu', 'Pelayanan KTP-el',
                 'Sistem OSS', 'Nomor antrean online', 'Parkir MPP', 'Toilet lantai dua', 'AC ruang tunggu',
                 'Jadwal wawancara paspor', 'Blanko KTP-el', 'Mesin kiosk', 'Informasi persyaratan',
                 'Petugas keamanan', 'Pembayaran PNBP', 'Foto paspor', 'Pengambilan paspor', 'Akta kelahiran',
                 'Kartu keluarga'] as subjects,
           array['tidak bergerak hampir dua jam', 'mati sejak pagi', 'meminta biaya tambahan',
                 'tidak ramah kepada lansia', 'penuh dan panas', 'tidak sesuai jadwal', 'sering gangguan',
                 'tidak menjawab pertanyaan', 'ditutup sebelum jam layanan', 'antre tanpa kepastian',
                 'rusak dan kotor', 'berbeda dengan di situs web', 'hilang dari sistem',
                 'diminta kembali minggu depan', 'tidak ada petunjuk arah'] as problems,
           array['mohon diperbaiki', 'sudah tiga kali datang', 'saya datang pukul 08.00',
                 'anak saya ikut menunggu', 'tolong ditindaklanjuti', 'kejadian hari Senin',
                 'sangat mengecewakan', 'mohon penjelasan', 'terima kasih', 'harap ada perbaikan segera'] as details
),
draw as (
    select g.i,
           ((g.i::bigint * 679526036855 + ${salt}) & 1099511627775) as k,
           p.t0 - interval '90 days' * random() as at,
           random() as r_agency, random() as r_service, random() as r_status, random() as r_channel,
           random() as r_category, random() as r_anonymous, random() as r_confidential, random() as r_due,
           random() as r_closure, (random() * 20)::int % 20 + 1 as s, (random() * 15)::int % 15 + 1 as q,
           (random() * 10)::int % 10 + 1 as d, (random() * 9999)::int as visit_no
    from generate_series(1, ${n}) g(i), p
),
shaped as (
    select d.*,
           case when r_agency < 0.35 then 'imigrasi' when r_agency < 0.70 then 'dukcapil'
                when r_agency < 0.85 then 'dpmptsp' when r_agency < 0.93 then 'bpjs-kesehatan'
                else 'samsat' end as agency,
           case when r_status < 0.08 then 'SUBMITTED' when r_status < 0.13 then 'VERIFIED'
                when r_status < 0.23 then 'DISPOSITIONED' when r_status < 0.33 then 'IN_PROGRESS'
                when r_status < 0.43 then 'RESPONDED' when r_status < 0.88 then 'CLOSED'
                when r_status < 0.93 then 'REJECTED' when r_status < 0.95 then 'ARCHIVED'
                else 'POSTPONED' end as status,
           p.today + 1 + (r_due * 13)::int as due_day
    from draw d, p
),
rows as (
    select s.*,
           case s.agency
               when 'imigrasi' then (array['paspor-baru', 'penggantian-paspor', null])[1 + (r_service * 3)::int % 3]
               when 'dukcapil' then (array['ktp-el', 'kartu-keluarga', 'akta-kelahiran', null])[1 + (r_service * 4)::int % 4]
               when 'dpmptsp' then (array['nib', 'pbg', null])[1 + (r_service * 3)::int % 3]
           end as service,
           case s.status when 'SUBMITTED' then 'VERIFICATION' when 'VERIFIED' then 'DISPOSITION'
                         when 'DISPOSITIONED' then 'FOLLOW_UP' when 'IN_PROGRESS' then 'FOLLOW_UP'
                         when 'RESPONDED' then 'AUTO_CLOSE' end as stage,
           s.status in ('DISPOSITIONED', 'IN_PROGRESS', 'RESPONDED', 'CLOSED') as with_agency,
           s.status in ('RESPONDED', 'CLOSED') as responded,
           ((s.due_day + 1)::timestamp at time zone 'Asia/Jakarta') as due_at
    from shaped s
)
insert into complaint (tracking_id, channel, mpp_code, agency_code, service_code, assigned_agency, assigned_service,
                       category, description, media_urls, anonymous, confidential, status, postponed_from, due_stage,
                       due_day, due_at, breached_stage, follow_up_due_at, dispositioned_at, responded_at,
                       responded_in_time, reopen_until, reopened_count, closure, closed_at, submitted_at, updated_at,
                       version)
select 'ADU-' || to_char(r.at at time zone 'Asia/Jakarta', 'YYYYMMDD') || '-'
           || substr(p.abc, ((r.k >> 35) & 31)::int + 1, 1) || substr(p.abc, ((r.k >> 30) & 31)::int + 1, 1)
           || substr(p.abc, ((r.k >> 25) & 31)::int + 1, 1) || substr(p.abc, ((r.k >> 20) & 31)::int + 1, 1)
           || substr(p.abc, ((r.k >> 15) & 31)::int + 1, 1) || substr(p.abc, ((r.k >> 10) & 31)::int + 1, 1)
           || substr(p.abc, ((r.k >> 5) & 31)::int + 1, 1) || substr(p.abc, (r.k & 31)::int + 1, 1),
       case when r.r_channel < 0.40 then 'WEB' when r.r_channel < 0.65 then 'MOBILE' when r.r_channel < 0.80 then 'DESK'
            when r.r_channel < 0.95 then 'WHATSAPP' else 'OPEN311' end,
       'kota-jambi', r.agency, r.service,
       case when r.with_agency then r.agency end,
       case when r.with_agency then r.service end,
       case when r.r_category < 0.70 then 'PENGADUAN' when r.r_category < 0.85 then 'ASPIRASI'
            else 'PERMINTAAN_INFORMASI' end,
       p.subjects[r.s] || ' ' || p.problems[r.q] || ', ' || p.details[r.d] || ' (kunjungan ' || r.visit_no || ').',
       '{}', r.r_anonymous < 0.15, r.r_confidential < 0.10, r.status,
       case when r.status = 'POSTPONED' then 'VERIFIED' end,
       r.stage,
       case when r.stage is not null then r.due_day end,
       case when r.stage is not null then r.due_at end,
       null,
       case when r.stage = 'FOLLOW_UP' then r.due_at end,
       case when r.with_agency then least(r.at + interval '1 day', p.t0) end,
       case when r.responded then least(r.at + interval '3 days', p.t0) end,
       case when r.responded then true end,
       case when r.status = 'RESPONDED' then r.due_at end,
       0,
       case when r.status = 'CLOSED' then (case when r.r_closure < 0.6 then 'CONFIRMED' else 'AUTO_CLOSED' end) end,
       case when r.status = 'CLOSED' then least(r.at + interval '10 days', p.t0) end,
       r.at,
       case when r.status = 'CLOSED' then least(r.at + interval '10 days', p.t0)
            when r.responded then least(r.at + interval '3 days', p.t0)
            when r.with_agency then least(r.at + interval '1 day', p.t0)
            else r.at end,
       0
from rows r, p
order by r.at  -- filed over time: the heap in submitted_at order, as a database in service has it
on conflict do nothing
