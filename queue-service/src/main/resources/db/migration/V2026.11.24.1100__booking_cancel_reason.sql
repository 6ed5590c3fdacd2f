-- Why a booking was cancelled when its citizen did not choose it (e.g. the MPP closed that day); null otherwise.
alter table booking add column cancel_reason text;
