-- Issue 19, measured (bench/ikm): a report read ~22 rows of ikm_profile_day per unit-day (a year of the MPP:
-- ~239,000 rows) and summed every day of its period. Now the profile counters are columns of the daily row, and a
-- monthly roll-up (ikm_month, served_month), kept in the same transaction as the daily rows by the projections and
-- written by the rebuild, serves the whole months of a period; only the days of a partial month at either end of a
-- range are read from the daily rows (store/ikm/IkmAggregates, DaysAndMonths).

-- The respondents of each profile choice (the question's code and the choice's, as IkmColumns lists them).
alter table ikm_day
    add column sex_laki_laki bigint not null default 0,
    add column sex_perempuan bigint not null default 0,
    add column age_under_20 bigint not null default 0,
    add column age_from_20_to_29 bigint not null default 0,
    add column age_from_30_to_39 bigint not null default 0,
    add column age_from_40_to_49 bigint not null default 0,
    add column age_from_50_to_59 bigint not null default 0,
    add column age_from_60 bigint not null default 0,
    add column education_sd bigint not null default 0,
    add column education_smp bigint not null default 0,
    add column education_sma bigint not null default 0,
    add column education_d1_d3 bigint not null default 0,
    add column education_d4_s1 bigint not null default 0,
    add column education_s2 bigint not null default 0,
    add column education_s3 bigint not null default 0,
    add column occupation_pns bigint not null default 0,
    add column occupation_tni bigint not null default 0,
    add column occupation_polri bigint not null default 0,
    add column occupation_swasta bigint not null default 0,
    add column occupation_wirausaha bigint not null default 0,
    add column occupation_pelajar_mahasiswa bigint not null default 0,
    add column occupation_lainnya bigint not null default 0;

update ikm_day d set
    sex_laki_laki = p.sex_laki_laki,
    sex_perempuan = p.sex_perempuan,
    age_under_20 = p.age_under_20,
    age_from_20_to_29 = p.age_from_20_to_29,
    age_from_30_to_39 = p.age_from_30_to_39,
    age_from_40_to_49 = p.age_from_40_to_49,
    age_from_50_to_59 = p.age_from_50_to_59,
    age_from_60 = p.age_from_60,
    education_sd = p.education_sd,
    education_smp = p.education_smp,
    education_sma = p.education_sma,
    education_d1_d3 = p.education_d1_d3,
    education_d4_s1 = p.education_d4_s1,
    education_s2 = p.education_s2,
    education_s3 = p.education_s3,
    occupation_pns = p.occupation_pns,
    occupation_tni = p.occupation_tni,
    occupation_polri = p.occupation_polri,
    occupation_swasta = p.occupation_swasta,
    occupation_wirausaha = p.occupation_wirausaha,
    occupation_pelajar_mahasiswa = p.occupation_pelajar_mahasiswa,
    occupation_lainnya = p.occupation_lainnya
from (select mpp_code, agency_code, service_code, service_date,
             coalesce(sum(respondents) filter (where choice = 'sex:LAKI_LAKI'), 0) as sex_laki_laki,
             coalesce(sum(respondents) filter (where choice = 'sex:PEREMPUAN'), 0) as sex_perempuan,
             coalesce(sum(respondents) filter (where choice = 'age:UNDER_20'), 0) as age_under_20,
             coalesce(sum(respondents) filter (where choice = 'age:FROM_20_TO_29'), 0) as age_from_20_to_29,
             coalesce(sum(respondents) filter (where choice = 'age:FROM_30_TO_39'), 0) as age_from_30_to_39,
             coalesce(sum(respondents) filter (where choice = 'age:FROM_40_TO_49'), 0) as age_from_40_to_49,
             coalesce(sum(respondents) filter (where choice = 'age:FROM_50_TO_59'), 0) as age_from_50_to_59,
             coalesce(sum(respondents) filter (where choice = 'age:FROM_60'), 0) as age_from_60,
             coalesce(sum(respondents) filter (where choice = 'education:SD'), 0) as education_sd,
             coalesce(sum(respondents) filter (where choice = 'education:SMP'), 0) as education_smp,
             coalesce(sum(respondents) filter (where choice = 'education:SMA'), 0) as education_sma,
             coalesce(sum(respondents) filter (where choice = 'education:D1_D3'), 0) as education_d1_d3,
             coalesce(sum(respondents) filter (where choice = 'education:D4_S1'), 0) as education_d4_s1,
             coalesce(sum(respondents) filter (where choice = 'education:S2'), 0) as education_s2,
             coalesce(sum(respondents) filter (where choice = 'education:S3'), 0) as education_s3,
             coalesce(sum(respondents) filter (where choice = 'occupation:PNS'), 0) as occupation_pns,
             coalesce(sum(respondents) filter (where choice = 'occupation:TNI'), 0) as occupation_tni,
             coalesce(sum(respondents) filter (where choice = 'occupation:POLRI'), 0) as occupation_polri,
             coalesce(sum(respondents) filter (where choice = 'occupation:SWASTA'), 0) as occupation_swasta,
             coalesce(sum(respondents) filter (where choice = 'occupation:WIRAUSAHA'), 0) as occupation_wirausaha,
             coalesce(sum(respondents) filter (where choice = 'occupation:PELAJAR_MAHASISWA'), 0)
                 as occupation_pelajar_mahasiswa,
             coalesce(sum(respondents) filter (where choice = 'occupation:LAINNYA'), 0) as occupation_lainnya
      from ikm_profile_day
      group by mpp_code, agency_code, service_code, service_date) p
where d.mpp_code = p.mpp_code and d.service_date = p.service_date and d.agency_code = p.agency_code
  and d.service_code = p.service_code;

-- Every profile row has its unit-day (the projection wrote both in one transaction); stop rather than lose one.
do $$
begin
    if exists (select 1 from ikm_profile_day p where not exists (select 1 from ikm_day d
               where d.mpp_code = p.mpp_code and d.service_date = p.service_date and d.agency_code = p.agency_code
                 and d.service_code = p.service_code))
       or exists (select 1 from ikm_profile_day where choice not in (
                  'sex:LAKI_LAKI',
                  'sex:PEREMPUAN',
                  'age:UNDER_20',
                  'age:FROM_20_TO_29',
                  'age:FROM_30_TO_39',
                  'age:FROM_40_TO_49',
                  'age:FROM_50_TO_59',
                  'age:FROM_60',
                  'education:SD',
                  'education:SMP',
                  'education:SMA',
                  'education:D1_D3',
                  'education:D4_S1',
                  'education:S2',
                  'education:S3',
                  'occupation:PNS',
                  'occupation:TNI',
                  'occupation:POLRI',
                  'occupation:SWASTA',
                  'occupation:WIRAUSAHA',
                  'occupation:PELAJAR_MAHASISWA',
                  'occupation:LAINNYA')) then
        raise exception 'ikm_profile_day holds a row without its ikm_day row or of an unknown choice';
    end if;
end
$$;

drop table ikm_profile_day;

-- The monthly roll-up: per unit and month (its first day), the sums of its days.
create table ikm_month (
    mpp_code     text   not null,
    agency_code  text   not null,
    service_code text   not null,
    month        date   not null check (extract(day from month) = 1),
    respondents  bigint not null,
    u1 bigint not null, u2 bigint not null, u3 bigint not null, u4 bigint not null, u5 bigint not null,
    u6 bigint not null, u7 bigint not null, u8 bigint not null, u9 bigint not null,
    sex_laki_laki bigint not null default 0,
    sex_perempuan bigint not null default 0,
    age_under_20 bigint not null default 0,
    age_from_20_to_29 bigint not null default 0,
    age_from_30_to_39 bigint not null default 0,
    age_from_40_to_49 bigint not null default 0,
    age_from_50_to_59 bigint not null default 0,
    age_from_60 bigint not null default 0,
    education_sd bigint not null default 0,
    education_smp bigint not null default 0,
    education_sma bigint not null default 0,
    education_d1_d3 bigint not null default 0,
    education_d4_s1 bigint not null default 0,
    education_s2 bigint not null default 0,
    education_s3 bigint not null default 0,
    occupation_pns bigint not null default 0,
    occupation_tni bigint not null default 0,
    occupation_polri bigint not null default 0,
    occupation_swasta bigint not null default 0,
    occupation_wirausaha bigint not null default 0,
    occupation_pelajar_mahasiswa bigint not null default 0,
    occupation_lainnya bigint not null default 0,
    primary key (mpp_code, month, agency_code, service_code)
);
create index ikm_month_unit on ikm_month (mpp_code, agency_code, service_code, month);

create table served_month (
    mpp_code     text   not null,
    agency_code  text   not null,
    service_code text   not null,
    month        date   not null check (extract(day from month) = 1),
    served       bigint not null,
    primary key (mpp_code, month, agency_code, service_code)
);
create index served_month_unit on served_month (mpp_code, agency_code, service_code, month);
create index served_day_unit on served_day (mpp_code, agency_code, service_code, service_date);

insert into ikm_month (mpp_code, agency_code, service_code, month, respondents, u1, u2, u3, u4, u5, u6, u7, u8, u9,
                       sex_laki_laki, sex_perempuan, age_under_20, age_from_20_to_29,
                       age_from_30_to_39, age_from_40_to_49, age_from_50_to_59, age_from_60,
                       education_sd, education_smp, education_sma, education_d1_d3,
                       education_d4_s1, education_s2, education_s3, occupation_pns,
                       occupation_tni, occupation_polri, occupation_swasta,
                       occupation_wirausaha, occupation_pelajar_mahasiswa, occupation_lainnya)
select mpp_code, agency_code, service_code, cast(date_trunc('month', service_date) as date), sum(respondents),
       sum(u1), sum(u2), sum(u3), sum(u4), sum(u5), sum(u6), sum(u7), sum(u8), sum(u9),
       sum(sex_laki_laki), sum(sex_perempuan), sum(age_under_20), sum(age_from_20_to_29),
       sum(age_from_30_to_39), sum(age_from_40_to_49), sum(age_from_50_to_59), sum(age_from_60),
       sum(education_sd), sum(education_smp), sum(education_sma), sum(education_d1_d3), sum(education_d4_s1),
       sum(education_s2), sum(education_s3), sum(occupation_pns), sum(occupation_tni), sum(occupation_polri),
       sum(occupation_swasta), sum(occupation_wirausaha), sum(occupation_pelajar_mahasiswa),
       sum(occupation_lainnya)
from ikm_day
group by mpp_code, agency_code, service_code, cast(date_trunc('month', service_date) as date);

insert into served_month (mpp_code, agency_code, service_code, month, served)
select mpp_code, agency_code, service_code, cast(date_trunc('month', service_date) as date), sum(served)
from served_day
group by mpp_code, agency_code, service_code, cast(date_trunc('month', service_date) as date);
