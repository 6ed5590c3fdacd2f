-- The survey code printed on every ticket (issue #19): 10 readable characters, stored ungrouped. Tickets issued
-- before it have none. Not unique: survey-service keys a response by the code's hash, and 50 random bits do not meet.
alter table ticket add column survey_code text;
