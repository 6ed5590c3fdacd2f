-- An agency's or a service's profile over a period walks its own rows (bench/ikm: a unit-month read 16,214 profile
-- rows of the whole MPP to keep 533).
create index ikm_profile_day_unit on ikm_profile_day (mpp_code, agency_code, service_code, service_date);
