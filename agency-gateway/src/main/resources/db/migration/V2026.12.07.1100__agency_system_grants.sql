-- What an agency's system needs of the public API besides its complaints (issue 20): the operator event stream (its
-- own agency's events of the types granted to it), its counters and their state (the ticket at each, the parked
-- ones) and its KPIs; queue-service scopes each to the token's agency. Seeded for MPP kota-jambi's systems of
-- imigrasi (SIMKIM), dukcapil and dpmptsp (OSS), only where the agency has grants still: an agency whose grants the
-- MPP admin revoked is not given new ones by an upgrade.
insert into agency_grant (mpp_code, agency_code, kind, name, granted_by, granted_at)
select 'kota-jambi', agency.code, 'OPERATION', grant_of.name, 'seed', now()
from (values ('imigrasi'), ('dukcapil'), ('dpmptsp')) as agency (code)
cross join (values
    ('GET /api/v1/operator/events'),
    ('GET /api/v1/mpps/{mpp}/counters'),
    ('GET /api/v1/counters/{mpp}/{code}'),
    ('GET /api/v1/mpps/{mpp}/kpis')
) as grant_of (name)
where exists (select 1 from agency_grant held where held.mpp_code = 'kota-jambi' and held.agency_code = agency.code)
on conflict (mpp_code, agency_code, kind, name) do nothing;
