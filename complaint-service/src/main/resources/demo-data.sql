-- Demo complaints of MPP Kota Jambi, loaded at start when sinergi.demo-data.enabled=true (./sinergi up, tests).
-- Runs at every start: idempotent (rows already there are kept as the API left them). Times are relative to the
-- first start; the deadline sweep escalates the breached one within a minute. The visitor of ADU-20261201-DEM0000B
-- follows it with secret DEMOSECRET000001 (header X-Complaint-Secret).
insert into complaint (tracking_id, channel, mpp_code, agency_code, service_code, assigned_agency, assigned_service,
                       category, description, media_urls, anonymous, confidential, status, due_stage, due_day, due_at,
                       follow_up_due_at, dispositioned_at, responded_at, responded_in_time, reopen_until, closure,
                       closed_at, submitted_at, updated_at, version)
values
    ('ADU-20261206-DEM0000A', 'WEB', 'kota-jambi', 'imigrasi', 'paspor-baru', null, null, 'PENGADUAN',
     'Antrean paspor tidak bergerak hampir dua jam, papan panggilan mati.', '{}', false, false, 'SUBMITTED',
     'VERIFICATION', (now() + interval '3 days')::date, date_trunc('day', now() + interval '4 days'), null, null,
     null, null, null, null, null, now() - interval '1 hour', now() - interval '1 hour', 0),
    ('ADU-20261201-DEM0000B', 'DESK', 'kota-jambi', 'dukcapil', 'ktp-el', null, null, 'PENGADUAN',
     'Blanko KTP-el habis, diminta kembali minggu depan tanpa kepastian.', '{}', true, false, 'SUBMITTED',
     'VERIFICATION', (now() - interval '3 days')::date, date_trunc('day', now() - interval '2 days'), null, null,
     null, null, null, null, null, now() - interval '8 days', now() - interval '8 days', 0),
    ('ADU-20261204-DEM0000C', 'WHATSAPP', 'kota-jambi', 'imigrasi', null, 'imigrasi', null, 'PENGADUAN',
     'Petugas loket meminta biaya tambahan untuk percepatan.', '{}', false, true, 'DISPOSITIONED',
     'FOLLOW_UP', (now() + interval '6 days')::date, date_trunc('day', now() + interval '7 days'),
     date_trunc('day', now() + interval '7 days'), now() - interval '1 day', null, null, null, null, null,
     now() - interval '2 days', now() - interval '1 day', 0),
    ('ADU-20261202-DEM0000D', 'WEB', 'kota-jambi', 'dukcapil', 'akta-kelahiran', 'dukcapil', 'akta-kelahiran',
     'PERMINTAAN_INFORMASI', 'Apa saja syarat akta kelahiran untuk anak yang lahir di luar kota?', '{}', false,
     false, 'RESPONDED', 'AUTO_CLOSE', (now() + interval '13 days')::date, date_trunc('day', now() + interval '14 days'),
     date_trunc('day', now() + interval '4 days'), now() - interval '3 days', now() - interval '2 days', true,
     date_trunc('day', now() + interval '14 days'), null, null, now() - interval '4 days', now() - interval '2 days', 0),
    ('ADU-20261125-DEM0000E', 'WEB', 'kota-jambi', 'imigrasi', 'penggantian-paspor', 'imigrasi', 'penggantian-paspor',
     'ASPIRASI', 'Mohon tambah kursi di ruang tunggu imigrasi.', '{}', false, false, 'CLOSED', null, null, null,
     now() - interval '5 days', now() - interval '9 days', now() - interval '7 days', true, now() + interval '7 days',
     'CONFIRMED', now() - interval '6 days', now() - interval '11 days', now() - interval '6 days', 0)
on conflict do nothing;

insert into reporter (tracking_id, account_id, name, phone, email, whatsapp_id, secret_hash, created_at)
values
    ('ADU-20261206-DEM0000A', null, 'Rina Demo', null, 'rina.demo@example.org', null, null, now()),
    ('ADU-20261201-DEM0000B', null, 'Pengunjung Demo', null, null, null,
     encode(sha256('DEMOSECRET000001'::bytea), 'hex'), now()),
    ('ADU-20261204-DEM0000C', null, 'Pelapor WhatsApp', null, null, '6281100000001', null, now()),
    ('ADU-20261202-DEM0000D', null, 'Budi Demo', null, null, null, null, now()),
    ('ADU-20261125-DEM0000E', null, 'Sari Demo', null, null, null, null, now())
on conflict do nothing;

-- Each demo complaint's history once (only while it has none).
insert into complaint_history (tracking_id, at, action, from_status, to_status, actor_role, agency_code, note)
select h.tracking_id, h.at, h.action, h.from_status, h.to_status, h.actor_role, h.agency_code, h.note
from (values
    ('ADU-20261206-DEM0000A', now() - interval '1 hour', 'SUBMIT', null, 'SUBMITTED', 'REPORTER', 'imigrasi', 'channel WEB'),
    ('ADU-20261201-DEM0000B', now() - interval '8 days', 'SUBMIT', null, 'SUBMITTED', 'AGENCY_STAFF', 'dukcapil', 'channel DESK'),
    ('ADU-20261204-DEM0000C', now() - interval '2 days', 'SUBMIT', null, 'SUBMITTED', 'REPORTER', 'imigrasi', 'channel WHATSAPP'),
    ('ADU-20261204-DEM0000C', now() - interval '1 day 2 hours', 'VERIFY', 'SUBMITTED', 'VERIFIED', 'MPP_ADMIN', null, null),
    ('ADU-20261204-DEM0000C', now() - interval '1 day', 'DISPOSITION', 'VERIFIED', 'DISPOSITIONED', 'MPP_ADMIN', 'imigrasi', 'Mohon ditindaklanjuti'),
    ('ADU-20261202-DEM0000D', now() - interval '4 days', 'SUBMIT', null, 'SUBMITTED', 'REPORTER', 'dukcapil', 'channel WEB'),
    ('ADU-20261202-DEM0000D', now() - interval '3 days 4 hours', 'VERIFY', 'SUBMITTED', 'VERIFIED', 'MPP_ADMIN', null, null),
    ('ADU-20261202-DEM0000D', now() - interval '3 days', 'DISPOSITION', 'VERIFIED', 'DISPOSITIONED', 'MPP_ADMIN', 'dukcapil', null),
    ('ADU-20261202-DEM0000D', now() - interval '2 days', 'RESPOND', 'DISPOSITIONED', 'RESPONDED', 'AGENCY_STAFF', 'dukcapil', 'Syarat: surat keterangan lahir, KK, KTP orang tua; dapat diurus di MPP.'),
    ('ADU-20261125-DEM0000E', now() - interval '11 days', 'SUBMIT', null, 'SUBMITTED', 'REPORTER', 'imigrasi', 'channel WEB'),
    ('ADU-20261125-DEM0000E', now() - interval '10 days', 'VERIFY', 'SUBMITTED', 'VERIFIED', 'MPP_ADMIN', null, null),
    ('ADU-20261125-DEM0000E', now() - interval '9 days', 'DISPOSITION', 'VERIFIED', 'DISPOSITIONED', 'MPP_ADMIN', 'imigrasi', null),
    ('ADU-20261125-DEM0000E', now() - interval '7 days', 'RESPOND', 'DISPOSITIONED', 'RESPONDED', 'AGENCY_STAFF', 'imigrasi', 'Kursi tambahan dipasang minggu ini.'),
    ('ADU-20261125-DEM0000E', now() - interval '6 days', 'CONFIRM', 'RESPONDED', 'CLOSED', 'REPORTER', 'imigrasi', 'Terima kasih')
) as h (tracking_id, at, action, from_status, to_status, actor_role, agency_code, note)
where not exists (select 1 from complaint_history e where e.tracking_id = h.tracking_id);

-- The Open311 development client (README): api_key "open311-dev-key" for MPP kota-jambi.
insert into open311_client (api_key_hash, name, mpp_code)
values (encode(sha256('open311-dev-key'::bytea), 'hex'), 'open311-dev', 'kota-jambi')
on conflict do nothing;
