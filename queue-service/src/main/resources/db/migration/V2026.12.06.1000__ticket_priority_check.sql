-- A citizen's priority group is a request until the officer confirms it at the call (officers and kiosks issue
-- confirmed priority tickets). Existing priority tickets were issued before the rule: taken as confirmed.
alter table ticket add column priority_confirmed boolean not null default true;
create index ticket_citizen_service_day on ticket (citizen_id, mpp_code, service_code, service_date)
    where citizen_id is not null;
