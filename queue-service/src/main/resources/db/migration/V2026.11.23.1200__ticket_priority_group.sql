-- Priority service (UU 25/2009 Pasal 29): lansia, disabilitas, ibu hamil, anak. Null = regular line.
alter table ticket add column priority_group text
    check (priority_group in ('LANSIA', 'DISABILITAS', 'IBU_HAMIL', 'ANAK'));
