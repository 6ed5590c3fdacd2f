-- The plans of the IKM report statements (store/ikm/IkmAggregates.java: SUM, PROFILE, SERVED) on the seeded data of
-- MPP bench-ikm, as survey-service runs them: prepared, and after five executions with the generic plan (Hibernate
-- Reactive's pooled prepared statements), which is forced here. Nothing is changed.
--   PGPASSWORD=survey_service psql -h 127.0.0.1 -p 15432 -U survey_service survey -v year=2025 -v month=2025-03 \
--     -f bench/ikm/sql/explain.sql
\timing on
prepare s(text, text, text, date, date) as
select coalesce(sum(respondents), 0), coalesce(sum(u1), 0), coalesce(sum(u2), 0), coalesce(sum(u3), 0),
       coalesce(sum(u4), 0), coalesce(sum(u5), 0), coalesce(sum(u6), 0), coalesce(sum(u7), 0),
       coalesce(sum(u8), 0), coalesce(sum(u9), 0)
from ikm_day where mpp_code = $1 and (cast($2 as text) is null or agency_code = cast($2 as text))
  and (cast($3 as text) is null or service_code = cast($3 as text)) and service_date between $4 and $5;
prepare p(text, text, text, date, date) as
select choice, sum(respondents) from ikm_profile_day
where mpp_code = $1 and (cast($2 as text) is null or agency_code = cast($2 as text))
  and (cast($3 as text) is null or service_code = cast($3 as text)) and service_date between $4 and $5
group by choice;
prepare v(text, text, text, date, date) as
select coalesce(sum(served), 0) from served_day
where mpp_code = $1 and (cast($2 as text) is null or agency_code = cast($2 as text))
  and (cast($3 as text) is null or service_code = cast($3 as text)) and service_date between $4 and $5;

select relname, n_live_tup, n_dead_tup, pg_size_pretty(pg_relation_size(relid)) as heap,
       pg_size_pretty(pg_indexes_size(relid)) as indexes, last_autovacuum
from pg_stat_user_tables where relname in ('ikm_day', 'ikm_profile_day', 'served_day', 'processed_event');
select count(*) as unit_days_of_the_year, sum(respondents) as respondents_of_the_year
from ikm_day where mpp_code = 'bench-ikm' and service_date between (:'year' || '-01-01')::date and (:'year' || '-12-31')::date;
select count(*) as profile_rows_of_the_year
from ikm_profile_day where mpp_code = 'bench-ikm' and service_date between (:'year' || '-01-01')::date and (:'year' || '-12-31')::date;

set plan_cache_mode = force_generic_plan;
-- The whole MPP for a year.
explain (analyze, buffers) execute s('bench-ikm', null, null, (:'year' || '-01-01')::date, (:'year' || '-12-31')::date);
explain (analyze, buffers) execute p('bench-ikm', null, null, (:'year' || '-01-01')::date, (:'year' || '-12-31')::date);
explain (analyze, buffers) execute v('bench-ikm', null, null, (:'year' || '-01-01')::date, (:'year' || '-12-31')::date);
-- One service for a month.
explain (analyze, buffers) execute s('bench-ikm', 'samsat', 'samsat-3', (:'month' || '-01')::date,
                                     ((:'month' || '-01')::date + interval '1 month' - interval '1 day')::date);
explain (analyze, buffers) execute p('bench-ikm', 'samsat', 'samsat-3', (:'month' || '-01')::date,
                                     ((:'month' || '-01')::date + interval '1 month' - interval '1 day')::date);
-- The same with the custom plan (the literal values: the unit's columns in the index condition).
set plan_cache_mode = force_custom_plan;
explain (analyze, buffers) execute p('bench-ikm', 'samsat', 'samsat-3', (:'month' || '-01')::date,
                                     ((:'month' || '-01')::date + interval '1 month' - interval '1 day')::date);
explain (analyze, buffers) execute p('bench-ikm', null, null, (:'year' || '-01-01')::date, (:'year' || '-12-31')::date);
