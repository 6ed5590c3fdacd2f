-- Demo data for MPP Kota Jambi, loaded at start when sinergi.demo-data.enabled=true (./sinergi up, tests).
-- Runs at every start: keep it idempotent.
insert into mpp (code, name, time_zone) values ('kota-jambi', 'Mal Pelayanan Publik Kota Jambi', 'Asia/Jakarta')
on conflict do nothing;

insert into agency (mpp_code, code, name) values
    ('kota-jambi', 'imigrasi', 'Kantor Imigrasi Kelas I TPI Jambi'),
    ('kota-jambi', 'dukcapil', 'Dinas Kependudukan dan Pencatatan Sipil Kota Jambi'),
    ('kota-jambi', 'dpmptsp', 'DPMPTSP Kota Jambi (OSS)')
on conflict do nothing;

insert into service (mpp_code, code, agency_code, name_id, name_en, ticket_prefix) values
    ('kota-jambi', 'paspor-baru', 'imigrasi', 'Paspor baru', 'New passport', 'IMI-A'),
    ('kota-jambi', 'penggantian-paspor', 'imigrasi', 'Penggantian paspor', 'Passport replacement', 'IMI-B'),
    ('kota-jambi', 'ktp-el', 'dukcapil', 'KTP elektronik', 'Electronic ID card (KTP-el)', 'DUK-A'),
    ('kota-jambi', 'kartu-keluarga', 'dukcapil', 'Kartu Keluarga', 'Family card (KK)', 'DUK-B'),
    ('kota-jambi', 'akta-kelahiran', 'dukcapil', 'Akta kelahiran', 'Birth certificate', 'DUK-C'),
    ('kota-jambi', 'nib', 'dpmptsp', 'Nomor Induk Berusaha (NIB)', 'Business identification number (NIB)', 'OSS-A'),
    ('kota-jambi', 'pbg', 'dpmptsp', 'Persetujuan Bangunan Gedung (PBG)', 'Building approval (PBG)', 'OSS-B')
on conflict do nothing;
