-- A follow-up of an IKM survey response (channel SURVEY) names the invitation whose response opened it: one
-- follow-up per invitation, whatever the event id it arrives under (SurveyFollowUps checks first; this is the
-- backstop). Only survey follow-ups carry it, so the index holds only them. The channel column is text without a
-- check constraint: SURVEY needs no change there.
alter table complaint add column survey_invitation_id text;
create unique index complaint_survey_invitation on complaint (survey_invitation_id)
    where survey_invitation_id is not null;
