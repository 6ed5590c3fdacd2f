-- A change whose answer never came (downstream timeout) may or may not have happened: say so, not only "504".
alter table audit_record add column outcome text not null default 'ANSWERED'
    check (outcome in ('ANSWERED', 'UNKNOWN'));
