-- The plans of the IKM report statements (store/ikm/IkmAggregates.java: SUMS per unit level and UNIT_SUMS, each one
-- statement returning the counters of the unit and its tickets served) on the seeded data of MPP bench-ikm, as
-- survey-service runs them: prepared, and after five executions with the generic plan (Hibernate Reactive's pooled
-- prepared statements), which is forced here. $2..$3 and $4..$5 are the days of a partial month at either end of the
-- period, read from ikm_day/served_day; $6..$7 the whole months, read from ikm_month/served_month (DaysAndMonths;
-- an empty part ends before it starts). Nothing is changed.
--   PGPASSWORD=survey_service psql -h 127.0.0.1 -p 15432 -U survey_service survey -v year=2025 -v month=2025-03 \
--     -f bench/ikm/sql/explain.sql
\timing on
prepare m(text, date, date, date, date, date, date) as
select coalesce(sum(respondents), 0), coalesce(sum(u1), 0), coalesce(sum(u2), 0), coalesce(sum(u3), 0),
       coalesce(sum(u4), 0), coalesce(sum(u5), 0), coalesce(sum(u6), 0), coalesce(sum(u7), 0), coalesce(sum(u8), 0),
       coalesce(sum(u9), 0), coalesce(sum(sex_laki_laki), 0), coalesce(sum(sex_perempuan), 0),
       coalesce(sum(age_under_20), 0), coalesce(sum(age_from_20_to_29), 0), coalesce(sum(age_from_30_to_39), 0),
       coalesce(sum(age_from_40_to_49), 0), coalesce(sum(age_from_50_to_59), 0), coalesce(sum(age_from_60), 0),
       coalesce(sum(education_sd), 0), coalesce(sum(education_smp), 0), coalesce(sum(education_sma), 0),
       coalesce(sum(education_d1_d3), 0), coalesce(sum(education_d4_s1), 0), coalesce(sum(education_s2), 0),
       coalesce(sum(education_s3), 0), coalesce(sum(occupation_pns), 0), coalesce(sum(occupation_tni), 0),
       coalesce(sum(occupation_polri), 0), coalesce(sum(occupation_swasta), 0), coalesce(sum(occupation_wirausaha),
       0), coalesce(sum(occupation_pelajar_mahasiswa), 0), coalesce(sum(occupation_lainnya), 0),
       coalesce(sum(served), 0)
from (
select agency_code, service_code, respondents, u1, u2, u3, u4, u5, u6, u7, u8, u9, sex_laki_laki, sex_perempuan,
       age_under_20, age_from_20_to_29, age_from_30_to_39, age_from_40_to_49, age_from_50_to_59, age_from_60,
       education_sd, education_smp, education_sma, education_d1_d3, education_d4_s1, education_s2, education_s3,
       occupation_pns, occupation_tni, occupation_polri, occupation_swasta, occupation_wirausaha,
       occupation_pelajar_mahasiswa, occupation_lainnya, 0 as served from ikm_day
where mpp_code = $1 and service_date between $2 and $3
union all
select agency_code, service_code, respondents, u1, u2, u3, u4, u5, u6, u7, u8, u9, sex_laki_laki, sex_perempuan,
       age_under_20, age_from_20_to_29, age_from_30_to_39, age_from_40_to_49, age_from_50_to_59, age_from_60,
       education_sd, education_smp, education_sma, education_d1_d3, education_d4_s1, education_s2, education_s3,
       occupation_pns, occupation_tni, occupation_polri, occupation_swasta, occupation_wirausaha,
       occupation_pelajar_mahasiswa, occupation_lainnya, 0 from ikm_day
where mpp_code = $1 and service_date between $4 and $5
union all
select agency_code, service_code, respondents, u1, u2, u3, u4, u5, u6, u7, u8, u9, sex_laki_laki, sex_perempuan,
       age_under_20, age_from_20_to_29, age_from_30_to_39, age_from_40_to_49, age_from_50_to_59, age_from_60,
       education_sd, education_smp, education_sma, education_d1_d3, education_d4_s1, education_s2, education_s3,
       occupation_pns, occupation_tni, occupation_polri, occupation_swasta, occupation_wirausaha,
       occupation_pelajar_mahasiswa, occupation_lainnya, 0 from ikm_month
where mpp_code = $1 and month between $6 and $7
union all
select agency_code, service_code, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
       0, 0, 0, 0, 0, served from served_day
where mpp_code = $1 and service_date between $2 and $3
union all
select agency_code, service_code, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
       0, 0, 0, 0, 0, served from served_day
where mpp_code = $1 and service_date between $4 and $5
union all
select agency_code, service_code, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
       0, 0, 0, 0, 0, served from served_month
where mpp_code = $1 and month between $6 and $7
) period;
prepare s(text, date, date, date, date, date, date, text, text) as
select coalesce(sum(respondents), 0), coalesce(sum(u1), 0), coalesce(sum(u2), 0), coalesce(sum(u3), 0),
       coalesce(sum(u4), 0), coalesce(sum(u5), 0), coalesce(sum(u6), 0), coalesce(sum(u7), 0), coalesce(sum(u8), 0),
       coalesce(sum(u9), 0), coalesce(sum(sex_laki_laki), 0), coalesce(sum(sex_perempuan), 0),
       coalesce(sum(age_under_20), 0), coalesce(sum(age_from_20_to_29), 0), coalesce(sum(age_from_30_to_39), 0),
       coalesce(sum(age_from_40_to_49), 0), coalesce(sum(age_from_50_to_59), 0), coalesce(sum(age_from_60), 0),
       coalesce(sum(education_sd), 0), coalesce(sum(education_smp), 0), coalesce(sum(education_sma), 0),
       coalesce(sum(education_d1_d3), 0), coalesce(sum(education_d4_s1), 0), coalesce(sum(education_s2), 0),
       coalesce(sum(education_s3), 0), coalesce(sum(occupation_pns), 0), coalesce(sum(occupation_tni), 0),
       coalesce(sum(occupation_polri), 0), coalesce(sum(occupation_swasta), 0), coalesce(sum(occupation_wirausaha),
       0), coalesce(sum(occupation_pelajar_mahasiswa), 0), coalesce(sum(occupation_lainnya), 0),
       coalesce(sum(served), 0)
from (
select agency_code, service_code, respondents, u1, u2, u3, u4, u5, u6, u7, u8, u9, sex_laki_laki, sex_perempuan,
       age_under_20, age_from_20_to_29, age_from_30_to_39, age_from_40_to_49, age_from_50_to_59, age_from_60,
       education_sd, education_smp, education_sma, education_d1_d3, education_d4_s1, education_s2, education_s3,
       occupation_pns, occupation_tni, occupation_polri, occupation_swasta, occupation_wirausaha,
       occupation_pelajar_mahasiswa, occupation_lainnya, 0 as served from ikm_day
where mpp_code = $1 and agency_code = $8 and service_code = $9 and service_date between $2 and $3
union all
select agency_code, service_code, respondents, u1, u2, u3, u4, u5, u6, u7, u8, u9, sex_laki_laki, sex_perempuan,
       age_under_20, age_from_20_to_29, age_from_30_to_39, age_from_40_to_49, age_from_50_to_59, age_from_60,
       education_sd, education_smp, education_sma, education_d1_d3, education_d4_s1, education_s2, education_s3,
       occupation_pns, occupation_tni, occupation_polri, occupation_swasta, occupation_wirausaha,
       occupation_pelajar_mahasiswa, occupation_lainnya, 0 from ikm_day
where mpp_code = $1 and agency_code = $8 and service_code = $9 and service_date between $4 and $5
union all
select agency_code, service_code, respondents, u1, u2, u3, u4, u5, u6, u7, u8, u9, sex_laki_laki, sex_perempuan,
       age_under_20, age_from_20_to_29, age_from_30_to_39, age_from_40_to_49, age_from_50_to_59, age_from_60,
       education_sd, education_smp, education_sma, education_d1_d3, education_d4_s1, education_s2, education_s3,
       occupation_pns, occupation_tni, occupation_polri, occupation_swasta, occupation_wirausaha,
       occupation_pelajar_mahasiswa, occupation_lainnya, 0 from ikm_month
where mpp_code = $1 and agency_code = $8 and service_code = $9 and month between $6 and $7
union all
select agency_code, service_code, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
       0, 0, 0, 0, 0, served from served_day
where mpp_code = $1 and agency_code = $8 and service_code = $9 and service_date between $2 and $3
union all
select agency_code, service_code, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
       0, 0, 0, 0, 0, served from served_day
where mpp_code = $1 and agency_code = $8 and service_code = $9 and service_date between $4 and $5
union all
select agency_code, service_code, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
       0, 0, 0, 0, 0, served from served_month
where mpp_code = $1 and agency_code = $8 and service_code = $9 and month between $6 and $7
) period;
prepare u(text, date, date, date, date, date, date) as
select agency_code, service_code, grouping(agency_code, service_code), coalesce(sum(respondents), 0),
       coalesce(sum(u1), 0), coalesce(sum(u2), 0), coalesce(sum(u3), 0), coalesce(sum(u4), 0), coalesce(sum(u5), 0),
       coalesce(sum(u6), 0), coalesce(sum(u7), 0), coalesce(sum(u8), 0), coalesce(sum(u9), 0),
       coalesce(sum(sex_laki_laki), 0), coalesce(sum(sex_perempuan), 0), coalesce(sum(age_under_20), 0),
       coalesce(sum(age_from_20_to_29), 0), coalesce(sum(age_from_30_to_39), 0), coalesce(sum(age_from_40_to_49),
       0), coalesce(sum(age_from_50_to_59), 0), coalesce(sum(age_from_60), 0), coalesce(sum(education_sd), 0),
       coalesce(sum(education_smp), 0), coalesce(sum(education_sma), 0), coalesce(sum(education_d1_d3), 0),
       coalesce(sum(education_d4_s1), 0), coalesce(sum(education_s2), 0), coalesce(sum(education_s3), 0),
       coalesce(sum(occupation_pns), 0), coalesce(sum(occupation_tni), 0), coalesce(sum(occupation_polri), 0),
       coalesce(sum(occupation_swasta), 0), coalesce(sum(occupation_wirausaha), 0),
       coalesce(sum(occupation_pelajar_mahasiswa), 0), coalesce(sum(occupation_lainnya), 0), coalesce(sum(served),
       0)
from (
select agency_code, service_code, respondents, u1, u2, u3, u4, u5, u6, u7, u8, u9, sex_laki_laki, sex_perempuan,
       age_under_20, age_from_20_to_29, age_from_30_to_39, age_from_40_to_49, age_from_50_to_59, age_from_60,
       education_sd, education_smp, education_sma, education_d1_d3, education_d4_s1, education_s2, education_s3,
       occupation_pns, occupation_tni, occupation_polri, occupation_swasta, occupation_wirausaha,
       occupation_pelajar_mahasiswa, occupation_lainnya, 0 as served from ikm_day
where mpp_code = $1 and service_date between $2 and $3
union all
select agency_code, service_code, respondents, u1, u2, u3, u4, u5, u6, u7, u8, u9, sex_laki_laki, sex_perempuan,
       age_under_20, age_from_20_to_29, age_from_30_to_39, age_from_40_to_49, age_from_50_to_59, age_from_60,
       education_sd, education_smp, education_sma, education_d1_d3, education_d4_s1, education_s2, education_s3,
       occupation_pns, occupation_tni, occupation_polri, occupation_swasta, occupation_wirausaha,
       occupation_pelajar_mahasiswa, occupation_lainnya, 0 from ikm_day
where mpp_code = $1 and service_date between $4 and $5
union all
select agency_code, service_code, respondents, u1, u2, u3, u4, u5, u6, u7, u8, u9, sex_laki_laki, sex_perempuan,
       age_under_20, age_from_20_to_29, age_from_30_to_39, age_from_40_to_49, age_from_50_to_59, age_from_60,
       education_sd, education_smp, education_sma, education_d1_d3, education_d4_s1, education_s2, education_s3,
       occupation_pns, occupation_tni, occupation_polri, occupation_swasta, occupation_wirausaha,
       occupation_pelajar_mahasiswa, occupation_lainnya, 0 from ikm_month
where mpp_code = $1 and month between $6 and $7
union all
select agency_code, service_code, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
       0, 0, 0, 0, 0, served from served_day
where mpp_code = $1 and service_date between $2 and $3
union all
select agency_code, service_code, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
       0, 0, 0, 0, 0, served from served_day
where mpp_code = $1 and service_date between $4 and $5
union all
select agency_code, service_code, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
       0, 0, 0, 0, 0, served from served_month
where mpp_code = $1 and month between $6 and $7
) period
group by grouping sets ((), (agency_code), (agency_code, service_code))
order by agency_code nulls first, service_code nulls first;

select relname, n_live_tup, n_dead_tup, pg_size_pretty(pg_relation_size(relid)) as heap,
       pg_size_pretty(pg_indexes_size(relid)) as indexes, last_autovacuum
from pg_stat_user_tables
where relname in ('ikm_day', 'ikm_month', 'served_day', 'served_month', 'processed_event');
select count(*) as unit_months_of_the_year, sum(respondents) as respondents_of_the_year
from ikm_month
where mpp_code = 'bench-ikm' and month between (:'year' || '-01-01')::date and (:'year' || '-12-01')::date;

set plan_cache_mode = force_generic_plan;
-- The whole MPP for a year: twelve months, no days.
explain (analyze, buffers) execute m('bench-ikm', (:'year' || '-01-02')::date, (:'year' || '-01-01')::date,
    (:'year' || '-12-31')::date, (:'year' || '-12-30')::date, (:'year' || '-01-01')::date, (:'year' || '-12-01')::date);
-- One service for a month: one month row.
explain (analyze, buffers) execute s('bench-ikm', (:'month' || '-02')::date, (:'month' || '-01')::date,
    (:'month' || '-02')::date, (:'month' || '-01')::date, (:'month' || '-01')::date, (:'month' || '-01')::date,
    'samsat', 'samsat-3');
-- One service from the 10th of the month to the 20th of the next but one: 22 + 20 days and one month.
explain (analyze, buffers) execute s('bench-ikm', (:'month' || '-10')::date,
    ((:'month' || '-01')::date + interval '1 month' - interval '1 day')::date,
    ((:'month' || '-01')::date + interval '2 month')::date, ((:'month' || '-20')::date + interval '2 month')::date,
    ((:'month' || '-01')::date + interval '1 month')::date, ((:'month' || '-01')::date + interval '1 month')::date,
    'samsat', 'samsat-3');
-- Every unit of the MPP for a year (the MPP, 5 agencies, 30 services).
explain (analyze, buffers) execute u('bench-ikm', (:'year' || '-01-02')::date, (:'year' || '-01-01')::date,
    (:'year' || '-12-31')::date, (:'year' || '-12-30')::date, (:'year' || '-01-01')::date, (:'year' || '-12-01')::date);
