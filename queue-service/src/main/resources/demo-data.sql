-- Demo data for MPP Kota Jambi, loaded at start when sinergi.demo-data.enabled=true (./sinergi up, tests).
-- Runs at every start: keep it idempotent (changes made through the API since are kept).
insert into mpp (code, name, time_zone) values ('kota-jambi', 'Mal Pelayanan Publik Kota Jambi', 'Asia/Jakarta')
on conflict do nothing;

-- Monday to Friday 08:00-15:00 WIB, Saturday 08:00-12:00.
insert into mpp_opening_hours (mpp_code, day_of_week, opens, closes) values
    ('kota-jambi', 1, '08:00', '15:00'), ('kota-jambi', 2, '08:00', '15:00'), ('kota-jambi', 3, '08:00', '15:00'),
    ('kota-jambi', 4, '08:00', '15:00'), ('kota-jambi', 5, '08:00', '15:00'), ('kota-jambi', 6, '08:00', '12:00')
on conflict do nothing;

insert into mpp_closed_day (mpp_code, day, reason) values
    ('kota-jambi', '2026-12-25', 'Hari Raya Natal'),
    ('kota-jambi', '2027-01-01', 'Tahun Baru Masehi')
on conflict do nothing;

insert into agency (mpp_code, code, name) values
    ('kota-jambi', 'imigrasi', 'Kantor Imigrasi Kelas I TPI Jambi'),
    ('kota-jambi', 'dukcapil', 'Dinas Kependudukan dan Pencatatan Sipil Kota Jambi'),
    ('kota-jambi', 'dpmptsp', 'DPMPTSP Kota Jambi (OSS)')
on conflict do nothing;

insert into service (mpp_code, code, agency_code, name_id, name_en, ticket_prefix, requirements_id, requirements_en,
                     fee_rupiah, service_minutes, quota_regular, quota_priority, quota_online, sla_minutes) values
    ('kota-jambi', 'paspor-baru', 'imigrasi', 'Paspor baru', 'New passport', 'IMI-A',
     '{"KTP-el asli","Kartu Keluarga asli","Akta kelahiran, ijazah atau surat nikah"}',
     '{"Original electronic ID card (KTP-el)","Original family card (KK)","Birth certificate, diploma or marriage certificate"}',
     350000, 20, 40, 10, 50, 60),
    ('kota-jambi', 'penggantian-paspor', 'imigrasi', 'Penggantian paspor', 'Passport replacement', 'IMI-B',
     '{"KTP-el asli","Paspor lama"}', '{"Original electronic ID card (KTP-el)","Old passport"}',
     350000, 15, 30, 10, 40, 60),
    ('kota-jambi', 'ktp-el', 'dukcapil', 'KTP elektronik', 'Electronic ID card (KTP-el)', 'DUK-A',
     '{"Kartu Keluarga","Surat pengantar bila pindah datang"}', '{"Family card (KK)","Cover letter when moving in"}',
     0, 10, 80, 20, 50, 45),
    ('kota-jambi', 'kartu-keluarga', 'dukcapil', 'Kartu Keluarga', 'Family card (KK)', 'DUK-B',
     '{"Kartu Keluarga lama","Dokumen peristiwa (akta nikah, kelahiran, kematian)"}',
     '{"Old family card","Document of the event (marriage, birth or death certificate)"}',
     0, 15, 60, 10, 30, 60),
    ('kota-jambi', 'akta-kelahiran', 'dukcapil', 'Akta kelahiran', 'Birth certificate', 'DUK-C',
     '{"Surat keterangan lahir","Kartu Keluarga","KTP-el orang tua"}',
     '{"Birth letter from the hospital or midwife","Family card (KK)","Parents'' KTP-el"}',
     0, 15, 40, 10, 30, 60),
    ('kota-jambi', 'nib', 'dpmptsp', 'Nomor Induk Berusaha (NIB)', 'Business identification number (NIB)', 'OSS-A',
     '{"KTP-el","NPWP","Alamat email aktif"}', '{"KTP-el","Tax number (NPWP)","Active e-mail address"}',
     0, 30, 20, 5, 20, 90),
    ('kota-jambi', 'pbg', 'dpmptsp', 'Persetujuan Bangunan Gedung (PBG)', 'Building approval (PBG)', 'OSS-B',
     '{"Bukti kepemilikan tanah","Gambar teknis bangunan","Rekomendasi teknis PUPR, Dishub, Damkar dan DLH"}',
     '{"Proof of land ownership","Technical drawings","Technical recommendations from PUPR, Dishub, Damkar and DLH"}',
     0, 45, 10, 2, 10, 120)
on conflict do nothing;

-- A licence issued to a registered business: its ticket or booking names the business's NIB, checked at OSS at once.
insert into service (mpp_code, code, agency_code, name_id, name_en, ticket_prefix, requirements_id, requirements_en,
                     fee_rupiah, service_minutes, quota_regular, quota_priority, quota_online, sla_minutes,
                     requires_nib) values
    ('kota-jambi', 'izin-usaha', 'dpmptsp', 'Izin usaha (perizinan berusaha berbasis risiko)',
     'Business licence (risk-based licensing)', 'OSS-C',
     '{"NIB","KTP-el penanggung jawab","Dokumen persyaratan sesuai tingkat risiko usaha"}',
     '{"NIB","KTP-el of the person in charge","Documents required for the business''s risk level"}',
     0, 30, 20, 5, 15, 90, true)
on conflict do nothing;

insert into counter (mpp_code, code, agency_code, name, services) values
    ('kota-jambi', 'IMI-1', 'imigrasi', 'Loket Imigrasi 1', '{paspor-baru,penggantian-paspor}'),
    ('kota-jambi', 'IMI-2', 'imigrasi', 'Loket Imigrasi 2', '{paspor-baru,penggantian-paspor}'),
    ('kota-jambi', 'DUK-1', 'dukcapil', 'Loket Dukcapil 1', '{ktp-el,kartu-keluarga,akta-kelahiran}'),
    ('kota-jambi', 'DUK-2', 'dukcapil', 'Loket Dukcapil 2', '{ktp-el,kartu-keluarga,akta-kelahiran}'),
    ('kota-jambi', 'OSS-1', 'dpmptsp', 'Loket OSS 1', '{nib,pbg,izin-usaha}')
on conflict do nothing;

-- The PBG building-permit journey: DPMPTSP takes the application, then the visit is transferred for the
-- technical recommendations of PUPR, Dishub (traffic impact), Damkar (fire safety) and DLH (environment).
insert into agency (mpp_code, code, name) values
    ('kota-jambi', 'pupr', 'Dinas PUPR Kota Jambi'),
    ('kota-jambi', 'dishub', 'Dinas Perhubungan Kota Jambi'),
    ('kota-jambi', 'damkar', 'Dinas Pemadam Kebakaran dan Penyelamatan Kota Jambi'),
    ('kota-jambi', 'dlh', 'Dinas Lingkungan Hidup Kota Jambi')
on conflict do nothing;

insert into service (mpp_code, code, agency_code, name_id, name_en, ticket_prefix, requirements_id, requirements_en,
                     fee_rupiah, service_minutes, quota_regular, quota_priority, quota_online, sla_minutes) values
    ('kota-jambi', 'rekomendasi-pupr', 'pupr', 'Rekomendasi teknis bangunan (PBG)',
     'Building technical recommendation (PBG)', 'PUPR', '{"Gambar teknis bangunan"}', '{"Technical drawings"}',
     0, 30, 15, 2, 0, 90),
    ('kota-jambi', 'andalalin', 'dishub', 'Rekomendasi analisis dampak lalu lintas', 'Traffic impact recommendation',
     'HUB', '{"Denah lokasi dan akses jalan"}', '{"Site plan and road access"}', 0, 20, 15, 2, 0, 90),
    ('kota-jambi', 'proteksi-kebakaran', 'damkar', 'Rekomendasi proteksi kebakaran', 'Fire protection recommendation',
     'DMK', '{"Gambar sistem proteksi kebakaran"}', '{"Fire protection drawings"}', 0, 20, 15, 2, 0, 90),
    ('kota-jambi', 'persetujuan-lingkungan', 'dlh', 'Persetujuan lingkungan (SPPL/UKL-UPL)',
     'Environmental approval (SPPL/UKL-UPL)', 'DLH', '{"Dokumen SPPL atau UKL-UPL"}',
     '{"SPPL or UKL-UPL document"}', 0, 20, 15, 2, 0, 90)
on conflict do nothing;

insert into counter (mpp_code, code, agency_code, name, services) values
    ('kota-jambi', 'PUPR-1', 'pupr', 'Loket PUPR', '{rekomendasi-pupr}'),
    ('kota-jambi', 'HUB-1', 'dishub', 'Loket Dishub', '{andalalin}'),
    ('kota-jambi', 'DMK-1', 'damkar', 'Loket Damkar', '{proteksi-kebakaran}'),
    ('kota-jambi', 'DLH-1', 'dlh', 'Loket DLH', '{persetujuan-lingkungan}')
on conflict do nothing;
